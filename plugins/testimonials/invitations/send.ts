/**
 * Sending invitations when they are due. Each invitation's job is queued for its `sendAt` by the listener
 * (through the outbox); an hourly sweep sends any due invitation whose job was lost or gave up. Both claim the
 * invitation under its lock in one transaction that also queues the email (the outbox), so parallel runs send
 * one email, and a claim never stands without its email. At the last moment an address that opted out, or a site
 * that switched invitations off, gets nothing (the invitation is marked why). The email is made by the composer
 * (invitations/email.ts) from the invitation's id, with the link re-made from the stored seed.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { ID, JobDefinition } from '@platform'
import { getJobs, inTransaction, lockForTransaction, queueEmail, relationId } from '@platform'
import { invitesClients } from '../collections/invitationSetting'
import { REQUESTS } from '../slugs'
import { newInvitationToken } from './links'
import { optOutExists } from './listener'
import { INVITATION_EMAIL, SEND_DUE_INVITATIONS, SEND_INVITATION } from './names'
import { expiresAtFor, type InvitationSettings } from './settings'

export type SendOutcome = 'sent' | 'cancelled' | 'not-due' | 'handled' | 'missing'

/** A job run a little early (clocks of several machines) still counts as due. */
const EARLY_MS = 60_000

export const requestLockKey = (id: ID) => `testimonials:request:${id}`
export const optOutLockKey = (siteId: ID, email: string) => `testimonials:opt-out:${siteId}:${email}`

export const sendInvitation = async (payload: Payload, requestId: ID, { now, settings }: { now: Date; settings: InvitationSettings }): Promise<SendOutcome> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, requestLockKey(requestId))
    const request = await payload.findByID({ collection: REQUESTS, id: requestId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: the job claims the invitation it sends
    if (!request) return 'missing'
    if (request.status !== 'scheduled') return 'handled'
    if (new Date(request.sendAt ?? 0).getTime() > now.getTime() + EARLY_MS) return 'not-due'
    const siteId = relationId(request.site)!
    // Taken after the invitation's lock, as the opt-out link takes it: an opt-out being saved now is seen here.
    await lockForTransaction(req, optOutLockKey(siteId, request.email))
    const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: the site's invitation switch
    const reason =
      !site || !invitesClients(site as unknown as Record<string, unknown>)
        ? 'switched-off'
        : (await optOutExists(req, siteId, request.email))
          ? 'opted-out'
          : undefined
    if (reason) {
      await payload.update({ collection: REQUESTS, id: requestId, data: { status: 'cancelled', cancelReason: reason }, depth: 0, overrideAccess: true, req }) // trusted: the job records why it sent nothing
      return 'cancelled'
    }
    const { hash, seed } = newInvitationToken(payload.secret)
    await payload.update({
      collection: REQUESTS,
      id: requestId,
      data: { status: 'sent', sentAt: now.toISOString(), expiresAt: expiresAtFor(now, settings).toISOString(), token: hash, tokenSeed: seed },
      depth: 0,
      overrideAccess: true, // trusted: the job marks the invitation it sends
      req,
    })
    await queueEmail(req, { compose: INVITATION_EMAIL, args: { requestId } })
    return 'sent'
  })
}

const PAGE = 100

/** Sends every due invitation still waiting (the sweep); returns how many were sent. */
export const sendDueInvitations = async (payload: Payload, { now, settings }: { now: Date; settings: InvitationSettings }): Promise<number> => {
  let sent = 0
  const seen = new Set<string>()
  for (;;) {
    const due = await payload.find({
      collection: REQUESTS,
      where: { and: [{ status: { equals: 'scheduled' } }, { sendAt: { less_than_equal: now.toISOString() } }] },
      sort: 'sendAt',
      depth: 0,
      limit: PAGE,
      select: { status: true },
      overrideAccess: true, // trusted: the sweep across all sites
    })
    const fresh = due.docs.filter((doc) => !seen.has(String(doc.id)))
    if (!fresh.length) return sent
    for (const { id } of fresh) {
      seen.add(String(id))
      if ((await sendInvitation(payload, id, { now, settings })) === 'sent') sent++
    }
  }
}

export const invitationJobs = ({
  settings,
  sweepEvery,
}: {
  settings: () => InvitationSettings
  sweepEvery: string | number
}): JobDefinition<Record<string, unknown>>[] => [
  {
    name: SEND_INVITATION,
    lockLifetimeMs: 2 * 60_000,
    handler: async (data, { payload }) => {
      const requestId = data.requestId as ID | undefined
      if (requestId === undefined) return
      const request = await payload.findByID({
        collection: REQUESTS,
        id: requestId,
        depth: 0,
        disableErrors: true,
        overrideAccess: true, // trusted: the job's own invitation
        select: { sendAt: true },
      })
      const outcome = await sendInvitation(payload, requestId, { now: new Date(), settings: settings() })
      // Run too early (a changed delay, a clock ahead): again when it is due.
      if (outcome === 'not-due' && request?.sendAt) await getJobs(payload).enqueue(SEND_INVITATION, { requestId }, new Date(request.sendAt))
    },
  },
  {
    name: SEND_DUE_INVITATIONS,
    lockLifetimeMs: 10 * 60_000,
    concurrency: 1,
    schedule: { every: sweepEvery },
    handler: async (_data, { payload }) => {
      const sent = await sendDueInvitations(payload, { now: new Date(), settings: settings() })
      if (sent) payload.logger.info(`Sent ${sent} testimonial invitation(s) that their own job had not.`)
    },
  },
]
