/**
 * Reads one site's analytics for a signed-in user, with the user's own access (`overrideAccess: false`): an
 * owner gets only their own sites' subscribers, deliveries, campaigns and link counters; a site the user may not
 * read gives empty lists. The numbers come from the pure functions in aggregate.ts.
 */
import type { Payload, TypedUser } from 'payload'

import type { ID } from '@platform'
import { ANALYTICS, CAMPAIGNS, LINK_CLICKS, SUBSCRIPTIONS } from '../slugs'
import { activeSubscribers, campaignRows, engagementOverTime, subscribersOverTime, type Range } from './aggregate'
import type { Bucket } from './buckets'

export const RANGES = {
  '30d': { days: 30, bucket: 'day' },
  '12w': { days: 84, bucket: 'week' },
  '52w': { days: 364, bucket: 'week' },
} as const satisfies Record<string, { days: number; bucket: Bucket }>
export type RangeName = keyof typeof RANGES

export const rangeOf = (name: string | undefined, now: Date): Range & { name: RangeName } => {
  const key: RangeName = name && name in RANGES ? (name as RangeName) : '30d'
  const { days, bucket } = RANGES[key]
  return { name: key, from: new Date(now.getTime() - (days - 1) * 86_400_000), to: now, bucket }
}

/** How many campaigns the table shows (the latest). */
export const CAMPAIGNS_SHOWN = 20

export const loadSiteAnalytics = async ({
  payload,
  user,
  siteId,
  range,
  lang,
}: {
  payload: Payload
  user: TypedUser
  siteId: ID
  range: Range
  lang: 'pl' | 'en'
}) => {
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  const from = range.from.toISOString()
  const [subscribers, deliveries, campaigns] = await Promise.all([
    payload.find({
      collection: SUBSCRIPTIONS,
      where: { site: { equals: siteId } },
      select: { isActive: true, isConfirmed: true, confirmedAt: true, unsubscribedAt: true, hardBouncedAt: true },
      pagination: false,
      ...asUser,
    }),
    payload.find({
      collection: ANALYTICS,
      where: { and: [{ site: { equals: siteId } }, { or: [{ openedAt: { greater_than_equal: from } }, { clickedAt: { greater_than_equal: from } }] }] },
      select: { openedAt: true, clickedAt: true },
      pagination: false,
      ...asUser,
    }),
    payload.find({
      collection: CAMPAIGNS,
      where: { and: [{ site: { equals: siteId } }, { status: { in: ['sending', 'paused', 'sent'] } }] },
      select: { subjectPl: true, subjectEn: true, sentAt: true, sentCount: true, openCount: true, clickCount: true },
      sort: '-createdAt',
      limit: CAMPAIGNS_SHOWN,
      ...asUser,
    }),
  ])
  const campaignIds = campaigns.docs.map((campaign) => campaign.id)
  const links = campaignIds.length
    ? await payload.find({
        collection: LINK_CLICKS,
        where: { campaign: { in: campaignIds } },
        sort: '-count',
        limit: 2000,
        select: { campaign: true, url: true, count: true },
        ...asUser,
      })
    : { docs: [] }
  return {
    active: activeSubscribers(subscribers.docs),
    subscribers: subscribersOverTime(subscribers.docs, range),
    engagement: engagementOverTime(deliveries.docs, range),
    campaigns: campaignRows(
      campaigns.docs.map((campaign) => ({
        id: campaign.id,
        subject: (lang === 'en' && campaign.subjectEn) || campaign.subjectPl,
        sentAt: campaign.sentAt,
        sentCount: campaign.sentCount,
        openCount: campaign.openCount,
        clickCount: campaign.clickCount,
      })),
      links.docs.map((link) => ({ campaign: typeof link.campaign === 'object' ? link.campaign.id : link.campaign, url: link.url, count: link.count })),
    ),
  }
}

export type SiteAnalytics = Awaited<ReturnType<typeof loadSiteAnalytics>>
