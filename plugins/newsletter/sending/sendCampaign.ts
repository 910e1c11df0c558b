/**
 * `newsletter.send-campaign` (`{ campaignId }`): sends a campaign in status `sending` to the site's active,
 * confirmed subscribers who chose every issue (`frequency: each`), through the shared loop (run.ts). At the
 * end the campaign is `sent` with its final counts; after repeated SMTP failures it is `paused`, and the
 * site's owner is told in the admin and by email. Queued when a campaign enters `sending`
 * (hooks/campaignStatus.ts), by an editor's Send now / Resume or by the dispatcher at `scheduledAt`.
 */
import type { Payload, Where } from 'payload'

import { createLocalReq } from 'payload'

import { inTransaction, lockForTransaction, notify, queueEmail, relationId } from '@platform'
import { tracksIndividuals } from '../collections/siteSettings'
import { PLATFORM_MOVE } from '../hooks/campaignStatus'
import { campaignToken } from '../lib/tracking'
import { renderCampaign, type CampaignContent } from '../render/renderCampaign'
import { ANALYTICS, CAMPAIGNS, SUBSCRIPTIONS } from '../slugs'
import type { Recipient } from './claim'
import type { SiteForSending } from './deliver'
import { runDeliveries, type RunOutcome } from './run'
import { readSendingSettings, type SendingSettings } from './settings'

export const RECIPIENT_FIELDS = { email: true, locale: true, unsubscribeToken: true, unsubscribeTokenSeed: true } as const

/** The site as the sending needs it: name, address, owner, and the tracking setting. */
export const siteForSending = async (payload: Payload, siteId: number): Promise<SiteForSending | undefined> => {
  const site = await payload.findByID({
    collection: 'sites',
    id: siteId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the sending job reads the site it sends for
  })
  if (!site) return undefined
  const owner = relationId(site.owner)
  // Replies to a newsletter go to the site's owner (a campaign often asks for them), not to the platform's no-reply.
  const ownerUser =
    owner === undefined
      ? null
      : await payload.findByID({ collection: 'users', id: owner, depth: 0, select: { email: true }, disableErrors: true, overrideAccess: true }) // trusted: the owner's address for Reply-To
  return {
    id: Number(site.id),
    name: site.name,
    identifier: site.identifier,
    owner: owner === undefined ? undefined : Number(owner),
    replyTo: ownerUser?.email ?? undefined,
    track: tracksIndividuals(site as unknown as Record<string, unknown>),
  }
}

/** Active, confirmed subscribers of the site who want every issue, after `afterId`. */
export const campaignRecipients = (payload: Payload, siteId: number) => async (afterId: number, limit: number) =>
  (
    await payload.find({
      collection: SUBSCRIPTIONS,
      where: {
        and: [
          { site: { equals: siteId } },
          { isActive: { equals: true } },
          { isConfirmed: { equals: true } },
          { frequency: { equals: 'each' } },
          { id: { greater_than: afterId } },
        ],
      },
      sort: 'id',
      limit,
      depth: 0,
      pagination: false,
      select: RECIPIENT_FIELDS,
      overrideAccess: true, // trusted: the sending job reads its recipients (token seeds included)
    })
  ).docs.map((doc) => ({ ...doc, id: Number(doc.id) }) as Recipient)

const campaignStatus = async (payload: Payload, id: number) =>
  (await payload.findByID({ collection: CAMPAIGNS, id, depth: 0, select: { status: true }, disableErrors: true, overrideAccess: true }))?.status // trusted job

/** A platform move of the campaign (sent / paused), under the campaign's lock, only while it is still `sending`. */
const settle = async (payload: Payload, id: number, data: Record<string, unknown>): Promise<boolean> => {
  const req = await createLocalReq({ context: { [PLATFORM_MOVE]: true } }, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, `newsletter-campaign:${id}`)
    const current = await req.payload.findByID({ collection: CAMPAIGNS, id, depth: 0, select: { status: true }, req, overrideAccess: true }) // trusted job
    if (current.status !== 'sending') return false
    const count = async (extra: Where) =>
      (
        await req.payload.count({
          collection: ANALYTICS,
          where: { and: [{ campaign: { equals: id } }, extra] },
          req,
          overrideAccess: true, // trusted job: the campaign's exact counts from its deliveries
        })
      ).totalDocs
    await req.payload.update({
      collection: CAMPAIGNS,
      id,
      data: {
        ...data,
        recipientCount: await count({ id: { exists: true } }),
        sentCount: await count({ sentAt: { exists: true } }),
        failedCount: await count({ failedAt: { exists: true } }),
      },
      depth: 0,
      req,
      context: { [PLATFORM_MOVE]: true },
      overrideAccess: true, // trusted job: the platform finishes or pauses the campaign and writes its counts
    })
    return true
  })
}

