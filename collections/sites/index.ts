import type { CollectionConfig } from 'payload'

import type { FieldAccess } from 'payload'

import { isStaffUser, lockedField, nobodyField, roleIn, roleOnSite, siteScoped } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'
import { syncMediaUsages } from '../../src/platform/media/syncMediaUsages'
import { checkDomain, hostnameOf, normalizeDomain } from '../../src/platform/sites/domain'
import { announcePublicChange, announceSiteDeleted } from './hooks/announcePublicChange'
import { assignOwner } from './hooks/assignOwner'
import { cascadeDelete } from './hooks/cascadeDelete'
import { checkComponentRefs } from './hooks/checkComponentRefs'
import { limitSites } from './hooks/limitSites'
import { afterSiteChange } from './hooks/publishSiteCreated'
import { checkIdentifier, normalizeIdentifier } from './validateIdentifier'
import { checkConfigEndpoint, configSchemaEndpoint } from './endpoints/configSchema'
import { emptySectionsEndpoint } from './endpoints/emptySections'
import { fromTemplateEndpoint, saveAsTemplateEndpoint } from './endpoints/templates'
import { compareVersionsEndpoint, listVersionsEndpoint, publishEndpoint, restoreEndpoint } from './endpoints/versions'
import { validateConfigField, validateConfigValue } from './hooks/validateSiteConfig'

/** The domain is the site's address: its managers (owner, admin) set it; the creator of a new site is its owner. */
const managerMayWrite: FieldAccess = async ({ req, doc }) => {
  const siteId = (doc as { id?: number | string } | undefined)?.id
  return siteId === undefined ? Boolean(req.user) : roleIn(await roleOnSite(req, siteId), 'manage')
}

/** Site: the unit of tenancy. Everything an owner builds hangs off one. */
export const Sites: CollectionConfig = {
  slug: 'sites',
  labels: labels(t('Site', 'Strona'), t('Sites', 'Strony')),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'identifier', 'owner', 'updatedAt'],
    group: t('Website', 'Witryna'),
    components: { beforeListTable: ['/collections/sites/components/newSite/NewSiteButton#NewSiteButton'] },
  },
  access: {
    read: siteScoped({ group: 'read', field: 'id', staffMayRead: true }),
    // Anyone signed in may start a site of their own; staff audit, they do not build sites.
    create: ({ req }) => Boolean(req.user) && !isStaffUser(req.user),
    update: siteScoped({ group: 'content', field: 'id' }),
    delete: siteScoped({ group: 'manage', field: 'id' }),
  },
  hooks: {
    beforeValidate: [assignOwner, validateConfigField('templateConfig'), checkComponentRefs],
    beforeChange: [limitSites],
    afterChange: [afterSiteChange, syncMediaUsages, announcePublicChange],
    beforeDelete: [cascadeDelete],
    afterDelete: [announceSiteDeleted],
  },
  endpoints: [
    configSchemaEndpoint,
    checkConfigEndpoint,
    publishEndpoint,
    restoreEndpoint,
    listVersionsEndpoint,
    compareVersionsEndpoint,
    fromTemplateEndpoint,
    saveAsTemplateEndpoint,
    emptySectionsEndpoint,
  ],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: t('Name', 'Nazwa') },
    {
      name: 'identifier',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: t('Identifier (used in the address)', 'Identyfikator (w adresie strony)'),
      admin: { description: t('Your site lives at /s/<identifier>.', 'Strona będzie pod adresem /s/<identyfikator>.') },
      hooks: { beforeValidate: [({ value }) => normalizeIdentifier(value)] },
      validate: (value: unknown) => checkIdentifier(value),
    },
    {
      name: 'domain',
      type: 'text',
      unique: true,
      index: true,
      label: t('Own domain', 'Własna domena'),
      admin: {
        position: 'sidebar',
        description: t(
          'The site also answers at https://<domain> (DNS must point at the platform). Owner and site admins only.',
          'Strona odpowiada też pod https://<domena> (DNS musi wskazywać na platformę). Tylko właściciel i administratorzy strony.',
        ),
      },
      access: { update: lockedField('domain', managerMayWrite) },
      hooks: { beforeValidate: [({ value }) => normalizeDomain(value)] },
      validate: (value: unknown, { req }: { req: { payload: { config: { serverURL?: string } } } }) =>
        checkDomain(value, hostnameOf(safeHost(req.payload.config.serverURL))),
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: t('Owner', 'Właściciel'),
      // Set from the creator (assignOwner); handing a site to someone else over the API is a 403.
      access: { update: lockedField('owner') },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'templateConfig',
      type: 'json',
      required: true,
      defaultValue: {},
      label: t('Site configuration', 'Konfiguracja strony'),
      admin: {
        // The structured editor (pages, sections, theme, languages, SEO, navigation, raw JSON); the stored value is the same JSON.
        components: { Field: '/collections/sites/components/SiteConfigField#SiteConfigField' },
        description: t(
          'Theme, pages, sections and navigation (schema: src/platform/sites/templateConfig.ts). Visitors see it once published.',
          'Motyw, podstrony, sekcje i nawigacja. Odwiedzający zobaczą zmiany po opublikowaniu strony.',
        ),
      },
      validate: (value: unknown, { req }: { req?: unknown }) => validateConfigValue(value, req),
    },
    {
      // Publish, preview, live address, version history (restore, compare) and "save as template".
      name: 'sitePanel',
      type: 'ui',
      label: t('Publishing', 'Publikacja'),
      admin: { position: 'sidebar', components: { Field: '/collections/sites/components/SitePanel#SitePanel' } },
    },
    {
      name: 'publishedVersion',
      type: 'relationship',
      relationTo: 'site-versions',
      label: t('Published version', 'Opublikowana wersja'),
      // Set only by publishing (POST /api/sites/:id/publish or /restore).
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: t('Published at', 'Opublikowano'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'versionHistory',
      type: 'json',
      defaultValue: [],
      label: t('Version history', 'Historia wersji'),
      // Read through the API; the admin shows the readable list in the sidebar (who, when, published, what changed), not this JSON.
      admin: {
        readOnly: true,
        hidden: true,
        description: t('Kept by the platform when versions are saved.', 'Uzupełniana przez platformę przy zapisie wersji.'),
      },
      access: { create: nobodyField, update: nobodyField },
    },
  ],
}

const safeHost = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).host : undefined
  } catch {
    return undefined
  }
}
