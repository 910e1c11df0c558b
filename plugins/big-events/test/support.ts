/** Fixtures of the announcement and reminder tests: events, newsletter subscribers, registrations, the SMTP inbox. */
import type { DataFromCollectionSlug, Payload } from 'payload'

import { createSeededToken } from '@platform'
import type { ReceivedMail, SmtpListener } from '@platform/testing'
import { mimePart } from '@platform/testing'
import { SUBSCRIPTIONS, UNSUBSCRIBE_PURPOSE } from '../announcements/newsletterContract'
import { REGISTRATION_TOKEN_PURPOSE } from '../reminders/manageLink'
import { BIG_EVENTS, REGISTRATIONS, type RegistrationStatus } from '../slugs'

let unique = 0
const next = () => `${Date.now().toString(36)}${++unique}`

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/** A draft event of the site, as its owner would make it (trusted setup). */
export const createEvent = async (payload: Payload, siteId: number, data: Record<string, unknown> = {}) => {
  const start = new Date(Date.now() + 30 * DAY)
  return payload.create({
    collection: BIG_EVENTS,
    data: {
      site: siteId,
      title: `Weekend z jogą ${next()}`,
      startDate: start.toISOString(),
      endDate: new Date(start.getTime() + 6 * HOUR).toISOString(),
      maxParticipants: 20,
      price: 450,
      location: 'Pensjonat Pod Giewontem, Zakopane',
      ...data,
    } as DataFromCollectionSlug<typeof BIG_EVENTS>,
    overrideAccess: true, // trusted test setup
  })
}

/**
 * Newsletter subscribers stored the way the newsletter's confirm endpoint leaves them (tokens included), straight
 * through the database adapter: no plan check, no hooks (as the newsletter's own bulk fixtures do).
 */
export const addSubscribers = async (
  payload: Payload,
  siteId: number,
  count: number,
  {
    locale = 'pl',
    isActive = true,
    isConfirmed = true,
    prefix = 'reader',
  }: { locale?: 'pl' | 'en'; isActive?: boolean; isConfirmed?: boolean; prefix?: string } = {},
): Promise<{ id: number; email: string }[]> => {
  const made: { id: number; email: string }[] = []
  const run = next()
  for (let index = 0; index < count; index++) {
    const token = createSeededToken({ secret: payload.secret, purpose: UNSUBSCRIBE_PURPOSE })
    const email = `${prefix}-${run}-${index}@example.test`
    const now = new Date().toISOString()
    const doc = await payload.db.create({
      collection: SUBSCRIPTIONS,
      data: {
        site: siteId,
        email,
        frequency: 'each',
        locale,
        isActive,
        isConfirmed,
        subscribedAt: now,
        ...(isConfirmed ? { confirmedAt: now } : {}),
        emailsSent: 0,
        emailsOpened: 0,
        emailsClicked: 0,
        softBounceCount: 0,
        unsubscribeToken: token.hash,
        unsubscribeTokenSeed: token.seed,
      },
    })
    made.push({ id: Number(doc.id), email })
  }
  return made
}

/** A registration as the registration code leaves it, with its manage token (returned) stored as hash + seed. */
export const addRegistration = async (
  payload: Payload,
  {
    siteId,
    eventId,
    clientId,
    ...data
  }: { siteId: number; eventId: number; clientId: number; status: RegistrationStatus; locale?: 'pl' | 'en'; confirmedAt?: string },
): Promise<{ id: number; email: string; token: string }> => {
  const token = createSeededToken({ secret: payload.secret, purpose: REGISTRATION_TOKEN_PURPOSE })
  const email = `attendee-${next()}@example.test`
  const doc = await payload.create({
    collection: REGISTRATIONS,
    data: { site: siteId, event: eventId, client: clientId, name: 'Anna Nowak', email, locale: 'pl', ...data, token: token.hash, tokenSeed: token.seed },
    overrideAccess: true, // trusted test setup: registrations are written by the platform only
  })
  return { id: Number(doc.id), email, token: token.token }
}

export const mailsTo = (smtp: SmtpListener, to: string): ReceivedMail[] => smtp.received.filter((mail) => mail.accepted && mail.headers.to?.includes(to))
export const textOf = (mail: ReceivedMail) => mimePart(mail.raw, 'text/plain') ?? ''
export const htmlOf = (mail: ReceivedMail) => mimePart(mail.raw, 'text/html') ?? ''
export const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
