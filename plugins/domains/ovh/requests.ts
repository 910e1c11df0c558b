/**
 * Every OVH call the plugin makes, as pure request descriptions (method, path, query, body), so they can be
 * read and tested without a network. `rule` is the call as an access rule names it; `accessRules.ts` lists the
 * rules the plugin's consumer key gets, and a test proves each request here is covered by exactly those.
 */
import type {
  OvhAccessRule,
  OvhCart,
  OvhCartItem,
  OvhCredentialRequest,
  OvhDomainOffer,
  OvhItemConfiguration,
  OvhMethod,
  OvhOrder,
  OvhOrderStatus,
  OvhRecordInput,
  OvhRequiredConfiguration,
  OvhZoneRecord,
} from './types'

/**
 * `signed`: application key, consumer key, timestamp and signature (every call on the account);
 * `application`: the application key only (asking for a consumer key); `none`: nothing (the server's time).
 */
export type OvhAuth = 'signed' | 'application' | 'none'

export type OvhRequest<Result> = {
  method: OvhMethod
  path: string
  /** The call as an access rule names it, ids replaced by `*`: `/order/cart/*\/domain`. */
  rule: string
  query?: Record<string, string>
  body?: unknown
  auth: OvhAuth
  /** Only carries the result type. */
  readonly result?: Result
}

const segment = (value: string | number) => encodeURIComponent(String(value))

const signed = <Result>(method: OvhMethod, path: string, rule: string, extra: Pick<OvhRequest<Result>, 'query' | 'body'> = {}): OvhRequest<Result> => ({
  method,
  path,
  rule,
  auth: 'signed',
  ...extra,
})

export const ovhRequests = {
  /** `GET /auth/time`: OVH's clock (seconds), unauthenticated. */
  time: (): OvhRequest<number> => ({ method: 'GET', path: '/auth/time', rule: '/auth/time', auth: 'none' }),

  /** `POST /auth/credential`: a new consumer key with these rules, to be validated by the account's owner at `validationUrl`. */
  requestCredential: ({ accessRules, redirection }: { accessRules: OvhAccessRule[]; redirection?: string }): OvhRequest<OvhCredentialRequest> => ({
    method: 'POST',
    path: '/auth/credential',
    rule: '/auth/credential',
    auth: 'application',
    body: { accessRules, ...(redirection ? { redirection } : {}) },
  }),

  /** `POST /order/cart`: a new cart of the given subsidiary (`PL`: prices in PLN). */
  createCart: ({ ovhSubsidiary = 'PL', description }: { ovhSubsidiary?: string; description?: string } = {}): OvhRequest<OvhCart> =>
    signed('POST', '/order/cart', '/order/cart', { body: { ovhSubsidiary, ...(description ? { description } : {}) } }),

  /** `GET /order/cart/{cartId}/domain?domain=`: the offers for one name (create or transfer, pricing mode, prices). */
  domainOffers: (cartId: string, domain: string): OvhRequest<OvhDomainOffer[]> =>
    signed('GET', `/order/cart/${segment(cartId)}/domain`, '/order/cart/*/domain', { query: { domain } }),

  /** `POST /order/cart/{cartId}/domain`: puts the domain in the cart for a year. */
  addDomain: (cartId: string, item: { domain: string; duration?: string; offerId?: string; quantity?: number }): OvhRequest<OvhCartItem> =>
    signed('POST', `/order/cart/${segment(cartId)}/domain`, '/order/cart/*/domain', { body: { duration: 'P1Y', ...item } }),

  /** `POST /order/cart/{cartId}/assign`: the cart becomes the account's (needed before configuration and checkout). */
  assignCart: (cartId: string): OvhRequest<null> => signed('POST', `/order/cart/${segment(cartId)}/assign`, '/order/cart/*/assign'),

  /** `GET /order/cart/{cartId}/item/{itemId}/requiredConfiguration`. */
  requiredConfiguration: (cartId: string, itemId: number): OvhRequest<OvhRequiredConfiguration[]> =>
    signed('GET', `/order/cart/${segment(cartId)}/item/${segment(itemId)}/requiredConfiguration`, '/order/cart/*/item/*/requiredConfiguration'),

  /** `POST /order/cart/{cartId}/item/{itemId}/configuration` `{ label, value }`. */
  configureItem: (cartId: string, itemId: number, configuration: { label: string; value: string }): OvhRequest<OvhItemConfiguration> =>
    signed('POST', `/order/cart/${segment(cartId)}/item/${segment(itemId)}/configuration`, '/order/cart/*/item/*/configuration', { body: configuration }),

  /** `POST /order/cart/{cartId}/checkout`: the order, paid with the account's preferred payment method, no withdrawal period (required for domains). */
  checkout: (cartId: string): OvhRequest<OvhOrder> =>
    signed('POST', `/order/cart/${segment(cartId)}/checkout`, '/order/cart/*/checkout', {
      body: { autoPayWithPreferredPaymentMethod: true, waiveRetractationPeriod: true },
    }),

  /** `GET /me/order/{orderId}/status`. */
  orderStatus: (orderId: number | string): OvhRequest<OvhOrderStatus> => signed('GET', `/me/order/${segment(orderId)}/status`, '/me/order/*/status'),

  /** `GET /domain/zone/{zone}/record?fieldType=&subDomain=`: ids of the matching records (`subDomain: ''` is the apex). */
  zoneRecordIds: (zone: string, filter: { fieldType?: string; subDomain?: string } = {}): OvhRequest<number[]> => {
    const query: Record<string, string> = {}
    if (filter.fieldType !== undefined) query.fieldType = filter.fieldType
    if (filter.subDomain !== undefined) query.subDomain = filter.subDomain
    return signed('GET', `/domain/zone/${segment(zone)}/record`, '/domain/zone/*/record', Object.keys(query).length ? { query } : {})
  },

  /** `GET /domain/zone/{zone}/record/{id}`. */
  zoneRecord: (zone: string, id: number): OvhRequest<OvhZoneRecord> =>
    signed('GET', `/domain/zone/${segment(zone)}/record/${segment(id)}`, '/domain/zone/*/record/*'),

  /** `POST /domain/zone/{zone}/record`. */
  createRecord: (zone: string, record: OvhRecordInput): OvhRequest<OvhZoneRecord> =>
    signed('POST', `/domain/zone/${segment(zone)}/record`, '/domain/zone/*/record', { body: record }),

  /** `DELETE /domain/zone/{zone}/record/{id}`. */
  deleteRecord: (zone: string, id: number): OvhRequest<null> =>
    signed('DELETE', `/domain/zone/${segment(zone)}/record/${segment(id)}`, '/domain/zone/*/record/*'),

  /** `POST /domain/zone/{zone}/refresh`: applies the zone's changes. */
  refreshZone: (zone: string): OvhRequest<null> => signed('POST', `/domain/zone/${segment(zone)}/refresh`, '/domain/zone/*/refresh'),
}
