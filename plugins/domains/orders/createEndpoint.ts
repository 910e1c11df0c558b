/**
 * `POST /api/domains/orders` `{ site, name }`: the site's owner or an admin orders a domain. Answers
 * 201 `{ order, payUrl }` (send the owner to `payUrl`, the payments plugin's pay link), or 200 with the same when
 * this site's order for the name already waits for payment (a second click). Refusals, in the request's language:
 * 401 signed out; 400 no site, a bad body or an invalid name (OVH is not asked); 403 another role or user, or a
 * plan without custom domains; 409 the name is on the platform already (any site: a domain is never attached to two
 * sites) or registered by someone; 422 OVH does not sell it; 429 past DOMAINS_ORDERS_PER_HOUR; 503 OVH not
 * configured; 502 OVH failing (the message names the cause). Nothing is created unless all checks pass.
 *
 * Under the lock of the name, in one transaction: the name is checked again, then the order (`pending_payment`,
 * the price OVH quoted just now with VAT) and its payment (purpose `domain`, reference = the order id) are
 * created, so two parallel orders for one name make one (the unique index on `domainName` stands behind it).
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import {
  enforceLimit,
  inTransaction,
  jsonError,
  lockForTransaction,
  parseRecordId,
  rateLimit,
  readJsonBody,
  relationId,
  requestLocale,
  roleIn,
  roleOnSite,
  sameId,
  tooManyRequests,
} from '@platform'
import { langOf } from '@platform/format'
import { isOvhError, type OvhApi } from '../ovh'
import { normalizeDomainInput, parseSearchName } from '../search/domainName'
import { availabilityOf, vatPercentFrom, type DomainAvailability } from '../search/offers'
import { DOMAIN_ORDERS } from '../slugs'
import { orderUrl, payLink } from './links'
import { nameLock } from './locks'
import { nameHolder } from './nameHolder'
import { orderView, type DomainOrderDoc } from './orderView'
import { ovhFromEnv } from './ovhAccess'
import { ordersPerHour } from './settings'
import { initialSteps } from './steps'
import { inUseMessage, notSoldMessage, ORDER_TEXT, paymentDescription, takenMessage } from './texts'

const orderRate = rateLimit({ name: 'domains.order', points: () => ordersPerHour(), durationSeconds: 3600 })

/** OVH's offer for the one name, now: a cart, then the offers (a name OVH refuses outright is "not offered"). */
const askOvh = async (api: OvhApi, domain: string): Promise<DomainAvailability> => {
  const cart = await api.createCart({ ovhSubsidiary: 'PL', description: 'domain order check' })
  try {
    return availabilityOf(domain, await api.domainOffers(cart.cartId, domain), vatPercentFrom(process.env.DOMAINS_VAT_PERCENT))
  } catch (error) {
    if (isOvhError(error) && error.kind === 'bad-request') return availabilityOf(domain, [])
    throw error
  }
}

const isUniqueViolation = (error: unknown) =>
  error instanceof ValidationError && (error.data?.errors ?? []).some((problem: { path?: string }) => problem.path === 'domainName')

type Created = { kind: 'created' | 'existing'; order: DomainOrderDoc; sessionId: string | null } | { kind: 'conflict' }

const createOrder = async (
  req: PayloadRequest,
  { siteId, ascii, unicode, gross, net }: { siteId: number | string; ascii: string; unicode: string; gross: number; net: number },
): Promise<Created> =>
  inTransaction(req, async () => {
    await lockForTransaction(req, nameLock(ascii))
    const holder = await nameHolder(req, ascii)
    if (holder?.kind === 'order' && sameId(holder.order.site, siteId) && holder.order.status === 'pending_payment') {
      const payment = typeof holder.order.paymentId === 'number' ? holder.order.paymentId : undefined
      const sessionId =
        payment === undefined
          ? null
          : ((
              await req.payload.findByID({
                collection: 'payments',
                id: payment,
                depth: 0,
                select: { sessionId: true },
                disableErrors: true,
                overrideAccess: true, // trusted: the pay link of this site's own pending order
                req,
              })
            )?.sessionId ?? null)
      return { kind: 'existing', order: holder.order, sessionId }
    }
    if (holder) return { kind: 'conflict' }
    const user = req.user!
    const order = await req.payload.create({
      collection: DOMAIN_ORDERS,
      data: {
        site: Number(siteId),
        user: user.id,
        domainName: ascii,
        unicodeName: unicode,
        kind: 'purchase',
        status: 'pending_payment',
        price: gross,
        priceNet: net,
        steps: initialSteps(),
      },
      overrideAccess: true, // trusted: the caller manages the site (checked above); orders are created only here, after the checks
      req,
    })
    const payment = await req.payload.create({
      collection: 'payments',
      data: {
        user: user.id,
        amount: gross,
        currency: 'PLN',
        description: paymentDescription(unicode, langOf(user.locale)),
        email: user.email,
        purpose: 'domain',
        reference: String(order.id),
        returnUrl: orderUrl(order.id),
      },
      overrideAccess: true, // trusted: nobody writes payments over the API; the caller pays the platform for this order
      req,
    })
    const withPayment = await req.payload.update({
      collection: DOMAIN_ORDERS,
      id: order.id,
      data: { paymentId: payment.id },
      overrideAccess: true, // trusted: the same new order
      req,
    })
    return { kind: 'created', order: withPayment, sessionId: payment.sessionId ?? null }
  })

