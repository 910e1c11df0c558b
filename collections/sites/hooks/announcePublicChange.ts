/**
 * After a site's public face changes (published or restored version, name,
 * identifier, domain) or the site is deleted, its rendered pages in this
 * process are dropped once the change has committed (so no request re-reads
 * and re-caches the old state in between). Draft edits change nothing public.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { relationId } from '../../../src/platform/access'
import { afterCommit } from '../../../src/platform/db/afterCommit'
import { siteChanged } from '../../../src/platform/sites/render/siteEvents'

type SiteDoc = { id: number | string; identifier?: string; domain?: string | null; name?: string; publishedVersion?: unknown; publishedAt?: unknown }

const PUBLIC_FIELDS = ['identifier', 'domain', 'name', 'publishedAt'] as const

const changeOf = (docs: (SiteDoc | undefined)[]) => ({
  siteId: String(docs.find(Boolean)!.id),
  identifiers: [...new Set(docs.map((doc) => doc?.identifier).filter((value): value is string => Boolean(value)))],
  domains: [...new Set(docs.map((doc) => doc?.domain).filter((value): value is string => Boolean(value)))],
})

export const announcePublicChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc, operation }) => {
  const before = previousDoc as SiteDoc | undefined
  const after = doc as SiteDoc
  const changed =
    operation === 'create' ||
    String(relationId(before?.publishedVersion)) !== String(relationId(after.publishedVersion)) ||
    PUBLIC_FIELDS.some((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after[field] ?? null))
  if (changed) await afterCommit(req, () => siteChanged(changeOf([after, before])))
  return doc
}

export const announceSiteDeleted: CollectionAfterDeleteHook = async ({ req, doc }) => {
  await afterCommit(req, () => siteChanged(changeOf([doc as SiteDoc])))
  return doc
}
