/**
 * Dropping cached widget answers (cache.ts) once a change commits: a change or delete of a testimonial that is
 * or was approved drops its site's answers (before and after, should it move; a new pending one from the public
 * form drops nothing, so a flood of submissions cannot empty the cache), and any change to a site (its name, identifier,
 * publication) or its deletion drops that site's. Dropped after the commit, so a request in between cannot
 * cache the rows from before it. Other processes keep theirs until the TTL.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { afterCommit, relationId } from '@platform'
import { widgetCache } from './cache'

const drop = async (req: PayloadRequest, sites: unknown[]) => {
  const ids = [...new Set(sites.map((site) => relationId(site)).filter((id) => id !== undefined))].map(String)
  if (ids.length) await afterCommit(req, () => ids.forEach((id) => widgetCache.dropSite(id)))
}

const shown = (doc: unknown) => (doc as { status?: unknown } | null | undefined)?.status === 'approved'

export const dropWidgetAfterTestimonialChange: CollectionAfterChangeHook = async ({ req, doc, previousDoc }) => {
  if (shown(doc) || shown(previousDoc)) await drop(req, [doc?.site, previousDoc?.site])
  return doc
}

export const dropWidgetAfterTestimonialDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
  if (shown(doc)) await drop(req, [doc?.site])
  return doc
}

export const dropWidgetAfterSiteChange: CollectionAfterChangeHook = async ({ req, doc }) => {
  await drop(req, [doc?.id])
  return doc
}

export const dropWidgetAfterSiteDelete: CollectionAfterDeleteHook = async ({ req, doc }) => {
  await drop(req, [doc?.id])
  return doc
}
