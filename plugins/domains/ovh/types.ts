/** OVH API v1 shapes the plugin reads and writes (order carts, orders, DNS zones, credentials). */

/** `order.Price`: an amount in the cart's currency; domain offers are priced without VAT. */
export type OvhPrice = { currencyCode: string; text: string; value: number; priceInUcents?: number }

export type OvhPriceLabel = 'PRICE' | 'DISCOUNT' | 'FEE' | 'TOTAL' | 'RENEW'

/** `order.cart.Cart`. */
export type OvhCart = { cartId: string; description: string; expire: string; items: number[]; readOnly: boolean }

/** `order.cart.ProductInformation`: one offer for a domain name in a cart. */
export type OvhDomainOffer = {
  /** `create` for a free name, `transfer` for a registered one (others: `trade`, …). */
  action: string
  configurations: unknown[]
  deliveryTime: string
  duration: string[]
  offer: string
  offerId: string
  orderable: boolean
  phase: string
  prices: { label: OvhPriceLabel | string; price: OvhPrice }[]
  /** e.g. `create-default`, `transfer-default`, `create-premium`. */
  pricingMode: string
  productId: string
  quantityMax: number
}

/** `order.cart.Item`. */
export type OvhCartItem = {
  cartId: string
  itemId: number
  configurations: number[]
  duration: string
  offerId: string | null
  options: number[]
  prices: { label: string; price: OvhPrice }[]
  productId: string
  settings: { domain: string; pricingMode?: string; planCode?: string; quantity?: number; catalogName?: string }
}

/** `order.cart.ConfigurationRequirements`. */
export type OvhRequiredConfiguration = { label: string; type: string; required?: boolean; allowedValues?: string[]; fields?: string[] }

/** `order.cart.ConfigurationItem`. */
export type OvhItemConfiguration = { id: number; label: string; value: string }

/** `order.Order`: what a checkout returns; `url` is the order's page (to pay it when it was not paid automatically). */
export type OvhOrder = {
  orderId: number
  url: string
  date: string
  expirationDate: string
  prices: { withTax: OvhPrice; withoutTax: OvhPrice; tax: OvhPrice }
  contracts?: unknown[]
  details?: unknown[]
}

export const OVH_ORDER_STATUSES = ['notPaid', 'checking', 'delivering', 'delivered', 'documentsRequested', 'cancelling', 'cancelled', 'unknown'] as const
/** `order.OrderStatusEnum`. */
export type OvhOrderStatus = (typeof OVH_ORDER_STATUSES)[number]

/** `domain.zone.Record`. `subDomain` is '' for the zone's apex. */
export type OvhZoneRecord = { id: number; zone: string; fieldType: string; subDomain: string; target: string; ttl: number }

export type OvhRecordInput = { fieldType: string; subDomain: string; target: string; ttl?: number }

export type OvhMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** `auth.AccessRule`: `*` in a path stands for any characters. */
export type OvhAccessRule = { method: OvhMethod; path: string }

/** `auth.Credential` as `POST /auth/credential` returns it. */
export type OvhCredentialRequest = { validationUrl: string; consumerKey: string; state: 'pendingValidation' | 'validated' | 'refused' | 'expired' }
