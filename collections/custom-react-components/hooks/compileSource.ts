import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { compileComponent } from '../../../src/platform/components/compileComponent'
import { t } from '../../../src/platform/i18n/labels'
import { requestLocale } from '../../../src/platform/i18n/requestLocale'

export const SOURCE_LABEL = t('Source code (TSX)', 'Kod źródłowy (TSX)')

/**
 * Compiles the source on every save that brings new source (and when nothing
 * compiled is stored yet). A source that does not compile is a 400 on
 * `sourceCode` naming line and column ("Wiersz 3, kolumna 11: …" in Polish; the field shows that line); it is thrown before anything is
 * written, so the stored source and compiled script stay the last good pair.
 */
export const compileSource: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, collection }) => {
  const source = data.sourceCode
  if (typeof source !== 'string') return data
  if (operation === 'update' && source === originalDoc?.sourceCode && originalDoc?.compiledJs) return data
  const result = await compileComponent(source)
  if (!result.ok) {
    throw new ValidationError(
      { collection: collection.slug, errors: [{ path: 'sourceCode', label: SOURCE_LABEL, message: result.error.text[requestLocale(req)] }], req },
      req.t,
    )
  }
  return { ...data, compiledJs: result.js, compiledBytes: result.bytes, compiledAt: new Date().toISOString() }
}