const tellOwnerPaused = async (payload: Payload, campaign: CampaignContent & { id: number }, site: SiteForSending, reason: string) => {
  if (site.owner === undefined) return
  const owner = await payload.findByID({
    collection: 'users',
    id: site.owner,
    depth: 0,
    select: { email: true, locale: true },
    disableErrors: true,
    overrideAccess: true, // trusted: whom to tell
  })
  if (!owner) return
  const locale = owner.locale === 'en' ? 'en' : 'pl'
  const subject = (locale === 'en' && campaign.subjectEn) || campaign.subjectPl
  const link = `/admin/collections/${CAMPAIGNS}/${campaign.id}`
  await notify({
    payload,
    userId: site.owner,
    siteId: site.id,
    type: 'newsletter.campaign-paused',
    message:
      locale === 'en'
        ? `Sending of "${subject}" (${site.name}) was paused: the mail server refused several messages in a row. Resume it once the problem is gone.`
        : `Wysyłka kampanii „${subject}” (${site.name}) została wstrzymana: serwer pocztowy kilka razy z rzędu odrzucił wiadomości. Wznów ją, gdy problem zniknie.`,
    link,
  })
  await queueEmail(
    { payload },
    {
      to: owner.email,
      template: 'newsletter-campaign-paused',
      locale,
      ownerId: site.owner,
      data: { siteName: site.name, campaignSubject: subject, reason, campaignUrl: `${payload.config.serverURL}${link}` },
    },
  )
}

export const sendCampaign = async (
  payload: Payload,
  campaignId: number,
  { settings = readSendingSettings(), now = Date.now }: { settings?: SendingSettings; now?: () => number } = {},
): Promise<RunOutcome | undefined> => {
  const campaign = await payload.findByID({ collection: CAMPAIGNS, id: campaignId, depth: 1, disableErrors: true, overrideAccess: true }) // trusted job
  if (!campaign || campaign.status !== 'sending') return undefined
  const siteId = Number(relationId(campaign.site))
  const site = await siteForSending(payload, siteId)
  if (!site) return undefined
  const serverURL = payload.config.serverURL
  // A site that tracks no individuals still gets anonymous totals: the pixel and the links carry the campaign's
  // token, the same for every recipient, in place of the delivery's (which deliver() leaves out for such a site).
  const anonymous = site.track ? undefined : { token: campaignToken(payload.secret, campaignId), secret: payload.secret }
  const result = await runDeliveries({
    payload,
    settings,
    target: { kind: 'campaign', campaignId, siteId },
    site,
    render: ({ links, tracking, locale }) => renderCampaign({ campaign, locale, siteName: site.name, serverURL, links, tracking: tracking ?? anonymous }),
    page: campaignRecipients(payload, siteId),
    stillWanted: async () => (await campaignStatus(payload, campaignId)) === 'sending',
    onBatch: async ({ sent, failed }) => {
      if (sent || failed)
        await payload.db.updateOne({ collection: CAMPAIGNS, id: campaignId, data: { sentCount: { $inc: sent }, failedCount: { $inc: failed } } })
    },
    now,
  })
  if (result.outcome === 'finished') await settle(payload, campaignId, { status: 'sent', sentAt: new Date(now()).toISOString() })
  if (result.outcome === 'paused') {
    const reason = `${result.lastFailure?.code ? `${result.lastFailure.code} ` : ''}${result.lastFailure?.message ?? ''}`.slice(0, 300)
    if (await settle(payload, campaignId, { status: 'paused', pausedReason: reason }))
      await tellOwnerPaused(payload, { ...campaign, id: campaignId }, site, reason)
  }
  return result
}
