/**
 * The campaign's status rules, for every way a campaign changes (the editor's buttons, the admin form, the REST
 * API, the platform's jobs): only the moves lib/campaignStatus.ts allows (409 otherwise, in the caller's
 * language), a schedule in the future, something to send, and no content changes while sending or after. The
 * platform's own moves (starting a due campaign, pausing after failures, finishing) say so in
 * `req.context[PLATFORM_MOVE]`. Entering `sending` queues the send job once the change commits.
 */
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { enqueueAfterCommit, requestLocale } from '@platform'
import { canMove, contentEditable, validSchedule, type CampaignStatus } from '../lib/campaignStatus'
import { SEND_CAMPAIGN_JOB } from '../sending/names'
import { STATUS_TEXT } from '../sending/statusText'

export const PLATFORM_MOVE = 'newsletterPlatformMove'

const CONTENT = ['subjectPl', 'subjectEn', 'bodyPl', 'bodyEn'] as const

const refuse = (req: PayloadRequest, text: { pl: string; en: string }, status: number): never => {
  throw new APIError(text[requestLocale(req)], status, undefined, true)
}

const hasText = (body: unknown): boolean => JSON.stringify(body ?? null).includes('"text":"')

export const checkCampaignChange: CollectionBeforeChangeHook = ({ req, data, originalDoc, operation }) => {
  const now = Date.now()
  if (operation === 'create') {
    const status = (data.status ?? 'draft') as CampaignStatus
    if (status !== 'draft' && status !== 'scheduled') refuse(req, STATUS_TEXT.newOnlyDraft, 400)
    if (status === 'scheduled' && !validSchedule(data.scheduledAt, now)) refuse(req, STATUS_TEXT.scheduleInFuture, 400)
    return data
  }
  const from = (originalDoc?.status ?? 'draft') as CampaignStatus
  const to = (data.status ?? from) as CampaignStatus
  const by = req.context?.[PLATFORM_MOVE] ? 'platform' : 'editor'
  if (!canMove(from, to, by)) refuse(req, STATUS_TEXT.badMove(from, to), 409)
  const changesContent = CONTENT.some((field) => field in data && JSON.stringify(data[field] ?? null) !== JSON.stringify(originalDoc?.[field] ?? null))
  if (changesContent && !contentEditable(from)) refuse(req, STATUS_TEXT.contentLocked, 409)
  if (to === 'scheduled' && (from !== 'scheduled' || 'scheduledAt' in data) && !validSchedule(data.scheduledAt ?? originalDoc?.scheduledAt, now))
    refuse(req, STATUS_TEXT.scheduleInFuture, 400)
  if ((to === 'scheduled' || to === 'sending') && from !== to) {
    const subject = data.subjectPl ?? originalDoc?.subjectPl
    const body = 'bodyPl' in data ? data.bodyPl : originalDoc?.bodyPl
    if (!subject?.trim() || !hasText(body)) refuse(req, STATUS_TEXT.nothingToSend, 400)
  }
  if (to === 'paused' && from !== 'paused' && by === 'editor') data.pausedReason = null
  return data
}

export const queueSendingOnStart: CollectionAfterChangeHook = async ({ req, doc, previousDoc, operation }) => {
  if (operation === 'update' && doc.status === 'sending' && previousDoc?.status !== 'sending') {
    await enqueueAfterCommit(req, SEND_CAMPAIGN_JOB, { campaignId: doc.id })
  }
  return doc
}
