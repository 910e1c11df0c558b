/**
 * What the Domain view's browser parts receive from the plugin's endpoints (types only): the search's results,
 * the orders (orders/orderView.ts) and an order's DNS records.
 */
export type { OrderView } from '../orders/orderView'

/** One name of `GET /api/domains/search` (search/searchEndpoint.ts). */
export type SearchResultView = {
  domain: string
  unicodeName: string
  requested: boolean
  available: boolean
  inUse: boolean
  action: string | null
  pricingMode: string | null
  price: { currency: string; net: number; vat: number; gross: number; netText: string; grossText: string } | null
  message: string
}

export type SearchAnswer = { query: { domain: string; unicodeName: string }; results: SearchResultView[] }

/** One record of `GET /api/domains/orders/:id/dns`: `name` as DNS panels want it (`@`, `www`), `ok` null before a check. */
export type DnsRecordView = {
  purpose: string
  purposeLabel: string
  host: string
  name: string
  type: string
  value: string
  ttl: number
  ok: boolean | null
  found: string[]
  problem: string | null
}

/** `GET /api/domains/orders/:id/dns` and the answers of `POST /api/domains/own` and `…/check`. */
export type DnsView = {
  id: number
  domain: string
  unicodeName: string
  kind: 'purchase' | 'own'
  proxyMode: boolean
  instructions: string
  records: DnsRecordView[]
  lastCheckedAt: string | null
  nextCheckAt: string | null
}
