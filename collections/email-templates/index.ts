import type { CollectionConfig } from 'payload'

import { nobodyField, staffOnlyField } from '../../src/platform/access'
import { labels, t } from '../../src/platform/i18n/labels'
import { changeEmailTemplates, createEmailTemplates, isDefaultFieldAccess, ownerFieldAccess, readEmailTemplates } from './access/emailTemplateAccess'
import { previewTemplateEndpoint } from './endpoints/previewTemplate'
import { assignTemplateOwner } from './hooks/assignTemplateOwner'
import { validateTemplateSource } from './hooks/validateTemplateSource'

const sourceHelp = t(
  'Handlebars: {{firstName}}, {{#if link}}…{{/if}}. Values are HTML-escaped. The first lines of the default show which values this message gets.',
  'Handlebars: {{firstName}}, {{#if link}}…{{/if}}. Wartości są escapowane. Dostępne wartości widać w komentarzu na początku szablonu domyślnego.',
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
      'Defaults are managed by the platform. Create a template with the same slug as a default to use your own wording.',
      'Szablony domyślne zarządza platforma. Utwórz szablon o tym samym identyfikatorze (slug), aby używać własnej treści.',
    ),
  },
  access: {
    read: readEmailTemplates,
    create: createEmailTemplates,
    update: changeEmailTemplates,
    delete: changeEmailTemplates,
  },
  endpoints: [previewTemplateEndpoint],
  hooks: { beforeChange: [assignTemplateOwner] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: t('Name', 'Nazwa') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      index: true,
      maxLength: 100,
      label: t('Slug', 'Identyfikator (slug)'),
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value) ? true : 'Use lower-case letters, digits and dashes, e.g. magic-link-login.',
    },
    { name: 'category', type: 'text', maxLength: 64, index: true, label: t('Category', 'Kategoria') },
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
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: t('Owner', 'Właściciel'),
      access: { create: ownerFieldAccess, update: ownerFieldAccess },
      admin: { position: 'sidebar', readOnly: true },
    },
    // Set by the hook and the startup sync only.
    { name: 'uniqueKey', type: 'text', unique: true, access: { create: nobodyField, update: nobodyField, read: staffOnlyField }, admin: { hidden: true } },
    { name: 'sourceHash', type: 'text', access: { create: nobodyField, update: nobodyField, read: staffOnlyField }, admin: { hidden: true } },
  ],
}
