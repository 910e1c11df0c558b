/**
 * When invitations go out and how long their links work (pure): a plugin option wins, then the environment,
 * then the default. Read on every use, so a changed environment applies without a restart.
 */
export type InvitationOptions = {
  /** Minutes after a session ended before its clients are asked. Env `TESTIMONIAL_INVITE_DELAY_MINUTES`. @default 120 */
  delayMinutes?: number
  /** A client is asked about one host at most once in this many days. Env `TESTIMONIAL_INVITE_INTERVAL_DAYS`. @default 90 */
  intervalDays?: number
  /** Days an invitation's link works. Env `TESTIMONIAL_INVITE_LINK_DAYS`. @default 30 */
  linkDays?: number
  /** Sessions that ended longer ago than this (recorded late, by hand) get no invitation. Env `TESTIMONIAL_INVITE_MAX_AGE_DAYS`. @default 30 */
  maxSessionAgeDays?: number
}

export type InvitationSettings = Required<InvitationOptions>

export const INVITATION_DEFAULTS: InvitationSettings = { delayMinutes: 120, intervalDays: 90, linkDays: 30, maxSessionAgeDays: 30 }

const ENV: Record<keyof InvitationSettings, string> = {
  delayMinutes: 'TESTIMONIAL_INVITE_DELAY_MINUTES',
  intervalDays: 'TESTIMONIAL_INVITE_INTERVAL_DAYS',
  linkDays: 'TESTIMONIAL_INVITE_LINK_DAYS',
  maxSessionAgeDays: 'TESTIMONIAL_INVITE_MAX_AGE_DAYS',
}

/** A whole number of at least `min` (delay 0: ask as soon as the session is recorded), else undefined. */
const wholeNumber = (value: unknown, min: number): number | undefined => {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= min ? number : undefined
}

export const invitationSettings = (options: InvitationOptions = {}, env: Record<string, string | undefined> = process.env): InvitationSettings => {
  const pick = (key: keyof InvitationSettings, min: number) => wholeNumber(options[key], min) ?? wholeNumber(env[ENV[key]], min) ?? INVITATION_DEFAULTS[key]
  return {
    delayMinutes: pick('delayMinutes', 0),
    intervalDays: pick('intervalDays', 0),
    linkDays: pick('linkDays', 1),
    maxSessionAgeDays: pick('maxSessionAgeDays', 1),
  }
}

const MINUTE = 60_000
const DAY = 86_400_000

/** When a session's invitation is due. */
export const sendAtFor = (endTime: Date, { delayMinutes }: Pick<InvitationSettings, 'delayMinutes'>): Date =>
  new Date(endTime.getTime() + delayMinutes * MINUTE)

/** Another invitation to the same client about the same host due within this window means no new one. */
export const intervalAround = (sendAt: Date, { intervalDays }: Pick<InvitationSettings, 'intervalDays'>): { from: Date; to: Date } => ({
  from: new Date(sendAt.getTime() - intervalDays * DAY),
  to: new Date(sendAt.getTime() + intervalDays * DAY),
})

/** Whether a session ended too long ago to ask about it. */
export const tooOld = (endTime: Date, now: Date, { maxSessionAgeDays }: Pick<InvitationSettings, 'maxSessionAgeDays'>): boolean =>
  now.getTime() - endTime.getTime() > maxSessionAgeDays * DAY

/** When a link sent at `sentAt` stops working. */
export const expiresAtFor = (sentAt: Date, { linkDays }: Pick<InvitationSettings, 'linkDays'>): Date => new Date(sentAt.getTime() + linkDays * DAY)
