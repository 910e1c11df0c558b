/**
 * `big-events.announce`: emails a published event to its site's confirmed, active newsletter subscribers, each
 * exactly once, even when a run dies halfway.
 *
 * - Subscribers are read a page at a time (keyset on id), never all at once.
 * - For each recipient one transaction records the `big-event-announcements` row and queues the email
 *   (`queueEmail` writes its outbox row on the same transaction, so the two commit or vanish together); the
 *   recipient lock makes two runs for one event take turns, and the unique (event, email) index stands behind it.
 * - A rerun (Agenda's retry after a crash, a lock taken over after a killed process) skips whoever has a row.
 * - At the end `emailSent` and `emailSentAt` are set under the event's lock; an event already sent is never
 *   announced again (re-publishing after unpublishing included).
 * The emails carry ids only; the unsubscribe link is made when each is sent (announcements/email.ts).
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { JobDefinition } from '@platform'
import { findPublishedSite, inTransaction, lockForTransaction, publicSiteInfo, queueEmail, relationId } from '@platform'
import { ANNOUNCEMENTS, BIG_EVENTS } from '../slugs'
import { ANNOUNCE_JOB, ANNOUNCEMENT_EMAIL, eventLock, pageSize, recipientLock, testCrashAfter } from './names'
import { SUBSCRIPTIONS } from './newsletterContract'

type EventRow = { id: number; site: unknown; status?: string | null; sendEmailOnPublish?: boolean | null; emailSent?: boolean | null }
type Recipient = { id: number; email: string; locale?: string | null }

export type AnnounceOutcome = 'sent' | 'already-sent' | 'not-announced'

/** Whether the event is to be announced now: published, asked for, not sent yet. */
export const wantsAnnouncement = (event: Pick<EventRow, 'status' | 'sendEmailOnPublish' | 'emailSent'> | null | undefined): boolean =>
  Boolean(event && event.status === 'published' && event.sendEmailOnPublish && !event.emailSent)

const readEvent = (payload: Payload, eventId: number | string, req?: PayloadRequest) =>
  payload.findByID({ collection: BIG_EVENTS, id: eventId, depth: 0, disableErrors: true, overrideAccess: true, req }) as Promise<EventRow | null> // trusted job: the event it announces

/** One page of the site's confirmed, active subscribers after `afterId` (id order). */
const subscribersAfter = async (payload: Payload, siteId: number | string, afterId: number, limit: number): Promise<Recipient[]> => {
  const page = await payload.find({
    collection: SUBSCRIPTIONS,
    where: {
      and: [{ site: { equals: siteId } }, { isConfirmed: { equals: true } }, { isActive: { equals: true } }, { id: { greater_than: afterId } }],
    },
    sort: 'id',
    limit,
    pagination: false,
    depth: 0,
    select: { email: true, locale: true },
    overrideAccess: true, // trusted job: the site's own subscribers, for the announcement they subscribed to receive
  })
  return page.docs as unknown as Recipient[]
}

/** Addresses of `emails` that already have the event's announcement row. */
const alreadyAnnounced = async (payload: Payload, eventId: number, emails: string[]): Promise<Set<string>> => {
  if (!emails.length) return new Set()
  const rows = await payload.find({
    collection: ANNOUNCEMENTS,
    where: { and: [{ event: { equals: eventId } }, { email: { in: emails } }] },
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true, // trusted job: its own records
  })
  return new Set(rows.docs.map((row) => String(row.email)))
}

