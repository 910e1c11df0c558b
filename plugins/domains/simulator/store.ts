/**
 * The fake OVH's account: carts, their items and configuration, orders walking notPaid → checking → delivering
 * → delivered (on each status poll, or with time), and DNS zones, created when a domain is delivered. In memory.
 * Every operation answers `{ ok: true, value }` or an OVH-shaped failure.
 */
import { randomUUID } from 'node:crypto'
import { isIPv4, isIPv6 } from 'node:net'

import type { OvhCart, OvhCartItem, OvhDomainOffer, OvhItemConfiguration, OvhOrder, OvhOrderStatus, OvhRequiredConfiguration, OvhZoneRecord } from '../ovh'
import { extensionOf, ovhPrice, vatOn } from './pricing'

export type Failure = { status: number; message: string; errorCode?: string }
export type Outcome<T> = { ok: true; value: T } | ({ ok: false } & Failure)

const ok = <T>(value: T): Outcome<T> => ({ ok: true, value })
const fail = (status: number, message: string, errorCode?: string): Outcome<never> => ({ ok: false, status, message, ...(errorCode ? { errorCode } : {}) })

/** How orders move on: one step per status poll (tests), or one step every `everyMs` (dev). */
export type OrderPace = 'poll' | { everyMs: number }

export const ORDER_WALK = ['notPaid', 'checking', 'delivering', 'delivered'] as const satisfies readonly OvhOrderStatus[]
type WalkStatus = (typeof ORDER_WALK)[number]

type Cart = OvhCart & { assigned: boolean; ovhSubsidiary: string }
type Item = {
  itemId: number
  cartId: string
  domain: string
  action: 'create' | 'transfer'
  pricingMode: string
  netGrosze: number
  duration: string
  configurations: OvhItemConfiguration[]
}
export type FakeOrder = {
  orderId: number
  cartId: string
  domains: string[]
  status: OvhOrderStatus
  autoPay: boolean
  createdAt: number
  /** Steps already walked (index in ORDER_WALK). */
  step: number
  /** Where the order is cancelled instead of moving on (told by `failOrders`). */
  failAt?: WalkStatus
  netGrosze: number
}
export type FakeZone = { name: string; records: Map<number, OvhZoneRecord>; refreshes: number; published: OvhZoneRecord[] }

export type StoreOptions = {
  baseUrl: () => string
  prices: Readonly<Record<string, number>>
  takenDomains: Iterable<string>
  pace: OrderPace
  /** Zones the account already has (domains bought elsewhere, e.g. for bring-your-own tests). */
  zones?: Iterable<string>
  now?: () => number
}

