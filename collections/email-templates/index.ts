import type { CollectionConfig } from 'payload'

import { isStaffUser, nobodyField, shownToStaff, staffOnlyField } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'
import { validateLocale } from '../../src/platform/i18n/requestLocale'
import { changeEmailTemplates, createEmailTemplates, isDefaultFieldAccess, ownerFieldAccess, readEmailTemplates } from './access/emailTemplateAccess'
import { customizeTemplateEndpoint } from './endpoints/customizeTemplate'
import { previewTemplateEndpoint } from './endpoints/previewTemplate'
import { assignTemplateOwner } from './hooks/assignTemplateOwner'
import { flagOwnerAfterCreate, flagOwnerAfterDelete, lockFlagBeforeCreate, lockFlagBeforeDelete } from './hooks/keepOwnerFlag'
import { validateTemplateSource } from './hooks/validateTemplateSource'

/** Bookkeeping an owner cannot change (name, slug, category, owner, default): drawn for staff only; the owner sees the sidebar's words instead. */
const STAFF_ONLY = '/collections/email-templates/components/StaffOnlyFields#'
const staffOnlyText = { components: { Field: `${STAFF_ONLY}StaffOnlyText` } }

const SLUG_MESSAGE = t('Use lower-case letters, digits and dashes, e.g. magic-link-login.', 'Użyj małych liter, cyfr i myślników, np. magic-link-login.')

const sourceHelp = t(
  'Handlebars: {{firstName}}, {{#if link}}…{{/if}}. Values are inserted as text, never as HTML. The comment at the top of the default lists the values this message gets.',
  'Handlebars: {{firstName}}, {{#if link}}…{{/if}}. Wartości są wstawiane jako tekst, nigdy jako kod HTML. Jakie wartości ma ta wiadomość, podaje komentarz na początku treści domyślnej.',
)

/**
 * EmailTemplate: the bilingual messages the platform sends. Defaults come from
 * `templates/emails/<slug>.<pl|en>.hbs` (and plugins' folders) and are loaded
 * at start; an owner may keep their own version of a default (same slug), which
 * is used for mail sent on behalf of their sites.
 */
export const EmailTemplates: CollectionConfig = {
  slug: 'email-templates',
  labels: labels(t('Email template', 'Szablon e-maila'), t('Email templates', 'Szablony e-maili')),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'category', 'isDefault', 'owner', 'updatedAt'],
    group: t('Platform', 'Platforma'),
    description: t(
      'The wording of the emails the platform and the sites send. Own versions are made and restored on the Emails screen.',
      'Treść wiadomości e-mail wysyłanych przez platformę i strony. Własne wersje tworzy się i przywraca na ekranie „Wiadomości e-mail”.',
    ),
    // Owners and team members do not see the raw templates; an owner who has their own version of a message sees
    // the collection (users.hasOwnEmailTemplates, kept by hooks/keepOwnerFlag.ts) and its list opens their Emails screen.
    hidden: shownToStaff({ unless: (user) => Boolean((user as { hasOwnEmailTemplates?: boolean | null }).hasOwnEmailTemplates) }),
    baseFilter: ({ req }) => (isStaffUser(req.user) ? null : { owner: { equals: req.user?.id ?? null } }),
    components: { beforeList: ['/collections/email-templates/components/OwnersGoToEmails#OwnersGoToEmails'] },
  },
  access: {
    read: readEmailTemplates,
    create: createEmailTemplates,
    update: changeEmailTemplates,
    delete: changeEmailTemplates,
  },
  endpoints: [previewTemplateEndpoint, customizeTemplateEndpoint],
  hooks: {
    beforeChange: [lockFlagBeforeCreate, assignTemplateOwner],
    afterChange: [flagOwnerAfterCreate],
    beforeDelete: [lockFlagBeforeDelete],
    afterDelete: [flagOwnerAfterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: t('Name', 'Nazwa'), admin: staffOnlyText },
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      maxLength: 100,
      label: t('Slug', 'Identyfikator (slug)'),
      admin: staffOnlyText,
      validate: (value: unknown, { req }: { req: unknown }) =>
        typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value) ? true : SLUG_MESSAGE[validateLocale(req)],
    },
    { name: 'category', type: 'text', maxLength: 64, index: true, label: t('Category', 'Kategoria'), admin: staffOnlyText },
    {
      // The owner's words for their version: which message it is, that it is used, and "Restore default".
      name: 'ownVersion',
      type: 'ui',
      admin: {
        position: 'sidebar',
        condition: (data, _siblingData, { user }) => !isStaffUser(user as never) && data?.isDefault === false,
        components: { Field: '/collections/email-templates/components/OwnTemplateSidebar#OwnTemplateSidebar' },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Polski',
          fields: [
            { name: 'subjectPl', type: 'text', maxLength: 300, label: t('Subject (PL)', 'Temat (PL)'), validate: validateTemplateSource },
            {
              name: 'contentPl',
              type: 'code',
              admin: { language: 'html', description: sourceHelp },
              label: t('Content (PL)', 'Treść (PL)'),
              validate: validateTemplateSource,
            },
          ],
        },
        {
          label: 'English',
          fields: [
            { name: 'subjectEn', type: 'text', maxLength: 300, label: t('Subject (EN)', 'Temat (EN)'), validate: validateTemplateSource },
            {
              name: 'contentEn',
              type: 'code',
              admin: { language: 'html', description: sourceHelp },
              label: t('Content (EN)', 'Treść (EN)'),
              validate: validateTemplateSource,
            },
          ],
        },
        {
          label: t('Preview', 'Podgląd'),
          fields: [
            {
              name: 'preview',
              type: 'ui',
              admin: { components: { Field: '/collections/email-templates/components/TemplatePreview#TemplatePreview' } },
            },
          ],
        },
      ],
    },
    {
      name: 'isDefault',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: t('Platform default', 'Domyślny (platforma)'),
      access: { create: isDefaultFieldAccess, update: isDefaultFieldAccess },
      admin: { position: 'sidebar', readOnly: true, components: { Field: `${STAFF_ONLY}StaffOnlyCheckbox` } },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Owner', 'Właściciel'),
      access: { create: ownerFieldAccess, update: ownerFieldAccess },
      admin: { position: 'sidebar', readOnly: true, components: { Field: `${STAFF_ONLY}StaffOnlyRelationship` } },
    },
    // Set by the hook and the startup sync only.
    { name: 'uniqueKey', type: 'text', unique: true, access: { create: nobodyField, update: nobodyField, read: staffOnlyField }, admin: { hidden: true } },
    { name: 'sourceHash', type: 'text', access: { create: nobodyField, update: nobodyField, read: staffOnlyField }, admin: { hidden: true } },
  ],
}