export const createOrderEndpoint: Endpoint = {
  path: '/domains/orders',
  method: 'post',
  handler: async (req) => {
    const lang = requestLocale(req)
    const user = req.user
    if (!user || user.collection !== 'users') return jsonError(ORDER_TEXT.signIn[lang], 401)
    let body: Record<string, unknown>
    try {
      body = await readJsonBody(req)
    } catch (error) {
      return jsonError(ORDER_TEXT.body[lang], error instanceof APIError && error.status === 415 ? 415 : 400)
    }
    const siteId = parseRecordId(body.site)
    if (siteId === undefined) return jsonError(ORDER_TEXT.site[lang], 400)
    if (!roleIn(await roleOnSite(req, siteId), 'manage')) return jsonError(ORDER_TEXT.forbidden[lang], 403)
    const name = parseSearchName(body.name)
    if ('message' in name) return jsonError(name.message[lang], 400)
    // Searching may guess the extension; an order is for exactly the name typed.
    if (!normalizeDomainInput(String(body.name)).includes('.')) return jsonError(ORDER_TEXT.extension[lang], 400)

    const ovh = ovhFromEnv()
    if (!ovh.ok) {
      if (ovh.problem) req.payload.logger.error({ msg: `Domains: the OVH configuration is incomplete: ${ovh.problem}` })
      return jsonError(ORDER_TEXT.notConfigured[lang], 503)
    }
    const rate = await orderRate.consume(req, `user:${user.id}`)
    if (!rate.allowed) return tooManyRequests(ORDER_TEXT.tooMany[lang], rate.retryAfterSeconds)

    // A first look before asking OVH; checked again under the lock below.
    const early = await nameHolder(req, name.ascii)
    if (early && !(early.kind === 'order' && sameId(early.order.site, siteId) && early.order.status === 'pending_payment'))
      return jsonError(inUseMessage(name.unicode, lang), 409)
    const site = await req.payload.findByID({ collection: 'sites', id: siteId, depth: 0, select: { owner: true }, overrideAccess: true, req }) // trusted: the site's owner, whose plan decides
    // A plan without custom domains: 403 with the plan's message in the request's language.
    try {
      await enforceLimit(req, { ownerId: relationId(site.owner), limit: 'customDomain' })
    } catch (error) {
      if (error instanceof APIError && error.status === 403) return jsonError(error.message, 403)
      throw error
    }

    let offer: DomainAvailability
    try {
      offer = await askOvh(ovh.api, name.ascii)
    } catch (error) {
      if (!isOvhError(error)) throw error
      req.payload.logger.error({
        err: error,
        msg: 'Domains: OVH could not quote an order',
        call: error.call,
        errorCode: error.errorCode,
        queryId: error.queryId,
      })
      return jsonError(error.userMessage(lang), 502)
    }
    if (!offer.available)
      return offer.action === 'transfer' ? jsonError(takenMessage(name.unicode, lang), 409) : jsonError(notSoldMessage(name.unicode, lang), 422)
    // Owners pay the platform in PLN (OVH's Polish subsidiary prices in PLN).
    if (!offer.price || offer.price.currency !== 'PLN' || !(offer.price.gross > 0)) return jsonError(notSoldMessage(name.unicode, lang), 422)

    let result: Created
    try {
      result = await createOrder(req, { siteId, ascii: name.ascii, unicode: name.unicode, gross: offer.price.gross, net: offer.price.net })
    } catch (error) {
      // Another request wrote the name between our lock and theirs (a path that does not take the name lock).
      if (isUniqueViolation(error)) return jsonError(inUseMessage(name.unicode, lang), 409)
      throw error
    }
    if (result.kind === 'conflict') return jsonError(inUseMessage(name.unicode, lang), 409)
    const payUrl = result.sessionId ? payLink(result.sessionId) : null
    return Response.json({ order: orderView(result.order, lang, { payUrl }), payUrl }, { status: result.kind === 'created' ? 201 : 200 })
  },
}
