/**
 * POST /api/public/sites/:identifier/newsletter `{ email, frequency?, consent: true, locale? }` — a visitor
 * signs up (double opt-in). Always the same 202 (lib/subscribeAnswer.ts) whether the address is new, pending,
 * confirmed, or the owner's list is full: no enumeration. Under a lock per (site, address), in one transaction:
 * - new (or unsubscribed earlier): an unconfirmed subscription and the confirmation email;
 * - pending: a new confirmation link (7 days again), sent again;
 * - confirmed: nothing changes; a "you are already subscribed" note with the preferences link.
 * Emails are composed when sent (emails/composer.ts), so no token is kept in the queue. 400 bad body,
 * 404 unknown site, 429 over the per-IP or per-address limit (counted before anything is written).
 */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'
import { z } from 'zod'

import type { PublishedSite } from '@platform'
import {
  clientIp,
  EMAIL_MAX_LENGTH,
  findPublishedSite,
  hashIp,
  inTransaction,
  jsonError,
  lockForTransaction,
  parseEmail,
  queueEmail,
  readBody,
  requestLocale,
  say,
  t,
  tooManyRequests,
  visitorEndpoint,
  zodText,
} from '@platform'
import { SUBSCRIBER_EMAIL, type SubscriberEmailKind } from '../emails/composer'
import { subscribeAnswer } from '../lib/subscribeAnswer'
import { CONFIRM_PURPOSE, newToken } from '../lib/tokens'
import { FREQUENCIES, SUBSCRIPTIONS } from '../slugs'
import { tellOwnerListIsFull } from './listFull'
import { subscribeRatePerAddress, subscribeRatePerIp } from './rateLimit'

const bodySchema = z.strictObject({
  email: z.string().max(EMAIL_MAX_LENGTH + 64),
  frequency: z.enum(FREQUENCIES).default('each'),
  consent: z.literal(true, { error: zodText(t('tick the box to subscribe', 'zaznacz zgodę, aby się zapisać')) }),
  locale: z.enum(['pl', 'en']).optional(),
})

type Request = { email: string; frequency: (typeof FREQUENCIES)[number]; locale: 'pl' | 'en' }

/** Creates, renews or leaves the subscription and queues its email, in one transaction (the outbox). */
const subscribe = async (req: PayloadRequest, site: PublishedSite, request: Request): Promise<void> =>
  inTransaction(req, async () => {
    const send = (subscriptionId: number | string, kind: SubscriberEmailKind) => queueEmail(req, { compose: SUBSCRIBER_EMAIL, args: { subscriptionId, kind } })
    // Parallel sign-ups of one address on one site run one after another (the unique index is the backstop).
    await lockForTransaction(req, `newsletter:subscribe:${site.id}:${request.email}`)
    const found = await req.payload.find({
      collection: SUBSCRIPTIONS,
      where: { and: [{ site: { equals: site.id } }, { email: { equals: request.email } }] },
      depth: 0,
      limit: 1,
      overrideAccess: true, // trusted: the endpoint looks up the address it was given; nothing of it is answered
      req,
    })
    const existing = found.docs[0]
    if (existing?.isActive && existing.isConfirmed) return send(existing.id, 'already')
    if (!existing) {
      const created = await req.payload.create({
        collection: SUBSCRIPTIONS,
        data: { site: site.id, email: request.email, frequency: request.frequency, locale: request.locale, isActive: true },
        overrideAccess: true, // trusted: the visitor's own sign-up, unconfirmed until they click the emailed link
        req,
      })
      return send(created.id, 'confirm')
    }
    // Pending, or unsubscribed earlier: a fresh confirmation (a new 7-day link replaces the old one).
    const confirm = newToken(req.payload.secret, CONFIRM_PURPOSE)
    const now = new Date().toISOString()
    await req.payload.update({
      collection: SUBSCRIPTIONS,
      id: existing.id,
      data: {
        frequency: request.frequency,
        locale: request.locale,
        isActive: true,
        isConfirmed: false,
        confirmedAt: null,
        unsubscribedAt: null,
        ...(existing.isActive ? {} : { subscribedAt: now }),
        confirmationToken: confirm.hash,
        confirmationTokenSeed: confirm.seed,
        confirmationSentAt: now,
      },
      overrideAccess: true, // trusted: renewing the visitor's own unconfirmed sign-up
      req,
    })
    return send(existing.id, 'confirm')
  })

export const subscribeEndpoint = visitorEndpoint({
  path: '/public/sites/:identifier/newsletter',
  method: 'post',
  handler: async (req) => {
    const site = await findPublishedSite(req, req.routeParams?.identifier)
    if (!site) return jsonError(say(req, t('Site not found.', 'Nie znaleziono strony.')), 404)
    const body = await readBody(req, bodySchema)
    const email = parseEmail(body.email)
    // In the language of the page the visitor signs up on (the form sends it), else their browser's.
    const lang = body.locale ?? requestLocale(req)
    if (!email) return jsonError(t('Enter a valid email address.', 'Wpisz poprawny adres e-mail.')[lang], 400)
    const request: Request = { email, frequency: body.frequency, locale: body.locale ?? 'pl' }

    // Every well-formed attempt counts, before anything is written.
    const perIp = await subscribeRatePerIp.consume(req, hashIp(req, clientIp(req)))
    if (!perIp.allowed)
      return tooManyRequests(
        t('Too many sign-ups from your network. Please try again later.', 'Z Twojej sieci wysłano zbyt wiele zapisów. Spróbuj ponownie później.')[lang],
        perIp.retryAfterSeconds,
      )
    const perAddress = await subscribeRatePerAddress.consume(req, hashIp(req, `newsletter:${email}`))
    if (!perAddress.allowed)
      return tooManyRequests(
        t('Too many sign-ups for this address. Please try again later.', 'Ten adres zapisywano już zbyt wiele razy. Spróbuj ponownie później.')[lang],
        perAddress.retryAfterSeconds,
      )

    try {
      await subscribe(req, site, request)
    } catch (error) {
      // The owner's plan is full (enforceLimit's 403): the same answer, nothing stored or sent, the owner told once.
      if (!(error instanceof APIError && error.status === 403)) throw error
      await tellOwnerListIsFull({ req, site })
    }
    return Response.json(subscribeAnswer(email, request.locale), { status: 202 })
  },
})
