/**
 * POST /api/public/big-events/:id/registrations `{ name, email, answers?, locale? }` — a visitor registers.
 * Checked first (nothing written on a refusal): the body (400 with the field), the event (404 unknown or not
 * published, 409 started or cancelled), the answers against its questions (400), the per-IP limit (429). Then one
 * transaction under the event's lock re-reads the event, refuses a second live registration of the address (409),
 * makes the site's client, and takes a seat (free → `confirmed`; paid → `pending_payment` held HOLD_MINUTES with a
 * payment) or joins the waiting list, keeping `currentParticipants` in step. The price is the event's, never the
 * client's. 201 `{ status, message, manageUrl, payUrl?, holdExpiresAt? }`.
 */
import type { PayloadRequest } from 'payload'

import { clientIp, hashIp, inTransaction, parseRecordId, publicSiteInfo, relationId, requestLocale, upsertSiteClient, visitorEndpoint } from '@platform'
import type { Lang } from '@platform/format'
import { readDetails } from '../lib/details'
import { eventZone, priceNow } from '../lib/facts'
import { BIG_EVENTS, HOLD_MINUTES, REGISTRATIONS } from '../slugs'
import { decideSeat, eventRefusal } from './decide'
import { manageUrl, newManageToken, payUrl, REGISTER_PATH } from './links'
import { registerRate } from './rateLimit'
import { errorAnswer, Refusal } from './refusal'
import { bodyLocale, checkAnswers, parseRegistration, type RegistrationRequest } from './request'
import { announceConfirmed, countTaken, createTicketPayment, lockEvent, saveTaken, sendRegistrationEmail, updateRegistration, type EventDoc } from './seats'
import { answerTexts, momentText, requestTexts } from './texts'

/** Registrations that count as "already registered": holding or waiting for a seat. */
export const LIVE_STATUSES = ['pending_payment', 'confirmed', 'waitlisted'] as const

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i

/** The body as JSON, or a 400/415 naming `body` (a malformed body changes nothing). */
const readRawBody = async (req: PayloadRequest, lang: Lang): Promise<{ body: unknown } | { refusal: Refusal }> => {
  if (!JSON_TYPE.test(req.headers.get('content-type') ?? '')) return { refusal: new Refusal(requestTexts(lang).notObject, 415, 'body') }
  try {
    return { body: await req.json?.() }
  } catch {
    return { refusal: new Refusal(requestTexts(lang).malformed, 400, 'body') }
  }
}

const refusalFor = (refusal: 'not-found' | 'started' | 'cancelled', lang: Lang) => {
  const texts = answerTexts(lang)
  if (refusal === 'not-found') return new Refusal(texts.eventNotFound, 404)
  return new Refusal(refusal === 'started' ? texts.started : texts.cancelled, 409)
}

/** The event a visitor may see: published (or over / cancelled, for a clear 409) on a published site. */
const findPublicEvent = async (req: PayloadRequest, rawId: unknown): Promise<EventDoc | undefined> => {
  const id = parseRecordId(rawId)
  if (id === undefined) return undefined
  const event = await req.payload.findByID({ collection: BIG_EVENTS, id, depth: 0, disableErrors: true, overrideAccess: true, req }) // trusted: the event the public URL names; only its status is judged before anything is said
  if (!event || event.status === 'draft') return undefined
  const site = await publicSiteInfo(req, event.site)
  return site?.isPublished ? event : undefined
}

type Registered = { status: 'confirmed' | 'pending_payment' | 'waitlisted'; token: string; sessionId?: string; holdExpiresAt?: string; event: EventDoc }

