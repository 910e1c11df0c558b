import type { CollectionBeforeValidateHook } from 'payload'

import { APIError } from 'payload'

import { validateTemplateConfig } from '../../../src/platform/sites/templateConfig'

/**
 * Rejects an invalid site configuration with a 400 naming the path of the bad
 * value (`pages[0].sections[2].title.pl: Required`). Payload's own field
 * validation would answer "The following field is invalid: …" without it.
 * The error's `data.errors` names the field, so the admin shows the message on it.
 * `key` is the json field holding the config (sites: templateConfig, templates: config).
 */
export const validateConfigField =
  (key: string): CollectionBeforeValidateHook =>
  ({ data }) => {
    if (!data || data[key] === undefined) return data
    const result = validateTemplateConfig(data[key])
    if (!result.ok) {
      const message = `Invalid site configuration: ${result.message}`
      // `errors` (field path + message) is what the admin form reads to show the message on the field itself.
      throw new APIError(message, 400, { issues: result.issues, errors: [{ path: key, message }] }, true)
    }
    return data
  }

/** The same check as a field `validate`, so the admin form shows it beside the field. */
export const validateConfigValue = (value: unknown): string | true => {
  if (value === undefined || value === null) return true
  const result = validateTemplateConfig(value)
  return result.ok ? true : result.message
}
