/** Relationship values arrive as an id, a populated document, or nothing. */
export type ID = number | string

export const relationId = (value: unknown): ID | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && 'id' in value) return relationId((value as { id: unknown }).id)
  return undefined
}

export const sameId = (a: unknown, b: unknown): boolean => {
  const left = relationId(a)
  const right = relationId(b)
  return left !== undefined && right !== undefined && String(left) === String(right)
}

/** PostgreSQL `serial` ids are int4: a larger number is no record, and must not reach a query (it would fail there). */
const MAX_SERIAL = 2_147_483_647

/**
 * A record id from untrusted input (a path parameter, a body field): a positive
 * int4 number (PostgreSQL) or a 24-hex ObjectId (MongoDB); anything else is
 * undefined, so the caller answers 400/404 instead of the database failing.
 */
export const parseRecordId = (value: unknown): ID | undefined => {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (/^[1-9]\d{0,9}$/.test(text)) {
    const number = Number(text)
    return number <= MAX_SERIAL ? number : undefined
  }
  return /^[0-9a-f]{24}$/i.test(text) ? text : undefined
}
