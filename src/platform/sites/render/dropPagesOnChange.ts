/**
 * The hooks the contract adds to every collection a section names in
 * `cache.invalidatedBy`: once a change or delete of a document commits, the
 * cached pages of the document's site (its `site` field, before and after)
 * are dropped in this process. Other processes bound their staleness by the
 * pages' max-age (sectionData.ts).
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { relationId } from '../../access'
import { afterCommit } from '../../db/afterCommit'
import { siteDataChanged } from './siteEvents'

type SiteScopedDoc = { site?: unknown } | null | undefined

const announce = async (req: PayloadRequest, docs: SiteScopedDoc[]) => {
  const siteIds = [
    ...new Set(
      docs
        .map((doc) => relationId(doc?.site))
        .filter((id) => id !== undefined)
        .map(String),
    ),
  ]
  if (siteIds.length) await afterCommit(req, () => siteIds.forEach(siteDataChanged))
}

export const dropPagesAfterChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc }) => {
  await announce(req, [doc, previousDoc])
  return doc
}

export const dropPagesAfterDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
  await announce(req, [doc])
  return doc
}
