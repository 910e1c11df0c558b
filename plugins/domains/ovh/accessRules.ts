/**
 * The access rules of the plugin's consumer key: exactly the calls in requests.ts, nothing more (least
 * privilege: no `GET /*`, no other product, no `/me` beyond order statuses). `npm run ovh:consumer-key` asks
 * OVH for a key with these; the fake OVH gives its dev key the same ones.
 */
import type { OvhAccessRule, OvhMethod } from './types'

export const DOMAINS_ACCESS_RULES: readonly OvhAccessRule[] = [
  // Search and order: a cart, the domain's offers, the item, its configuration, the checkout.
  { method: 'POST', path: '/order/cart' },
  { method: 'GET', path: '/order/cart/*/domain' },
  { method: 'POST', path: '/order/cart/*/domain' },
  { method: 'POST', path: '/order/cart/*/assign' },
  { method: 'GET', path: '/order/cart/*/item/*/requiredConfiguration' },
  { method: 'POST', path: '/order/cart/*/item/*/configuration' },
  { method: 'POST', path: '/order/cart/*/checkout' },
  // Following the order.
  { method: 'GET', path: '/me/order/*/status' },
  // DNS records of the bought domains' zones.
  { method: 'GET', path: '/domain/zone/*/record' },
  { method: 'GET', path: '/domain/zone/*/record/*' },
  { method: 'POST', path: '/domain/zone/*/record' },
  { method: 'DELETE', path: '/domain/zone/*/record/*' },
  { method: 'POST', path: '/domain/zone/*/refresh' },
]

const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  )

/** Whether a rule allows a call: the same method, and the path (without the query string) matching, `*` standing for any characters. */
export const ruleAllows = (rule: OvhAccessRule, method: string, path: string): boolean =>
  rule.method === (method.toUpperCase() as OvhMethod) && patternOf(rule.path).test(path)

export const rulesAllow = (rules: readonly OvhAccessRule[], method: string, path: string): boolean => rules.some((rule) => ruleAllows(rule, method, path))
