import type { CollectionConfig, TextareaFieldValidation } from 'payload'

import { validations } from 'payload'

import { enforceSiteAssignment, lockedField, nobodyField, siteScoped, siteScopedCreate } from '../../src/platform/access'
import { MAX_COMPILED_BYTES, MAX_SOURCE_BYTES } from '../../src/platform/components/compileComponent'
import { siteField } from '../../src/platform/fields/siteField'
import { labels, t } from '../../src/platform/i18n/labels'
import { validationMessage } from '../../src/platform/i18n/requestLocale'
import { compileSource, SOURCE_LABEL } from './hooks/compileSource'
import { preventDeleteInUse } from './hooks/preventDeleteInUse'
import { stampCreator } from './hooks/stampCreator'

/** Written by the platform when the source compiles; never through the API. */
const platformOnly = { create: nobodyField, update: nobodyField }
const derived = { readOnly: true, position: 'sidebar' } as const

/** Payload's own checks (required, length), then the limit in bytes (what the compiler enforces). */
const sourceSize: TextareaFieldValidation = (value, args) => {
  const standard = validations.textarea(value, args)
  if (standard !== true) return standard
  const kb = MAX_SOURCE_BYTES / 1024
  return typeof value === 'string' && Buffer.byteLength(value, 'utf8') > MAX_SOURCE_BYTES
    ? validationMessage(args.req, t(`The source code may be at most ${kb} KB: make it shorter.`, `Kod źródłowy może mieć najwyżej ${kb} KB – skróć go.`))
    : true
}

/**
 * CustomReactComponent: an owner's own React component (TSX). Saving compiles
 * it (esbuild, react imports only); public sites show it in a sandboxed frame
 * served by GET /api/public/sites/:identifier/components/:id.
 */
export const CustomReactComponents: CollectionConfig = {
  slug: 'custom-react-components',
  labels: labels(t('Custom component', 'Własny komponent'), t('Custom components', 'Własne komponenty')),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'site', 'compiledAt', 'updatedAt'],
    group: t('Website', 'Witryna'),
    // The list reads only its columns, not every component's compiled script (~200 KB each).
    enableListViewSelectAPI: true,
    description: t(
      'React components written in TSX. Add one to a page as a "customComponent" section with its id; visitors see it in a sandboxed frame.',
      'Komponenty React pisane w TSX. Dodaj komponent do podstrony jako sekcję „Własny komponent” i wybierz go z listy; odwiedzający zobaczą go w izolowanej ramce.',
    ),
  },
  access: {
    read: siteScoped({ group: 'read', staffMayRead: true }),
    create: siteScopedCreate({ group: 'content' }),
    update: siteScoped({ group: 'content' }),
    delete: siteScoped({ group: 'content' }),
  },
  hooks: {
    beforeChange: [enforceSiteAssignment({ group: 'content' }), stampCreator, compileSource],
    beforeDelete: [preventDeleteInUse],
  },
  fields: [
    // A component stays on the site it was made for: the site's configuration names it by id.
    siteField({ access: { update: lockedField('site') } }),
    { name: 'name', type: 'text', required: true, maxLength: 120, label: t('Name', 'Nazwa') },
    { name: 'description', type: 'textarea', maxLength: 2000, label: t('Description', 'Opis') },
    {
      name: 'sourceCode',
      type: 'textarea',
      required: true,
      maxLength: MAX_SOURCE_BYTES,
      label: SOURCE_LABEL,
      validate: sourceSize,
      admin: {
        description: t(
          'export default a React component; it gets { locale } ("pl" or "en"). Only react, react/jsx-runtime and react-dom/client may be imported. Saving compiles it.',
          'Wyeksportuj domyślnie (export default) komponent React; dostaje { locale } („pl” lub „en”). Importować można tylko react, react/jsx-runtime i react-dom/client. Zapis kompiluje kod.',
        ),
        components: { Field: '/collections/custom-react-components/components/SourceCodeField#SourceCodeField' },
      },
    },
    {
      name: 'preview',
      type: 'ui',
      label: t('Preview', 'Podgląd'),
      admin: { components: { Field: '/collections/custom-react-components/components/ComponentPreview#ComponentPreview' } },
    },
    {
      name: 'compiledJs',
      type: 'textarea',
      maxLength: MAX_COMPILED_BYTES,
      label: t('Compiled script', 'Skompilowany skrypt'),
      admin: { hidden: true },
      access: platformOnly,
    },
    { name: 'compiledBytes', type: 'number', label: t('Compiled size (bytes)', 'Rozmiar po kompilacji (bajty)'), admin: derived, access: platformOnly },
    {
      name: 'compiledAt',
      type: 'date',
      label: t('Compiled at', 'Skompilowano'),
      admin: { ...derived, date: { pickerAppearance: 'dayAndTime' } },
      access: platformOnly,
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: t('Created by', 'Autor'),
      admin: derived,
      access: { create: lockedField('createdBy'), update: lockedField('createdBy') },
    },
  ],
}
