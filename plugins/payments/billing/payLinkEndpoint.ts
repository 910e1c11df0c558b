/**
 * `GET /api/payments/pay/:sessionId`: the pay link of a pending payment, for payments other plugins create (a
 * workshop ticket). Registers it with P24 the first time and 303-redirects to P24's payment page; later visits
 * go to the same page. The session id (a random UUID) is the only credential: anyone holding the link may pay,
 * nobody learns anything else from it. 404 unknown, 409 no longer pending, 503 payments not configured, 502 P24
 * failed (the payment stays pending: the visitor may try again, and reconciliation expires it if never paid).
 */
import type { Endpoint } from 'payload'

import { clientIp, hashIp, inTransaction, jsonError, lockForTransaction, say, t, tooManyRequests, visitorEndpoint } from '@platform'
import { startCheckout } from '../checkout/startCheckout'
import { readPaymentsSettings } from '../checkout/settings'
import { PAYMENTS } from '../types'
import { NOT_CONFIGURED, P24_DID_NOT_START, payLinkRate } from './rates'

const SESSION = /^[A-Za-z0-9-]{1,100}$/
const NOT_PENDING = t(
  'This payment is not waiting to be paid any more (it was paid, failed or expired).',
  'Ta płatność nie czeka już na zapłatę (została opłacona, nie powiodła się albo wygasła).',
)
const UNKNOWN = t('Unknown payment: check the link in your email.', 'Nieznana płatność – sprawdź link w wiadomości e-mail.')

const redirect = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } })

export const payLinkEndpoint: Endpoint = visitorEndpoint({
  path: '/pay/:sessionId',
  method: 'get',
  handler: async (req) => {
    const sessionId = String(req.routeParams?.sessionId ?? '')
    if (!SESSION.test(sessionId)) return jsonError(say(req, UNKNOWN), 404)
    const rate = await payLinkRate.consume(req, hashIp(req, clientIp(req)))
    if (!rate.allowed)
      return tooManyRequests(
        say(req, t('Too many attempts. Please wait a while and try again.', 'Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.')),
        rate.retryAfterSeconds,
      )
    const found = await req.payload.find({ collection: PAYMENTS, where: { sessionId: { equals: sessionId } }, limit: 1, depth: 0, overrideAccess: true }) // trusted: the session id is the credential
    const id = found.docs[0]?.id
    // Unknown first: a made-up link is a 404 whether or not payments are configured (no 5xx for a guess).
    if (id === undefined) return jsonError(say(req, UNKNOWN), 404)
    const settings = readPaymentsSettings(process.env)
    if (!settings) return jsonError(say(req, NOT_CONFIGURED), 503)
    try {
      // Under the payment's lock: two clicks at once register it with P24 once.
      const location = await inTransaction(req, async () => {
        await lockForTransaction(req, `payment:${id}`)
        const payment = await req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: true, req }) // trusted: as above
        if (payment.status !== 'pending') return null
        if (payment.token) return `${settings.p24.baseUrl}/trnRequest/${encodeURIComponent(payment.token)}`
        return (await startCheckout({ req, payment })).redirectUrl
      })
      return location ? redirect(location) : jsonError(say(req, NOT_PENDING), 409)
    } catch (err) {
      req.payload.logger.error({ err, msg: 'Pay link: P24 registration failed', paymentId: id })
      return jsonError(say(req, P24_DID_NOT_START), 502)
    }
  },
})