const register = async (req: PayloadRequest, eventId: EventDoc['id'], request: RegistrationRequest & { answers: Record<string, unknown>; locale: Lang }) => {
  const now = new Date()
  const { token, hash, seed } = newManageToken(req.payload.secret)
  return inTransaction(req, async (): Promise<Registered> => {
    const event = await lockEvent(req, eventId)
    const refusal = event ? eventRefusal({ status: event.status, startDate: event.startDate, now }) : 'not-found'
    if (!event || refusal) throw refusalFor(refusal ?? 'not-found', request.locale)
    const siteId = relationId(event.site)!
    const existing = await req.payload.count({
      collection: REGISTRATIONS,
      where: { and: [{ event: { equals: event.id } }, { email: { equals: request.email } }, { status: { in: [...LIVE_STATUSES] } }] },
      overrideAccess: true, // trusted: is this address already registered (answered only as a 409, to whoever holds the address)
      req,
    })
    if (existing.totalDocs) throw new Refusal(answerTexts(request.locale).alreadyRegistered, 409, 'email')
    const clientId = await upsertSiteClient({ req, siteId, email: request.email, name: request.name })
    const taken = await countTaken(req, event.id)
    const amount = priceNow(event, now)
    const status: Registered['status'] = decideSeat({ price: amount, maxParticipants: event.maxParticipants, taken })
    const holdExpiresAt = status === 'pending_payment' ? new Date(now.getTime() + HOLD_MINUTES * 60_000).toISOString() : undefined
    const registration = await req.payload.create({
      collection: REGISTRATIONS,
      data: {
        site: siteId as number,
        event: event.id,
        client: clientId as number,
        name: request.name,
        email: request.email,
        locale: request.locale,
        status,
        amount,
        answers: request.answers,
        token: hash,
        tokenSeed: seed,
        ...(holdExpiresAt ? { holdExpiresAt } : {}),
        ...(status === 'confirmed' ? { confirmedAt: now.toISOString() } : {}),
      },
      depth: 0,
      overrideAccess: true, // trusted: the visitor's registration, made by this endpoint after its own checks, priced from the event
      req,
    })
    let sessionId: string | undefined
    if (status === 'pending_payment') {
      const payment = await createTicketPayment(req, { registration, event, amount, token })
      await updateRegistration(req, registration.id, { paymentId: payment.id })
      sessionId = payment.sessionId ?? undefined
    }
    if (status !== 'waitlisted') await saveTaken(req, event, taken + 1)
    if (status === 'confirmed') {
      await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'confirmed' })
      await announceConfirmed(req, registration)
    }
    if (status === 'waitlisted') await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'waitlisted' })
    return { status, token, sessionId, holdExpiresAt, event }
  })
}

export const registerEndpoint = visitorEndpoint({
  path: REGISTER_PATH,
  method: 'post',
  handler: async (req) => {
    const raw = await readRawBody(req, requestLocale(req))
    if ('refusal' in raw) return raw.refusal.answer()
    const lang = bodyLocale(raw.body) ?? requestLocale(req)
    const parsed = parseRegistration(raw.body, lang)
    if (parsed.errors) return errorAnswer(parsed.errors, 400)
    const event = await findPublicEvent(req, req.routeParams?.id)
    if (!event) return refusalFor('not-found', lang).answer()
    const closed = eventRefusal({ status: event.status, startDate: event.startDate, now: new Date() })
    if (closed) return refusalFor(closed, lang).answer()
    const answers = checkAnswers(readDetails(event.details).questions, parsed.value.answers, lang)
    if (answers.errors) return errorAnswer(answers.errors, 400)
    // Every well-formed attempt counts, before anything is written: one atomic count shared by all app processes.
    const rate = await registerRate.consume(req, hashIp(req, clientIp(req)))
    if (!rate.allowed) return errorAnswer([{ message: answerTexts(lang).tooMany }], 429, { 'Retry-After': String(rate.retryAfterSeconds) })
    try {
      const done = await register(req, event.id, { ...parsed.value, answers: answers.value, locale: lang })
      const texts = answerTexts(lang)
      const serverURL = req.payload.config.serverURL
      const message =
        done.status === 'confirmed'
          ? texts.confirmed
          : done.status === 'waitlisted'
            ? texts.waitlisted
            : texts.held(momentText(done.holdExpiresAt!, lang, eventZone(done.event)))
      return Response.json(
        {
          status: done.status,
          message,
          manageUrl: manageUrl(serverURL, done.token),
          ...(done.sessionId ? { payUrl: payUrl(serverURL, done.sessionId), holdExpiresAt: done.holdExpiresAt } : {}),
        },
        { status: 201, headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      if (error instanceof Refusal) return error.answer()
      throw error
    }
  },
})