const RECORD_TYPES = new Set(['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'SRV', 'CAA'])
const HOST = /^(?=.{1,253}\.?$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.?$/i
/** What OVH's zones point at until the owner changes them (its parking page). */
export const OVH_PARKING_IP = '213.186.33.5'

export const createOvhStore = (options: StoreOptions) => {
  const now = options.now ?? Date.now
  const carts = new Map<string, Cart>()
  const items = new Map<number, Item>()
  const orders = new Map<number, FakeOrder>()
  const zones = new Map<string, FakeZone>()
  const taken = new Set([...options.takenDomains].map((domain) => domain.toLowerCase()))
  const orderFailures = new Map<string, WalkStatus>()
  let nextItemId = 100_000_001
  let nextConfigurationId = 60_000_001
  let nextOrderId = 200_000_001
  let nextRecordId = 5_000_000_001

  const addZone = (name: string) => {
    if (zones.has(name)) return zones.get(name)!
    const zone: FakeZone = { name, records: new Map(), refreshes: 0, published: [] }
    zones.set(name, zone)
    const add = (fieldType: string, subDomain: string, target: string) => {
      const record = { id: nextRecordId++, zone: name, fieldType, subDomain, target, ttl: 0 }
      zone.records.set(record.id, record)
    }
    // A new OVH zone: OVH's name servers, the apex on the parking page and www as an alias of the apex.
    add('NS', '', 'dns200.anycast.me.')
    add('NS', '', 'ns200.anycast.me.')
    add('A', '', OVH_PARKING_IP)
    add('CNAME', 'www', `${name}.`)
    zone.published = [...zone.records.values()].map((record) => ({ ...record }))
    return zone
  }
  for (const name of options.zones ?? []) addZone(name.toLowerCase())

  const cartOf = (cartId: string): Outcome<Cart> => {
    const cart = carts.get(cartId)
    return cart && Date.parse(cart.expire) > now() ? ok(cart) : fail(404, `The requested object (cartId = ${cartId}) does not exist`)
  }
  const itemOf = (cart: Cart, itemId: number): Outcome<Item> => {
    const item = items.get(itemId)
    return item && item.cartId === cart.cartId ? ok(item) : fail(404, `The requested object (itemId = ${itemId}) does not exist`)
  }
  const publicCart = ({ assigned: _assigned, ovhSubsidiary: _subsidiary, ...cart }: Cart): OvhCart => ({ ...cart, items: [...cart.items] })

  const offerFor = (domain: string): OvhDomainOffer | undefined => {
    const extension = extensionOf(domain, options.prices)
    if (!extension) return undefined
    const action = taken.has(domain) ? 'transfer' : 'create'
    const net = options.prices[extension]
    return {
      action,
      configurations: [],
      deliveryTime: '',
      duration: ['P1Y'],
      offer: 'gold',
      offerId: `${extension}-${action}`,
      orderable: true,
      phase: 'ga',
      prices: [
        { label: 'PRICE', price: ovhPrice(net) },
        { label: 'DISCOUNT', price: ovhPrice(0) },
        { label: 'FEE', price: ovhPrice(0) },
        { label: 'RENEW', price: ovhPrice(net) },
        { label: 'TOTAL', price: ovhPrice(net) },
      ],
      pricingMode: `${action}-default`,
      productId: 'domain',
      quantityMax: 1,
    }
  }

  const required = (item: Item): OvhRequiredConfiguration[] => [
    { label: 'OWNER_LEGAL_AGE', type: 'bool', required: true },
    { label: 'OWNER_CONTACT', type: '/me/contact', required: false },
    { label: 'DNS', type: 'String', required: false },
    ...(item.action === 'transfer' ? [{ label: 'AUTH_INFO', type: 'String', required: true }] : []),
  ]

  /** Moves an order to where it should be now; delivering a domain creates its zone. */
  const walk = (order: FakeOrder, poll: boolean) => {
    if (order.status === 'cancelled' || order.status === 'delivered' || !order.autoPay) return
    const target = options.pace === 'poll' ? (poll ? order.step + 1 : order.step) : Math.floor((now() - order.createdAt) / options.pace.everyMs)
    while (order.step < Math.min(target, ORDER_WALK.length - 1)) {
      const next = ORDER_WALK[order.step + 1]
      // A name registered by someone else meanwhile cannot be delivered: OVH cancels the order.
      const lost = next === 'delivering' && order.domains.some((domain) => taken.has(domain))
      if (order.failAt === next || lost) {
        order.status = 'cancelled'
        return
      }
      order.step++
      order.status = next
      if (next === 'delivered')
        for (const domain of order.domains) {
          taken.add(domain)
          addZone(domain)
        }
    }
  }

  const zoneOf = (name: string): Outcome<FakeZone> => {
    const zone = zones.get(name.toLowerCase())
    return zone ? ok(zone) : fail(404, 'This service does not exist')
  }

  return {
    createCart: (body: Record<string, unknown>): Outcome<OvhCart> => {
      if (typeof body.ovhSubsidiary !== 'string' || !body.ovhSubsidiary) return fail(400, '[ovhSubsidiary] Property is mandatory')
      const cart: Cart = {
        cartId: randomUUID(),
        description: typeof body.description === 'string' ? body.description : '',
        expire: new Date(now() + 24 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
        items: [],
        readOnly: false,
        assigned: false,
        ovhSubsidiary: body.ovhSubsidiary,
      }
      carts.set(cart.cartId, cart)
      return ok(publicCart(cart))
    },

    domainOffers: (cartId: string, domain: string | null): Outcome<OvhDomainOffer[]> => {
      const cart = cartOf(cartId)
      if (!cart.ok) return cart
      if (!domain) return fail(400, '[domain] Property is mandatory')
      const name = domain.toLowerCase()
      if (!HOST.test(name) || !name.includes('.')) return fail(400, `Invalid domain name: ${domain}`)
      const offer = offerFor(name)
      return ok(offer ? [offer] : [])
    },

    addDomain: (cartId: string, body: Record<string, unknown>): Outcome<OvhCartItem> => {
      const found = cartOf(cartId)
      if (!found.ok) return found
      const cart = found.value
      if (cart.readOnly) return fail(403, 'This cart is read only')
      const domain = typeof body.domain === 'string' ? body.domain.toLowerCase() : ''
      if (!domain) return fail(400, '[domain] Property is mandatory')
      if (body.duration !== undefined && body.duration !== 'P1Y') return fail(400, `Invalid duration ${String(body.duration)} for domain ${domain}`)
      const offer = HOST.test(domain) ? offerFor(domain) : undefined
      if (!offer) return fail(400, `Domain ${domain} is not available for order`)
      const item: Item = {
        itemId: nextItemId++,
        cartId,
        domain,
        action: offer.action as Item['action'],
        pricingMode: offer.pricingMode,
        netGrosze: Math.round(offer.prices.find((p) => p.label === 'TOTAL')!.price.value * 100),
        duration: 'P1Y',
        configurations: [],
      }
      items.set(item.itemId, item)
      cart.items.push(item.itemId)
      return ok({
        cartId,
        itemId: item.itemId,
        configurations: [],
        duration: item.duration,
        offerId: null,
        options: [],
        prices: offer.prices,
        productId: 'domain',
        settings: { domain, pricingMode: item.pricingMode, planCode: extensionOf(domain, options.prices), quantity: 1, catalogName: 'dom-public' },
      })
    },

    assignCart: (cartId: string): Outcome<null> => {
      const cart = cartOf(cartId)
      if (!cart.ok) return cart
      cart.value.assigned = true
      return ok(null)
    },

    requiredConfiguration: (cartId: string, itemId: number): Outcome<OvhRequiredConfiguration[]> => {
      const cart = cartOf(cartId)
      if (!cart.ok) return cart
      const item = itemOf(cart.value, itemId)
      return item.ok ? ok(required(item.value)) : item
    },

    configureItem: (cartId: string, itemId: number, body: Record<string, unknown>): Outcome<OvhItemConfiguration> => {
      const cart = cartOf(cartId)
      if (!cart.ok) return cart
      if (!cart.value.assigned) return fail(403, 'The cart must be assigned to an account first')
      if (cart.value.readOnly) return fail(403, 'This cart is read only')
      const item = itemOf(cart.value, itemId)
      if (!item.ok) return item
      const { label, value } = body
      if (typeof label !== 'string' || typeof value !== 'string') return fail(400, '[label] and [value] are mandatory')
      const allowed = required(item.value).find((requirement) => requirement.label === label)
      if (!allowed) return fail(400, `Configuration ${label} is not allowed for item ${itemId}`)
      if (allowed.type === 'bool' && value !== 'true' && value !== 'false') return fail(400, `Configuration ${label} expects true or false`)
      const configuration = { id: nextConfigurationId++, label, value }
      item.value.configurations = [...item.value.configurations.filter((existing) => existing.label !== label), configuration]
      return ok(configuration)
    },

    checkout: (cartId: string, body: Record<string, unknown>): Outcome<OvhOrder> => {
      const found = cartOf(cartId)
      if (!found.ok) return found
      const cart = found.value
      if (!cart.assigned) return fail(403, 'The cart must be assigned to an account first')
      if (cart.readOnly) return fail(403, 'This cart is read only')
      const cartItems = cart.items.map((id) => items.get(id)!).filter(Boolean)
      if (!cartItems.length) return fail(400, 'Your cart is empty')
      if (body.waiveRetractationPeriod !== true) return fail(400, 'You have to waive your retractation period to order a domain name')
      for (const item of cartItems) {
        const missing = required(item).find((requirement) => requirement.required && !item.configurations.some((c) => c.label === requirement.label))
        if (missing) return fail(400, `Missing configuration ${missing.label} for item ${item.itemId}`)
        const legalAge = item.configurations.find((c) => c.label === 'OWNER_LEGAL_AGE')
        if (legalAge?.value !== 'true') return fail(400, `The owner of ${item.domain} must be of legal age (OWNER_LEGAL_AGE)`)
      }
      cart.readOnly = true
      const net = cartItems.reduce((sum, item) => sum + item.netGrosze, 0)
      const tax = vatOn(net)
      const domains = cartItems.map((item) => item.domain)
      const order: FakeOrder = {
        orderId: nextOrderId++,
        cartId,
        domains,
        status: 'notPaid',
        autoPay: body.autoPayWithPreferredPaymentMethod === true,
        createdAt: now(),
        step: 0,
        failAt: domains.map((domain) => orderFailures.get(domain)).find(Boolean),
        netGrosze: net,
      }
      orders.set(order.orderId, order)
      return ok({
        orderId: order.orderId,
        url: `${options.baseUrl()}/fake/orders/${order.orderId}`,
        date: new Date(order.createdAt).toISOString(),
        expirationDate: new Date(order.createdAt + 14 * 24 * 3_600_000).toISOString(),
        prices: { withoutTax: ovhPrice(net), tax: ovhPrice(tax), withTax: ovhPrice(net + tax) },
        contracts: [],
        details: [],
      })
    },

    orderStatus: (orderId: number): Outcome<OvhOrderStatus> => {
      const order = orders.get(orderId)
      if (!order) return fail(404, `The requested object (orderId = ${orderId}) does not exist`)
      walk(order, true)
      return ok(order.status)
    },

    recordIds: (zoneName: string, query: URLSearchParams): Outcome<number[]> => {
      const zone = zoneOf(zoneName)
      if (!zone.ok) return zone
      const fieldType = query.get('fieldType')
      const subDomain = query.get('subDomain')
      return ok(
        [...zone.value.records.values()]
          .filter((record) => (fieldType === null || record.fieldType === fieldType) && (subDomain === null || record.subDomain === subDomain))
          .map((record) => record.id),
      )
    },

    record: (zoneName: string, id: number): Outcome<OvhZoneRecord> => {
      const zone = zoneOf(zoneName)
      if (!zone.ok) return zone
      const record = zone.value.records.get(id)
      return record ? ok({ ...record }) : fail(404, `The requested object (id = ${id}) does not exist`)
    },

    createRecord: (zoneName: string, body: Record<string, unknown>): Outcome<OvhZoneRecord> => {
      const zone = zoneOf(zoneName)
      if (!zone.ok) return zone
      const fieldType = typeof body.fieldType === 'string' ? body.fieldType.toUpperCase() : ''
      const subDomain = typeof body.subDomain === 'string' ? body.subDomain.toLowerCase() : ''
      const target = typeof body.target === 'string' ? body.target : ''
      if (!RECORD_TYPES.has(fieldType)) return fail(400, `Invalid fieldType: ${String(body.fieldType)}`)
      if (!target) return fail(400, '[target] Property is mandatory')
      if (subDomain && !HOST.test(subDomain)) return fail(400, `Invalid subDomain: ${subDomain}`)
      if (fieldType === 'A' && !isIPv4(target)) return fail(400, `Invalid IPv4 address: ${target}`)
      if (fieldType === 'AAAA' && !isIPv6(target)) return fail(400, `Invalid IPv6 address: ${target}`)
      if (fieldType === 'CNAME' && !HOST.test(target)) return fail(400, `Invalid target for CNAME: ${target}`)
      const others = [...zone.value.records.values()].filter((record) => record.subDomain === subDomain)
      // DNS allows nothing beside a CNAME, and OVH refuses to create such a pair.
      if (fieldType === 'CNAME' && others.length) return fail(400, `A record already exists for ${subDomain || 'the zone apex'}: a CNAME cannot be added`)
      if (others.some((record) => record.fieldType === 'CNAME')) return fail(400, `A CNAME record already exists for ${subDomain || 'the zone apex'}`)
      const ttl = typeof body.ttl === 'number' && Number.isInteger(body.ttl) && body.ttl >= 0 ? body.ttl : 0
      const record: OvhZoneRecord = { id: nextRecordId++, zone: zone.value.name, fieldType, subDomain, target, ttl }
      zone.value.records.set(record.id, record)
      return ok({ ...record })
    },

    deleteRecord: (zoneName: string, id: number): Outcome<null> => {
      const zone = zoneOf(zoneName)
      if (!zone.ok) return zone
      if (!zone.value.records.delete(id)) return fail(404, `The requested object (id = ${id}) does not exist`)
      return ok(null)
    },

    refreshZone: (zoneName: string): Outcome<null> => {
      const zone = zoneOf(zoneName)
      if (!zone.ok) return zone
      zone.value.refreshes++
      zone.value.published = [...zone.value.records.values()].map((record) => ({ ...record }))
      return ok(null)
    },

    // Test and dev controls.
    markTaken: (domain: string) => void taken.add(domain.toLowerCase()),
    isTaken: (domain: string) => taken.has(domain.toLowerCase()),
    /** Orders for `domain` (existing and future) are cancelled when they would reach `at`. */
    failOrders: (domain: string, at: WalkStatus) => {
      const name = domain.toLowerCase()
      orderFailures.set(name, at)
      for (const order of orders.values()) if (order.domains.includes(name) && order.status !== 'delivered') order.failAt = at
    },
    /** The order as it stands (its status brought up to date by time, not moved by this look). */
    order: (orderId: number): FakeOrder | undefined => {
      const order = orders.get(orderId)
      if (order) walk(order, false)
      return order ? { ...order, domains: [...order.domains] } : undefined
    },
    orders: () => [...orders.values()].map((order) => (walk(order, false), { ...order, domains: [...order.domains] })),
    carts: () => [...carts.values()].map(publicCart),
    items: () => [...items.values()].map((item) => ({ ...item, configurations: [...item.configurations] })),
    addZone: (name: string) => void addZone(name.toLowerCase()),
    zone: (name: string) => {
      const zone = zones.get(name.toLowerCase())
      return zone
        ? {
            name: zone.name,
            refreshes: zone.refreshes,
            records: [...zone.records.values()].map((r) => ({ ...r })),
            published: zone.published.map((r) => ({ ...r })),
          }
        : undefined
    },
  }
}

export type OvhStore = ReturnType<typeof createOvhStore>
