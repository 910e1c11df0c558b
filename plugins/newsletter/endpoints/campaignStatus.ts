/**
 * The editor's buttons, each `POST /api/newsletter-campaigns/:id/<action>`:
 * `schedule` `{ scheduledAt }` (a future date: status scheduled), `unschedule` (back to draft), `send-now`,
 * `pause`, `resume`. Each checks the caller (campaignAccess.ts: 401 / 404 / 403), then moves the status with the
 * caller's own access (`overrideAccess: false`) under the campaign's lock, so the collection's rules
 * (hooks/campaignStatus.ts) decide: 409 a move the status does not allow, 400 a past date or nothing to send.
 * Entering `sending` queues the send job with the change. 200 `{ campaign: { id, status, scheduledAt } }`.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { z } from 'zod'

import { inTransaction, jsonError, lockForTransaction, readBody, requestLocale } from '@platform'
import type { CampaignStatus } from '../lib/campaignStatus'
import { STATUS_TEXT } from '../sending/statusText'
import { CAMPAIGNS } from '../slugs'
import { campaignForWriting } from './campaignAccess'

const scheduleBody = z.strictObject({ scheduledAt: z.iso.datetime({ offset: true }) })

const move = async (req: PayloadRequest, campaign: { id: number }, data: { status: CampaignStatus; scheduledAt?: string | null }): Promise<Response> => {
  try {
    const updated = await inTransaction(req, async () => {
      await lockForTransaction(req, `newsletter-campaign:${campaign.id}`)
      return req.payload.update({ collection: CAMPAIGNS, id: campaign.id, data, depth: 0, overrideAccess: false, user: req.user, req })
    })
    return Response.json({ campaign: { id: updated.id, status: updated.status, scheduledAt: updated.scheduledAt ?? null } })
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500) return jsonError(error.message, error.status)
    throw error
  }
}

const action = (
  path: string,
  data: (req: PayloadRequest) => Promise<{ status: CampaignStatus; scheduledAt?: string | null }>,
  /** The statuses this button is for (the rules allow more moves, e.g. draft → sending is Send now, not Resume). */
  from?: CampaignStatus[],
): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    // The caller first: a stranger learns nothing from how the body is judged.
    const found = await campaignForWriting(req)
    if (found instanceof Response) return found
    const current = (found.campaign.status ?? 'draft') as CampaignStatus
    if (from && !from.includes(current)) {
      const { pl, en } = STATUS_TEXT.badMove(current, path === 'resume' ? 'sending' : 'draft')
      return jsonError(requestLocale(req) === 'en' ? en : pl, 409)
    }
    let wanted: { status: CampaignStatus; scheduledAt?: string | null }
    try {
      wanted = await data(req)
    } catch (error) {
      if (error instanceof APIError) return jsonError(error.message, error.status)
      throw error
    }
    return move(req, found.campaign, wanted)
  },
})

export const campaignStatusEndpoints: Endpoint[] = [
  action('schedule', async (req) => ({ status: 'scheduled', scheduledAt: (await readBody(req, scheduleBody)).scheduledAt })),
  action('unschedule', async () => ({ status: 'draft', scheduledAt: null }), ['scheduled']),
  action('send-now', async () => ({ status: 'sending', scheduledAt: null })),
  action('pause', async () => ({ status: 'paused' })),
  action('resume', async () => ({ status: 'sending' }), ['paused']),
]
