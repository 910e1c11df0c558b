/**
 * A campaign's life (pure): draft → scheduled | sending; scheduled → draft (unscheduled) | sending;
 * sending → paused (by an editor, or by the platform after repeated SMTP failures) | sent (the platform, when
 * every recipient is done); paused → sending (resumed) | draft; sent is final. Only the platform sends a
 * campaign to `sent`.
 */
import type { CAMPAIGN_STATUSES } from '../slugs'

export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

const BY_EDITOR: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: ['scheduled', 'sending'],
  scheduled: ['draft', 'sending'],
  sending: ['paused'],
  paused: ['sending', 'draft'],
  sent: [],
}

const BY_PLATFORM: Record<CampaignStatus, readonly CampaignStatus[]> = {
  draft: [],
  scheduled: ['sending'],
  sending: ['paused', 'sent'],
  paused: [],
  sent: [],
}

export const canMove = (from: CampaignStatus, to: CampaignStatus, by: 'editor' | 'platform'): boolean =>
  from === to || (by === 'editor' ? BY_EDITOR : BY_PLATFORM)[from].includes(to)

/** Whether subject and body may still change: not while sending, and never after. */
export const contentEditable = (status: CampaignStatus | null | undefined): boolean => status !== 'sending' && status !== 'sent'

/** A schedule must lie in the future (a minute of leeway for the clock of the browser that chose it is not given). */
export const validSchedule = (scheduledAt: string | Date | null | undefined, now: number): boolean => {
  if (!scheduledAt) return false
  const at = new Date(scheduledAt).getTime()
  return Number.isFinite(at) && at > now
}