/** Records one recipient and queues their email in one transaction; false when a row was there already. */
const announceTo = async (payload: Payload, event: EventRow, recipient: Recipient, now: Date): Promise<boolean> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, recipientLock(event.id))
    const existing = await payload.count({
      collection: ANNOUNCEMENTS,
      where: { and: [{ event: { equals: event.id } }, { email: { equals: recipient.email } }] },
      overrideAccess: true, // trusted job: its own records
      req,
    })
    if (existing.totalDocs > 0) return false
    const row = await payload.create({
      collection: ANNOUNCEMENTS,
      data: {
        site: relationId(event.site) as number,
        event: event.id,
        email: recipient.email,
        subscriptionId: recipient.id,
        locale: recipient.locale === 'en' ? 'en' : 'pl',
        sentAt: now.toISOString(),
      },
      depth: 0,
      overrideAccess: true, // trusted job: the platform's record of whom it announced the event to (closed to the API)
      req,
    })
    await queueEmail(req, { compose: ANNOUNCEMENT_EMAIL, args: { announcementId: row.id } })
    return true
  })
}

/** Marks the event announced under its lock; false when another run did first. */
const markSent = async (payload: Payload, eventId: number, now: Date): Promise<boolean> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, eventLock(eventId))
    const event = await readEvent(payload, eventId, req)
    if (!event || event.emailSent) return false
    await payload.update({
      collection: BIG_EVENTS,
      id: eventId,
      data: { emailSent: true, emailSentAt: now.toISOString() },
      depth: 0,
      overrideAccess: true, // trusted job: the platform records that the announcement went out
      req,
    })
    return true
  })
}

/** Announces the event; how many recipients this run recorded, and the outcome. */
export const announceEvent = async (
  payload: Payload,
  eventId: number | string,
  { now = () => new Date(), crashAfter = testCrashAfter(), perPage = pageSize() }: { now?: () => Date; crashAfter?: number; perPage?: number } = {},
): Promise<{ outcome: AnnounceOutcome; recorded: number }> => {
  const event = await readEvent(payload, eventId)
  if (!event) return { outcome: 'not-announced', recorded: 0 }
  if (event.emailSent) return { outcome: 'already-sent', recorded: 0 }
  if (!wantsAnnouncement(event)) return { outcome: 'not-announced', recorded: 0 }
  // Subscribers are sent to the event's page: none until the site itself is public.
  const site = await publicSiteInfo({ payload }, event.site)
  if (!site || !(await findPublishedSite({ payload }, site.identifier))) {
    payload.logger.warn({ msg: `Big event ${event.id}: its site is not published, so it is not announced` })
    return { outcome: 'not-announced', recorded: 0 }
  }
  let recorded = 0
  let afterId = 0
  for (;;) {
    const page = await subscribersAfter(payload, site.id, afterId, perPage)
    if (!page.length) break
    afterId = page[page.length - 1].id
    // Unpublished or cancelled meanwhile: stop; a later publish continues where this stopped.
    if (!wantsAnnouncement(await readEvent(payload, event.id))) return { outcome: 'not-announced', recorded }
    const done = await alreadyAnnounced(
      payload,
      event.id,
      page.map((recipient) => recipient.email),
    )
    for (const recipient of page) {
      if (done.has(recipient.email)) continue
      if (await announceTo(payload, event, recipient, now())) recorded += 1
      if (crashAfter !== undefined && recorded >= crashAfter) throw new Error(`Test crash of ${ANNOUNCE_JOB} after ${recorded} recipients`)
    }
    if (page.length < perPage) break
  }
  await markSent(payload, event.id, now())
  return { outcome: 'sent', recorded }
}

export const announceJob: JobDefinition<{ eventId?: number | string }> = {
  name: ANNOUNCE_JOB,
  // A run renews its lock while it works (the jobs runtime); a process killed halfway lets another worker take
  // the job over after this long, and the rerun skips whoever was recorded.
  lockLifetimeMs: 5 * 60_000,
  concurrency: 2,
  maxRetries: 8,
  retryDelayMs: 30_000,
  handler: async ({ eventId }, { payload }) => {
    if (eventId === undefined) return
    const { outcome, recorded } = await announceEvent(payload, eventId)
    payload.logger.info({ msg: `Big event ${eventId}: announcement ${outcome} (${recorded} recipients in this run)` })
  },
}
