/** Pure rules for a site's identifier, the part of its public URL (`/s/<identifier>`). */
export const RESERVED_IDENTIFIERS = new Set(['admin', 'api', 'app', 'assets', 'healthz', 'login', 'logout', 'new', 'public', 's', 'static', 'www', '_next'])

export const normalizeIdentifier = (value: unknown): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value)

/** Returns `true` or a message saying what is wrong. */
export const checkIdentifier = (value: unknown): true | string => {
  if (typeof value !== 'string' || value === '') return 'An identifier is required.'
  if (value.length < 3 || value.length > 63) return 'The identifier must be 3 to 63 characters long.'
  if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(value)) {
    return 'Use lower-case letters, digits and single hyphens (not at the start or end).'
  }
  if (value.includes('--')) return 'The identifier may not contain two hyphens in a row.'
  if (RESERVED_IDENTIFIERS.has(value)) return `"${value}" is reserved; choose another identifier.`
  return true
}
