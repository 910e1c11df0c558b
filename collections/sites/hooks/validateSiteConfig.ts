import type { CollectionBeforeValidateHook } from 'payload'

import { requestLocale, validateLocale } from '../../../src/platform/i18n/requestLocale'
import { configRefusal, refusalMessage } from '../../../src/platform/sites/configErrors'
import { validateTemplateConfig } from '../../../src/platform/sites/templateConfig'

/**
 * Rejects an invalid site configuration with a 400 naming each bad value as the owner sees it, in the
 * request's language ("Nie zapisano zmian: Start › O mnie › Nagłówek (PL) jest wymagany"). Payload's own
 * field validation would answer "The following field is invalid: …" without it. The error's `data.errors`
 * names the field, so the admin shows the message on it; `data.issues` keeps each config path.
 * `key` is the json field holding the config (sites: templateConfig, templates: config).
 */
export const validateConfigField =
  (key: string): CollectionBeforeValidateHook =>
  ({ data, req }) => {
    if (!data || data[key] === undefined) return data
    const result = validateTemplateConfig(data[key], { lang: requestLocale(req) })
    if (!result.ok) throw configRefusal({ req, field: key, issues: result.issues })
    return data
  }

/** The same check as a field `validate`, in the admin's language, so the admin form shows it beside the field. */
export const validateConfigValue = (value: unknown, req?: unknown): string | true => {
  if (value === undefined || value === null) return true
  const lang = validateLocale(req)
  const result = validateTemplateConfig(value, { lang })
  return result.ok ? true : refusalMessage(result.issues, lang)
}
