/**
 * The listener on `booking.session-attended` (declared by the booking plugin; this plugin imports none of its
 * code): each client of the session gets one invitation record, due `delayMinutes` after the session ended,
 * unless the site switched invitations off, the address opted out, the session is too old, or the same client
 * was asked about the same host within `intervalDays`. Each client is decided in its own transaction under a
 * lock per (site, host, address), so two sessions ending together never make two invitations, and a retried
 * listener finds the ones it made (unique per session and address) and makes no second one. The email itself
 * is queued for `sendAt` (invitations/send.ts).
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'
import { z } from 'zod'

import type { EventListener, PlatformEvents } from '@platform'
import { enqueueAfterCommit, inTransaction, lockForTransaction, parseEmail } from '@platform'
import { invitesClients } from '../collections/invitationSetting'
import { OPT_OUTS, REQUESTS } from '../slugs'
import { SEND_INVITATION } from './names'
import { intervalAround, sendAtFor, tooOld, type InvitationSettings } from './settings'

type SessionAttended = PlatformEvents['booking.session-attended']

/** What this plugin relies on in the event (another plugin's data is checked, not trusted). */
const eventSchema = z.object({
  sessionId: z.union([z.number(), z.string().min(1).max(100)]),
  siteId: z.union([z.number(), z.string().min(1)]),
  hostKey: z.string().min(1).max(100),
  hostName: z.string().max(200),
  title: z.string().max(200),
  endTime: z.iso.datetime({ offset: true }),
  clients: z.array(z.object({ name: z.string(), email: z.string(), locale: z.enum(['pl', 'en']).catch('pl') })).max(1000),
})

export type InviteOutcome = 'invited' | 'opted-out' | 'already-invited' | 'asked-recently' | 'bad-address'

export const inviteLockKey = (siteId: number | string, hostKey: string, email: string) => `testimonials:invite:${siteId}:${hostKey}:${email}`

/** Whether the address asked this site never to ask it again (read in the caller's transaction). */
export const optOutExists = async (req: PayloadRequest, siteId: number | string, email: string) =>
  (
    await req.payload.count({
      collection: OPT_OUTS,
      where: { and: [{ site: { equals: siteId } }, { email: { equals: email } }] },
      overrideAccess: true, // trusted: the platform checks a client's own choice before asking them
      req,
    })
  ).totalDocs > 0

type Session = z.infer<typeof eventSchema>

const inviteClient = async (payload: Payload, session: Session, client: Session['clients'][number], sendAt: Date, settings: InvitationSettings) => {
  const email = parseEmail(client.email)
  if (!email) return 'bad-address' as const
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async (): Promise<InviteOutcome> => {
    await lockForTransaction(req, inviteLockKey(session.siteId, session.hostKey, email))
    if (await optOutExists(req, session.siteId, email)) return 'opted-out'
    const { from, to } = intervalAround(sendAt, settings)
    const earlier = await payload.find({
      collection: REQUESTS,
      where: {
        and: [
          { site: { equals: session.siteId } },
          { email: { equals: email } },
          {
            or: [
              { sessionId: { equals: String(session.sessionId) } },
              {
                and: [
                  { hostKey: { equals: session.hostKey } },
                  { status: { not_equals: 'cancelled' } },
                  { sendAt: { greater_than: from.toISOString() } },
                  { sendAt: { less_than: to.toISOString() } },
                ],
              },
            ],
          },
        ],
      },
      select: { sessionId: true },
      depth: 0,
      limit: 1,
      overrideAccess: true, // trusted: the listener reads the site's own invitation records
      req,
    })
    const found = earlier.docs[0]
    if (found) return found.sessionId === String(session.sessionId) ? 'already-invited' : 'asked-recently'
    const request = await payload.create({
      collection: REQUESTS,
      data: {
        site: session.siteId as number,
        email,
        name: client.name.trim().slice(0, 200),
        locale: client.locale,
        hostKey: session.hostKey,
        hostName: session.hostName.slice(0, 200),
        sessionId: String(session.sessionId),
        sessionTitle: session.title.slice(0, 200),
        sessionEndedAt: session.endTime,
        status: 'scheduled',
        sendAt: sendAt.toISOString(),
      },
      depth: 0,
      overrideAccess: true, // trusted: the platform records an invitation; nobody may create one over the API
      req,
    })
    // The email goes out when it is due; the job is recorded with the invitation (the outbox).
    await enqueueAfterCommit(req, SEND_INVITATION, { requestId: request.id }, sendAt)
    return 'invited'
  })
}

/** Decides and records the invitations of one attended session; returns each client's outcome (by address). */
export const inviteSessionClients = async (
  payload: Payload,
  data: SessionAttended,
  { settings, now = new Date() }: { settings: InvitationSettings; now?: Date },
): Promise<Record<string, InviteOutcome> | 'ignored'> => {
  const parsed = eventSchema.safeParse(data)
  if (!parsed.success) {
    payload.logger.warn({ msg: 'testimonials: a booking.session-attended event with unexpected data was ignored', issues: parsed.error.issues.slice(0, 3) })
    return 'ignored'
  }
  const session = parsed.data
  const endTime = new Date(session.endTime)
  if (tooOld(endTime, now, settings)) return 'ignored'
  const site = await payload.findByID({
    collection: 'sites',
    id: session.siteId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the site's invitation switch
  })
  if (!site || !invitesClients(site as unknown as Record<string, unknown>)) return 'ignored'
  const sendAt = sendAtFor(endTime, settings)
  const outcomes: Record<string, InviteOutcome> = {}
  // One client at a time: each is its own transaction and lock, so a failure retries only what is left.
  for (const client of session.clients) outcomes[client.email] = await inviteClient(payload, session, client, sendAt, settings)
  return outcomes
}

export const INVITE_LISTENER = 'testimonials.invite-after-session'

export const inviteAfterSessionListener = (settings: () => InvitationSettings): EventListener<'booking.session-attended'> => ({
  event: 'booking.session-attended',
  name: INVITE_LISTENER,
  lockLifetimeMs: 5 * 60_000,
  handler: async (data, { payload }) => {
    await inviteSessionClients(payload, data, { settings: settings() })
  },
})
