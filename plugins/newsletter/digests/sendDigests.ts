/**
 * `newsletter.send-digests` (daily, 07:00 Warsaw): each site's weekly and monthly subscribers who are due
 * (digests/period.ts) get one email bundling the campaigns sent since their last email and the site's updates
 * (`newsletter-updates`) since then; with nothing new, nothing is sent and nothing recorded (they are due again
 * tomorrow). A digest is a delivery (`kind: digest`, `digestPeriod`, one per subscriber and `digestKey`), sent
 * by the campaigns' loop (sending/run.ts): same claims, rate limit, failure handling and crash safety. The
 * look-back is capped at LOOKBACK_MS (62 days): a subscriber silent for longer gets the last two months.
 * Tracking: with the site tracking individuals, the digest's delivery token (opens and clicks count for the
 * subscriber, no campaign); with tracking off, none at all (a digest has no campaign whose anonymous totals it
 * could add to), so its links are the plain ones.
 */
import type { Payload, Where } from 'payload'

import { renderDigest, type DigestUpdate } from '../render/renderDigest'
import type { CampaignContent } from '../render/renderCampaign'
import { siteForSending, RECIPIENT_FIELDS } from '../sending/sendCampaign'
import type { Recipient } from '../sending/claim'
import { runDeliveries, type RunOutcome } from '../sending/run'
import { readSendingSettings, type SendingSettings } from '../sending/settings'
import { CAMPAIGNS, SUBSCRIPTIONS, UPDATES } from '../slugs'
import { digestKey, digestSince, dueBefore, type DigestPeriod } from './period'

export const LOOKBACK_MS = 62 * 24 * 60 * 60 * 1000
const PERIODS: DigestPeriod[] = ['weekly', 'monthly']

type Dated<T> = T & { at: number }

const dueWhere = (siteId: number, period: DigestPeriod, before: string): Where => ({
  and: [
    { site: { equals: siteId } },
    { frequency: { equals: period } },
    { isActive: { equals: true } },
    { isConfirmed: { equals: true } },
    {
      or: [{ lastSentAt: { less_than_equal: before } }, { and: [{ lastSentAt: { exists: false } }, { confirmedAt: { less_than_equal: before } }] }],
    },
  ],
})

const siteContent = async (payload: Payload, siteId: number, from: string) => {
  const campaigns = await payload.find({
    collection: CAMPAIGNS,
    where: { and: [{ site: { equals: siteId } }, { status: { equals: 'sent' } }, { sentAt: { greater_than: from } }] },
    sort: 'sentAt',
    depth: 1,
    pagination: false,
    overrideAccess: true, // trusted job: the site's sent campaigns for its digest
  })
  const updates = await payload.find({
    collection: UPDATES,
    where: { and: [{ site: { equals: siteId } }, { at: { greater_than: from } }] },
    sort: 'at',
    depth: 0,
    limit: 200,
    overrideAccess: true, // trusted job: the site's updates for its digest
  })
  return {
    campaigns: campaigns.docs.map((doc) => ({ ...(doc as CampaignContent), at: Date.parse(doc.sentAt as string) })) as Dated<CampaignContent>[],
    updates: updates.docs.map((doc) => ({ titlePl: doc.titlePl, titleEn: doc.titleEn, url: doc.url, at: Date.parse(doc.at) })) as Dated<DigestUpdate>[],
  }
}

export type DigestRun = { siteId: number; period: DigestPeriod } & RunOutcome

export const sendDigestsForSite = async (
  payload: Payload,
  siteId: number,
  period: DigestPeriod,
  { settings = readSendingSettings(), now = Date.now }: { settings?: SendingSettings; now?: () => number } = {},
): Promise<DigestRun | undefined> => {
  const at = now()
  const before = new Date(dueBefore(period, at)).toISOString()
  const due = await payload.count({ collection: SUBSCRIPTIONS, where: dueWhere(siteId, period, before), overrideAccess: true }) // trusted job
  if (!due.totalDocs) return undefined
  const floor = at - LOOKBACK_MS
  const content = await siteContent(payload, siteId, new Date(floor).toISOString())
  if (!content.campaigns.length && !content.updates.length) return undefined
  const site = await siteForSending(payload, siteId)
  if (!site) return undefined
  const newSince = (since: number | undefined) => Math.max(since ?? floor, floor)
  const hasNews = (since: number) => content.campaigns.some((item) => item.at > since) || content.updates.some((item) => item.at > since)
  const page = async (afterId: number, limit: number): Promise<Recipient[]> => {
    for (let cursor = afterId; ;) {
      const found = await payload.find({
        collection: SUBSCRIPTIONS,
        where: { and: [dueWhere(siteId, period, before), { id: { greater_than: cursor } }] },
        sort: 'id',
        limit,
        depth: 0,
        pagination: false,
        select: { ...RECIPIENT_FIELDS, lastSentAt: true, confirmedAt: true },
        overrideAccess: true, // trusted job: the digest's recipients (token seeds included)
      })
      if (!found.docs.length) return []
      const withNews = found.docs
        .map((doc) => ({ ...doc, id: Number(doc.id), since: newSince(digestSince(doc)) }) as Recipient & { since: number })
        .filter((recipient) => hasNews(recipient.since))
      // The loop's cursor is the last id returned: a page with nobody to send to is skipped here.
      if (withNews.length) return withNews
      cursor = Number(found.docs[found.docs.length - 1].id)
    }
  }
  const serverURL = payload.config.serverURL
  const result = await runDeliveries({
    payload,
    settings,
    target: { kind: 'digest', siteId, digestKey: digestKey(period, at), digestPeriod: period },
    site,
    render: ({ links, tracking, locale, recipient }) => {
      const since = recipient.since ?? floor
      return renderDigest({
        period,
        campaigns: content.campaigns.filter((item) => item.at > since),
        updates: content.updates.filter((item) => item.at > since),
        locale,
        siteName: site.name,
        serverURL,
        links,
        tracking,
      })
    },
    page,
    stillWanted: async () => true,
    now,
  })
  return { siteId, period, ...result }
}

/** Every site's due digests; `now` is a parameter so tests choose the day. */
export const sendDigests = async (payload: Payload, options: { settings?: SendingSettings; now?: () => number } = {}): Promise<DigestRun[]> => {
  const runs: DigestRun[] = []
  for (let page = 1; ; page += 1) {
    const sites = await payload.find({ collection: 'sites', depth: 0, limit: 100, page, sort: 'id', select: { name: true }, overrideAccess: true }) // trusted job: every site
    for (const site of sites.docs) {
      for (const period of PERIODS) {
        const run = await sendDigestsForSite(payload, Number(site.id), period, options)
        if (run) runs.push(run)
      }
    }
    if (!sites.hasNextPage) return runs
  }
}
