/**
 * The analytics view's numbers (pure): subscribers over time, opens and clicks over time, and per-campaign rates
 * with their most clicked links. Inputs are the records as read for the user; nothing here reads the database.
 */
import { bucketKeys, bucketOf, type Bucket } from './buckets'

export type SubscriberPoint = {
  isActive?: boolean | null
  isConfirmed?: boolean | null
  confirmedAt?: string | null
  unsubscribedAt?: string | null
  hardBouncedAt?: string | null
}

export type DeliveryPoint = { openedAt?: string | null; clickedAt?: string | null }

export type CampaignPoint = {
  id: number | string
  subject: string
  sentAt?: string | null
  sentCount?: number | null
  openCount?: number | null
  clickCount?: number | null
}

export type LinkClickPoint = { campaign: number | string; url: string; count: number }

export type Range = { from: Date; to: Date; bucket: Bucket }

/** Confirmed and active now: who receives the next campaign. */
export const activeSubscribers = (subscribers: SubscriberPoint[]): number => subscribers.filter((s) => s.isActive !== false && s.isConfirmed).length

/** When a confirmed subscriber stopped receiving (unsubscribed or bounced), if they did. */
const endedAt = (s: SubscriberPoint): string | null | undefined => (s.isActive === false ? (s.hardBouncedAt ?? s.unsubscribedAt) : undefined)

export type SubscriberBucket = { key: string; confirmed: number; left: number; total: number }

/**
 * Per bucket: new confirmations, confirmed subscribers who left (unsubscribed or bounced), and the confirmed active
 * total at the bucket's end. Subscribers confirmed before the range count in the starting total.
 */
export const subscribersOverTime = (subscribers: SubscriberPoint[], { from, to, bucket }: Range): SubscriberBucket[] => {
  const keys = bucketKeys({ from, to, bucket })
  const rows = new Map(keys.map((key) => [key, { key, confirmed: 0, left: 0, total: 0 }]))
  let total = 0
  for (const s of subscribers) {
    // Never confirmed, or switched off by hand at an unknown time: not part of the line.
    if (!s.confirmedAt || (s.isActive === false && !endedAt(s))) continue
    const joined = bucketOf(s.confirmedAt, bucket)
    const left = bucketOf(endedAt(s), bucket)
    if (joined && joined < keys[0]) total += 1
    else if (joined && rows.has(joined)) rows.get(joined)!.confirmed += 1
    if (left && left < keys[0]) total -= 1
    else if (left && rows.has(left)) rows.get(left)!.left += 1
  }
  return keys.map((key) => {
    const row = rows.get(key)!
    total += row.confirmed - row.left
    return { ...row, total }
  })
}

export type EngagementBucket = { key: string; opens: number; clicks: number }

/** First opens and first clicks per bucket (what the deliveries recorded). */
export const engagementOverTime = (deliveries: DeliveryPoint[], { from, to, bucket }: Range): EngagementBucket[] => {
  const keys = bucketKeys({ from, to, bucket })
  const rows = new Map(keys.map((key) => [key, { key, opens: 0, clicks: 0 }]))
  for (const d of deliveries) {
    const opened = bucketOf(d.openedAt, bucket)
    const clicked = bucketOf(d.clickedAt, bucket)
    if (opened && rows.has(opened)) rows.get(opened)!.opens += 1
    if (clicked && rows.has(clicked)) rows.get(clicked)!.clicks += 1
  }
  return keys.map((key) => rows.get(key)!)
}

/** A share of the sent emails, or null when nothing was sent (no rate to show). */
export const rate = (count: number | null | undefined, sent: number | null | undefined): number | null => (sent && sent > 0 ? (count ?? 0) / sent : null)

export type CampaignRow = {
  id: number | string
  subject: string
  sentAt?: string | null
  sent: number
  openRate: number | null
  clickRate: number | null
  topLinks: { url: string; count: number }[]
}

export const campaignRows = (campaigns: CampaignPoint[], linkClicks: LinkClickPoint[], topLinks = 5): CampaignRow[] =>
  campaigns.map((campaign) => ({
    id: campaign.id,
    subject: campaign.subject,
    sentAt: campaign.sentAt,
    sent: campaign.sentCount ?? 0,
    openRate: rate(campaign.openCount, campaign.sentCount),
    clickRate: rate(campaign.clickCount, campaign.sentCount),
    topLinks: linkClicks
      .filter((link) => String(link.campaign) === String(campaign.id))
      .sort((a, b) => b.count - a.count || a.url.localeCompare(b.url))
      .slice(0, topLinks)
      .map(({ url, count }) => ({ url, count })),
  }))
