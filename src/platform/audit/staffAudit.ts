/**
 * "Every staff write is logged": a Payload plugin that appends an audit hook to
 * every collection (plugins' included, so it is applied last).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, PayloadRequest } from 'payload'

import { isStaffUser } from '../access/user'

export const AUDIT_COLLECTION = 'audit-logs'

/** Top-level fields whose value differs between two versions of a document. */
export const changedFields = (before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] =>
  Object.keys(after)
    .filter((key) => !['updatedAt', 'createdAt'].includes(key))
    .filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after[key]))

const record = async (
  req: PayloadRequest,
  entry: { operation: 'create' | 'update' | 'delete'; collection: string; id: number | string; fields?: string[] },
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
    },
    overrideAccess: true,
    req,
  })
}

export const staffAudit =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (collection.slug === AUDIT_COLLECTION) return collection
      const afterChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc, operation }) => {
        await record(req, { operation, collection: collection.slug, id: doc.id, fields: changedFields(previousDoc, doc) })
        return doc
      }
      const afterDelete: CollectionAfterDeleteHook = async ({ req, id }) => {
        await record(req, { operation: 'delete', collection: collection.slug, id })
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
