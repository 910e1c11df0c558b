/**
 * What to answer OVH's `requiredConfiguration` for a domain item (pure). The platform buys domains on its own OVH
 * account, so the answers are the account's, from env:
 * - `OWNER_LEGAL_AGE`: `true` (the account holder declares being of legal age, as OVH's order form asks);
 * - `OWNER_CONTACT`: `DOMAINS_OWNER_CONTACT` (an OVH contact of the account, `/me/contact/<id>`), when set;
 * - any label: `DOMAINS_OVH_CONFIGURATION`, a JSON object `{ "LABEL": "value" }`, which wins over the above.
 * Labels OVH marks optional are answered only when there is a value; a required label without one (or with a
 * value outside OVH's `allowedValues`) is reported as missing, so the order fails with a message naming it
 * instead of OVH refusing the checkout.
 */
import type { OvhRequiredConfiguration } from '../ovh'

export type ConfigurationSettings = {
  ownerContact?: string
  /** Values by label, from DOMAINS_OVH_CONFIGURATION. */
  values?: Readonly<Record<string, string>>
}

export type ConfigurationPlan = { values: { label: string; value: string }[]; missing: string[] }

const defaultValue = (label: string, settings: ConfigurationSettings): string | undefined => {
  if (label === 'OWNER_LEGAL_AGE') return 'true'
  if (label === 'OWNER_CONTACT') return settings.ownerContact
  return undefined
}

export const planConfiguration = (required: readonly OvhRequiredConfiguration[], settings: ConfigurationSettings): ConfigurationPlan => {
  const values: ConfigurationPlan['values'] = []
  const missing: string[] = []
  for (const requirement of required) {
    const value = settings.values?.[requirement.label] ?? defaultValue(requirement.label, settings)
    const allowed = !requirement.allowedValues?.length || (value !== undefined && requirement.allowedValues.includes(value))
    if (value !== undefined && value !== '' && allowed) values.push({ label: requirement.label, value })
    else if (requirement.required) missing.push(requirement.label)
  }
  return { values, missing }
}

/** DOMAINS_OVH_CONFIGURATION as label → value (strings only); anything else is an error naming the variable. */
export const parseConfigurationValues = (text: string | undefined): Record<string, string> => {
  if (!text?.trim()) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new Error('DOMAINS_OVH_CONFIGURATION must be a JSON object such as {"OWNER_CONTACT":"/me/contact/123"}')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('DOMAINS_OVH_CONFIGURATION must be a JSON object of label → value')
  const values: Record<string, string> = {}
  for (const [label, value] of Object.entries(parsed)) {
    if (typeof value !== 'string') throw new Error(`DOMAINS_OVH_CONFIGURATION: the value of ${label} must be a string`)
    values[label] = value
  }
  return values
}
