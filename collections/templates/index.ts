import type { CollectionConfig } from 'payload'

import { lockedField, nobodyField } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'
import { validationMessage } from '../../src/platform/i18n/requestLocale'
import { validateConfigField, validateConfigValue } from '../sites/hooks/validateSiteConfig'
import { readTemplates, stampTemplateOwner, writeTemplates } from './access/templateAccess'

/** Template: a reusable site configuration, an owner's own or a staff-published system one. */
export const Templates: CollectionConfig = {
  slug: 'templates',
  labels: labels(t('Template', 'Szablon'), t('Templates', 'Szablony')),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'isSystem', 'owner', 'createdAt'], group: t('Website', 'Witryna') },
  access: {
    read: readTemplates,
    create: ({ req }) => Boolean(req.user),
    update: writeTemplates,
    delete: writeTemplates,
  },
  hooks: { beforeValidate: [stampTemplateOwner, validateConfigField('config')] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: t('Name', 'Nazwa') },
    { name: 'description', type: 'textarea', maxLength: 2000, label: t('Description', 'Opis') },
    {
      name: 'config',
      type: 'json',
      required: true,
      defaultValue: {},
      label: t('Configuration', 'Konfiguracja'),
      admin: {
        // The sites' structured editor (pages, sections, theme, languages, SEO, navigation), for system templates too.
        components: { Field: { path: '/collections/sites/components/SiteConfigField#SiteConfigField', clientProps: { kind: 'template' } } },
        description: t("A site configuration (same schema as a site's).", 'Konfiguracja strony (ten sam schemat co w stronie).'),
      },
      validate: (value: unknown, { req }: { req?: unknown }) => validateConfigValue(value, req),
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Owner', 'Właściciel'),
      // Every owner's template has one (stampTemplateOwner); system templates loaded from files at start have none.
      validate: (value: unknown, { data, req }: { data: Partial<{ isSystem: boolean | null }>; req?: unknown }) =>
        value || data?.isSystem
          ? true
          : validationMessage(
              req,
              t('Choose the owner of the template, or make it a system template.', 'Wybierz właściciela szablonu albo oznacz go jako szablon systemowy.'),
            ),
      // Set from the creator (stampTemplateOwner); handing a template to someone else is a 403.
      access: { update: lockedField('owner') },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'isSystem',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: t('System template (for everyone)', 'Szablon systemowy (dla wszystkich)'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'sourceFile',
      type: 'text',
      index: true,
      label: t('Loaded from file', 'Wczytany z pliku'),
      // Set by the start-up loader for templates/sites/<sourceFile>.json (matches the file to its record).
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.sourceFile) },
    },
    {
      name: 'sourceHash',
      type: 'text',
      access: { create: nobodyField, update: nobodyField, read: nobodyField },
      admin: { hidden: true },
    },
  ],
}
