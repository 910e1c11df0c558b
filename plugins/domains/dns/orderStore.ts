/**
 * Reading and writing domain orders from the DNS jobs (trusted code: the jobs act for the platform, on the order
 * they were given), and the order's DNS state kept in `dnsConfiguration`.
 */
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { lockForTransaction, relationId, type ID } from '@platform'
import { DOMAIN_ORDERS } from '../slugs'
import type { RequirementResult } from './judge'
import type { WantedRecord } from './records'
import type { DnsTarget } from './settings'

/** A domain order as stored (Payload's generated type, through the slug). */
export type DomainOrder = DataFromCollectionSlug<typeof DOMAIN_ORDERS>

/** What `dnsConfiguration` holds: the target and records wanted, what was done at OVH, and the checks so far. */
export type DnsState = {
  target?: DnsTarget | null
  records?: WantedRecord[]
  zone?: {
    kept: number
    removed: { fieldType: string; subDomain: string; target: string }[]
    created: { id: number; fieldType: string; subDomain: string; target: string }[]
    refreshedAt: string
  }
  checks?: { startedAt: string; attempts: number; last?: { at: string; ok: boolean; results: RequirementResult[] } }
}

export const dnsStateOf = (order: Pick<DomainOrder, 'dnsConfiguration'>): DnsState =>
  order.dnsConfiguration && typeof order.dnsConfiguration === 'object' && !Array.isArray(order.dnsConfiguration) ? (order.dnsConfiguration as DnsState) : {}

/** The lock every change of one order takes (the order's steps, DNS, going live), so runs never interleave. */
export const lockOrder = (req: PayloadRequest, orderId: ID) => lockForTransaction(req, `domains:order:${String(orderId)}`)

export const readOrder = (req: PayloadRequest, orderId: ID): Promise<DomainOrder | null> =>
  req.payload.findByID({
    collection: DOMAIN_ORDERS,
    id: orderId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted job: the order it was told to work on, token seed included
    req,
  }) as Promise<DomainOrder | null>

export const writeOrder = (req: PayloadRequest, orderId: ID, data: Partial<DomainOrder>) =>
  req.payload.update({
    collection: DOMAIN_ORDERS,
    id: orderId,
    data: data as never,
    depth: 0,
    overrideAccess: true, // trusted: the plugin records the order's progress (fields nobody writes over the API), after its own checks
    req,
  }) as Promise<DomainOrder>

/** The language of the order's site owner (stored error messages are written for them). */
export const ownerLocale = async (req: PayloadRequest, order: Pick<DomainOrder, 'site'>): Promise<'pl' | 'en'> => {
  const siteId = relationId(order.site)
  if (siteId === undefined) return 'pl'
  const site = await req.payload.findByID({
    collection: 'sites',
    id: siteId,
    depth: 0,
    select: { owner: true },
    disableErrors: true,
    overrideAccess: true, // trusted job: whose language the message stored on the order is written in
    req,
  })
  const ownerId = site ? relationId(site.owner) : undefined
  if (ownerId === undefined) return 'pl'
  const owner = await req.payload.findByID({
    collection: 'users',
    id: ownerId,
    depth: 0,
    select: { locale: true },
    disableErrors: true,
    overrideAccess: true, // trusted job: the owner's language only
    req,
  })
  return owner?.locale === 'en' ? 'en' : 'pl'
}
