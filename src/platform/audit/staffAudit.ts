/**
 * "Every staff write is logged": a Payload plugin that appends an audit hook to
 * every collection (plugins' included, so it is applied last).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/user'
import { captureChanges, type AuditChange, type FieldLike } from './changes'

export const AUDIT_COLLECTION = 'audit-logs'

/** Top-level fields whose value differs between two versions of a document. */
export const changedFields = (before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] =>
  Object.keys(after)
    .filter((key) => !['updatedAt', 'createdAt'].includes(key))
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after[key]))

/** The record's title when the entry is written (it outlives a rename or a delete): its `useAsTitle` value. */
const titleOf = (collection: CollectionConfig, doc: Record<string, unknown> | undefined): string | null => {
  const key = collection.admin?.useAsTitle
  const value = key && key !== 'id' ? doc?.[key] : undefined
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, 200) : null
}

/** "Anna Kowalska", from the account's names; empty when it has none (the sentence then names the address). */
const nameOf = (user: { firstName?: unknown; lastName?: unknown }): string =>
  [user.firstName, user.lastName].filter((part) => typeof part === 'string' && part.trim()).join(' ')

const record = async (
  req: PayloadRequest,
  entry: {
    operation: 'create' | 'update' | 'delete'
    collection: string
    id: number | string
    fields?: string[]
    changes?: AuditChange[]
    title?: string | null
  },
) => {
  if (!req.user || !isStaffUser(req.user) || req.context.skipAudit) return
  // The log is written by the platform, never by the user it records.
  await req.payload.create({
    collection: AUDIT_COLLECTION,
    data: {
      actor: req.user.id,
      operation: entry.operation,
      targetCollection: entry.collection,
      targetId: String(entry.id),
      summary: `${req.user.email} ${entry.operation}d ${entry.collection} ${entry.id}`,
      changedFields: entry.fields,
      changes: entry.changes ?? [],
      targetTitle: entry.title ?? null,
      // Names when the account has them, else its address (the sentence then says "Konto …" / "The account …").
      actorName: nameOf(req.user as { firstName?: unknown; lastName?: unknown }) || req.user.email || null,
    },
    overrideAccess: true, // trusted: audit-logs is create: nobody; the platform writes the log, never the user it records
    req,
  })
}

export const staffAudit =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === AUDIT_COLLECTION) return collection
      const fields = collection.fields as unknown as FieldLike[]
      const afterChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc, operation }) => {
        const before = operation === 'create' ? undefined : previousDoc
        await record(req, {
          operation,
          collection: collection.slug,
          id: doc.id,
          fields: changedFields(previousDoc, doc),
          changes: captureChanges({ before, after: doc, fields }),
          title: titleOf(collection, doc) ?? titleOf(collection, previousDoc),
        })
        return doc
      }
      const afterDelete: CollectionAfterDeleteHook = async ({ req, id, doc }) => {
        await record(req, { operation: 'delete', collection: collection.slug, id, title: titleOf(collection, doc) })
      }
      return {
        ...collection,
        hooks: {
          ...collection.hooks,
          afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
          afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
        },
      }
    }),
  })
