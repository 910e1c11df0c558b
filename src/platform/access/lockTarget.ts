/**
 * What an edit lock (Payload's `payload-locked-documents`) points at, and in
 * whose name it is held, read from the shapes the API accepts. Pure, so the
 * odd shapes are tested without a database (lockTarget.test.ts).
 */
import { relationId, sameId, type ID } from './ids'

export type LockTarget = { collection: string; id: ID } | { global: string }

type Polymorphic = { relationTo?: unknown; value?: unknown }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The locked document (`document: { relationTo, value }`) or global (`globalSlug`).
 * Anything else is undefined: a lock on nothing, or in a shape we do not read,
 * is refused rather than guessed at.
 */
export const lockTargetOf = (data: unknown): LockTarget | undefined => {
  if (!isObject(data)) return undefined
  const document = data.document as Polymorphic | null | undefined
  if (isObject(document)) {
    const id = relationId(document.value)
    if (typeof document.relationTo === 'string' && document.relationTo && id !== undefined) return { collection: document.relationTo, id }
    return undefined
  }
  if (typeof data.globalSlug === 'string' && data.globalSlug) return { global: data.globalSlug }
  return undefined
}

/** Whether a lock's `user` (`{ relationTo, value }`) names this user; absent is not a match. */
export const namesUser = (value: unknown, user: { collection: string; id: ID }): boolean => {
  if (!isObject(value)) return false
  return value.relationTo === user.collection && sameId(value.value, user.id)
}
