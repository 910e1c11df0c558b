/**
 * Approvals change → the site's summary is recomputed a little later (summaries/debounce.ts): once the change
 * has committed, a job unique on the site and the current window is queued for the window's end. Not a durable
 * follow-up: if the process dies between the commit and the queueing, the nightly run brings the summary up to
 * date. Deleting a whole site deletes its summaries too, so that queues nothing.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { afterCommit, getJobs, relationId } from '@platform'
import { changesSummary, debounceSlot } from '../summaries/debounce'
import { RECOMPUTE_SUMMARY_JOB } from '../summaries/names'
import { readSummarySettings } from '../summaries/settings'

const scheduleSummary = (req: PayloadRequest, siteId: number | string) =>
  afterCommit(req, async () => {
    const slot = debounceSlot({ siteId, now: Date.now(), delayMs: readSummarySettings().debounceMs })
    await getJobs(req.payload).enqueue(RECOMPUTE_SUMMARY_JOB, { siteId }, slot.runAt, { uniqueKey: slot.key })
  })

export const scheduleSummaryAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const previous = operation === 'update' ? previousDoc : undefined
  if (changesSummary(doc, previous)) {
    const sites = new Set([relationId(doc.site), relationId(previous?.site)].filter((id) => id !== undefined))
    for (const siteId of sites) await scheduleSummary(req, siteId)
  }
  return doc
}

export const scheduleSummaryAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  const siteId = relationId(doc.site)
  if (doc.status === 'approved' && siteId !== undefined && context.deletingSite === undefined) await scheduleSummary(req, siteId)
  return doc
}
