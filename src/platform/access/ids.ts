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
