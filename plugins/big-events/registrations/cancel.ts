/**
 * POST /api/public/big-events/:id/registrations/:token/cancel — the holder of the emailed link cancels, until
 * `cancelCutoffHours` before the start (booking's rule; after it 409 saying so). Under the event's lock in one
 * transaction: the registration becomes `cancelled` (reason visitor), a seat it held is freed and handed to the
 * waiting list, a paid confirmed seat is refunded (`payment.refund-requested`), and the visitor is emailed. A second
 * cancel is a 409 that says it is cancelled already, and changes nothing. Unknown token or another event's: 404.
 */
import type { PayloadRequest } from 'payload'

import {
  beforeCutoff,
  hashToken,
  inTransaction,
  isWellFormedToken,
  parseRecordId,
  publishEvent,
  readOptionalJsonBody,
  relationId,
  requestLocale,
  tokenMatches,
  visitorEndpoint,
} from '@platform'
import { langOf, type Lang } from '@platform/format'
import { REGISTRATIONS, SEAT_STATUSES, TICKET_PURPOSE } from '../slugs'
import { CANCEL_PATH } from './links'
import { Refusal } from './refusal'
import { bodyLocale } from './request'
import { lockEvent, promoteWaitlist, readRegistration, saveTaken, sendRegistrationEmail, updateRegistration, type RegistrationDoc } from './seats'
import { answerTexts } from './texts'

/** The registration the token names (its hash is the lookup; compared again in constant time). */
export const findByToken = async (req: Pick<PayloadRequest, 'payload'> & Partial<PayloadRequest>, token: unknown): Promise<RegistrationDoc | undefined> => {
  if (!isWellFormedToken(token)) return undefined
  const found = await req.payload.find({
    collection: REGISTRATIONS,
    where: { token: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true, // trusted: looking up the presented token is the check itself
    req: req as PayloadRequest,
  })
  const doc = found.docs[0]
  return doc?.token && tokenMatches(token, doc.token) ? doc : undefined
}

const isSeat = (status: string) => (SEAT_STATUSES as readonly string[]).includes(status)

const cancel = (req: PayloadRequest, registrationId: RegistrationDoc['id'], eventId: number, lang: Lang) =>
  inTransaction(req, async () => {
    const now = new Date()
    const event = await lockEvent(req, eventId)
    const registration = await readRegistration(req, registrationId)
    const texts = answerTexts(lang)
    if (!event || !registration) throw new Refusal(texts.registrationNotFound, 404)
    if (registration.status === 'cancelled' || registration.status === 'refunded') throw new Refusal(texts.alreadyCancelled, 409)
    const cutoffHours = event.cancelCutoffHours ?? 24
    if (!beforeCutoff({ start: Date.parse(event.startDate), now: now.getTime(), cutoffHours })) throw new Refusal(texts.cutoff(cutoffHours), 409)
    const refund = registration.status === 'confirmed' && (registration.amount ?? 0) > 0 && registration.paymentId != null
    await updateRegistration(req, registration.id, { status: 'cancelled', cancelReason: 'visitor', cancelledAt: now.toISOString() })
    if (refund)
      await publishEvent(req, 'payment.refund-requested', { paymentId: registration.paymentId!, purpose: TICKET_PURPOSE, reason: 'Cancelled by the attendee' })
    if (isSeat(registration.status)) await saveTaken(req, event, await promoteWaitlist(req, event, now))
    await sendRegistrationEmail(req, { registrationId: registration.id, kind: 'cancelled', refund })
    return { refund }
  })

export const cancelEndpoint = visitorEndpoint({
  path: CANCEL_PATH,
  method: 'post',
  handler: async (req) => {
    // The manage page sends `{}`; a body that is there must still be a JSON object (415/400 before any lookup).
    const body = await readOptionalJsonBody(req)
    const found = await findByToken(req, req.routeParams?.token)
    const eventId = parseRecordId(req.routeParams?.id)
    const lang = bodyLocale(body) ?? (found ? langOf(found.locale) : requestLocale(req))
    if (!found || eventId === undefined || String(relationId(found.event)) !== String(eventId))
      return new Refusal(answerTexts(lang).registrationNotFound, 404).answer()
    try {
      const { refund } = await cancel(req, found.id, relationId(found.event) as number, lang)
      const texts = answerTexts(lang)
      return Response.json({ status: 'cancelled', message: refund ? texts.cancelledRefund : texts.cancelledNow }, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof Refusal) return error.answer()
      throw error
    }
  },
})
