/**
 * What the Domain view shows about an order's DNS, in the request's language: the records to set (an own
 * domain's TXT with its token made again from the seed; the pointing records in proxy mode; for a bought domain
 * the records the platform set), each with what the last check found, the status, what to do, and any error.
 */
import type { PayloadRequest } from 'payload'

import { requestLocale } from '@platform'
import { STATUS_LABELS } from '../collections/domainOrders'
import { DOMAIN_ORDERS } from '../slugs'
import { txtValueOf } from './checkDns'
import { dnsStateOf, type DomainOrder } from './orderStore'
import { pointingRecords, RECORD_TTL, verificationRecord, VERIFY_PREFIX, type WantedRecord } from './records'
import { readDnsTarget, type DnsTarget } from './settings'
import { instructions, PURPOSE_LABELS } from './texts'

const currentTarget = (): DnsTarget | null => {
  try {
    return readDnsTarget(process.env)
  } catch {
    return null
  }
}

/** The records the order needs, as stored when they were decided, else from the current target. */
const recordsOf = (order: DomainOrder, txtValue: string | null): WantedRecord[] => {
  const state = dnsStateOf(order)
  const target = state.target ?? currentTarget()
  const pointing =
    order.kind === 'own' && order.proxyMode === false
      ? []
      : (state.records?.filter((record) => record.purpose !== 'verification') ?? (target ? pointingRecords(order.domainName, target) : []))
  const txt = order.kind === 'own' && txtValue ? [verificationRecord(order.domainName, txtValue.slice(VERIFY_PREFIX.length))] : []
  return [...pointing, ...txt]
}

export const dnsAnswer = async (req: PayloadRequest, order: DomainOrder) => {
  const lang = requestLocale(req)
  // The token's seed and hash are never readable over the API; the caller may read the order, so its TXT value is shown.
  const secrets =
    order.kind === 'own'
      ? await req.payload.findByID({
          collection: DOMAIN_ORDERS,
          id: order.id,
          depth: 0,
          select: { verificationTokenSeed: true, verificationTokenHash: true },
          disableErrors: true,
          overrideAccess: true, // trusted: the caller manages this order (checked); only the token's seed and hash, to show its TXT value
          req,
        })
      : null
  const txtValue = secrets ? txtValueOf(req.payload, secrets) : null
  const last = dnsStateOf(order).checks?.last
  const kind = order.kind === 'own' ? 'own' : 'purchase'
  const status = order.status ?? 'pending_payment'
  return {
    id: order.id,
    domain: order.domainName,
    unicodeName: order.unicodeName || order.domainName,
    kind,
    proxyMode: kind === 'purchase' || order.proxyMode !== false,
    redirect: order.redirect ?? 'www-to-apex',
    status,
    statusLabel: STATUS_LABELS[status][lang],
    instructions: instructions({ kind, proxyMode: order.proxyMode !== false, domain: order.unicodeName || order.domainName })[lang],
    records: recordsOf(order, txtValue).map((record) => {
      const result = last?.results.find((candidate) => candidate.purpose === record.purpose && candidate.host === record.host)
      return {
        purpose: record.purpose,
        purposeLabel: PURPOSE_LABELS[record.purpose][lang],
        host: record.host,
        name: record.name,
        type: record.type,
        value: record.value,
        ttl: RECORD_TTL,
        ok: result ? result.ok : null,
        found: result?.found ?? [],
        problem: result?.problem?.[lang] ?? null,
      }
    }),
    lastCheckedAt: order.lastCheckedAt ?? null,
    nextCheckAt: order.nextCheckAt ?? null,
    liveAt: order.liveAt ?? null,
    errorMessage: order.errorMessage ?? null,
    steps: (order.steps ?? [])
      .filter((row) => ['dns', 'refresh', 'verification'].includes(row.step))
      .map(({ step, state, error }) => ({ step, state, error: error ?? null })),
  }
}
