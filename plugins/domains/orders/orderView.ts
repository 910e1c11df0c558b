/**
 * A domain order as the owner's Domain view reads it (pure): names, the status and every step with its PL or EN
 * label, the price in grosze and as text, the failure's message in the reader's language, whether it may be
 * retried, and the pay link while it waits for payment. OVH's internals (cart, item, the account's order page,
 * error details) stay out.
 */
import type { DataFromCollectionSlug } from 'payload'

import { relationId } from '@platform'
import { formatMoney, type Lang } from '@platform/format'
import { STATUS_LABELS, STEP_LABELS, STEP_STATE_LABELS } from '../collections/domainOrders'
import { unicodeOf } from '../search/domainName'
import type { DomainOrderStatus } from '../slugs'
import { orderErrorMessage, readErrorDetails } from './errors'
import { orderName } from './release'
import type { StepRow } from './steps'

export type DomainOrderDoc = DataFromCollectionSlug<'domain-orders'>

/** OVH's order statuses as an owner reads them. */
const OVH_STATUS_LABELS: Record<string, { pl: string; en: string }> = {
  notPaid: { pl: 'Oczekująca na opłacenie w OVH', en: 'Waiting for payment at OVH' },
  checking: { pl: 'Sprawdzana przez OVH', en: 'Being checked by OVH' },
  delivering: { pl: 'Rejestrowana przez OVH', en: 'Being registered by OVH' },
  delivered: { pl: 'Zarejestrowana', en: 'Registered' },
  documentsRequested: { pl: 'Wstrzymana – OVH prosi o dokumenty', en: 'On hold – OVH asks for documents' },
  cancelling: { pl: 'Anulowana przez OVH', en: 'Being cancelled by OVH' },
  cancelled: { pl: 'Anulowana przez OVH', en: 'Cancelled by OVH' },
  unknown: { pl: 'Status nieznany', en: 'Status unknown' },
}

export type OrderView = {
  id: number
  site: number | null
  kind: 'purchase' | 'own'
  /** ASCII (punycode for IDN); for a cancelled order, the name it had. */
  domain: string
  unicodeName: string
  status: DomainOrderStatus
  statusLabel: string
  steps: { step: string; label: string; state: string; stateLabel: string; attempts: number; updatedAt: string | null }[]
  price: { currency: 'PLN'; gross: number; net: number | null; grossText: string; netText: string | null } | null
  ovhStatus: { status: string; label: string } | null
  error: { step: string; message: string } | null
  canRetry: boolean
  /** Where the owner pays the platform, while the order waits for it. */
  payUrl: string | null
  redirect: string | null
  proxyMode: boolean
  createdAt: string
  updatedAt: string
  lastCheckedAt: string | null
  nextCheckAt: string | null
  liveAt: string | null
}

/**
 * Why an order stopped: from its error details, in the reader's language; a failure of the DNS part (dns/) keeps
 * its words, in the owner's language, on the step that failed and in `errorMessage`.
 */
const errorOf = (order: DomainOrderDoc, status: DomainOrderStatus, details: ReturnType<typeof readErrorDetails>, lang: Lang): OrderView['error'] => {
  if (status !== 'failed' && status !== 'cancelled') return null
  if (details) return { step: details.step, message: orderErrorMessage(details, lang) }
  const row = ((order.steps ?? []) as StepRow[]).find((candidate) => candidate.state === 'failed')
  const message = row?.error || order.errorMessage
  return message ? { step: row?.step ?? 'verification', message } : null
}

export const orderView = (order: DomainOrderDoc, lang: Lang, { payUrl = null }: { payUrl?: string | null } = {}): OrderView => {
  const domain = orderName(order)
  const status = (order.status ?? 'pending_payment') as DomainOrderStatus
  const details = readErrorDetails(order.errorDetails)
  const net = typeof order.priceNet === 'number' ? order.priceNet : null
  return {
    id: order.id,
    site: relationId(order.site) === undefined ? null : Number(relationId(order.site)),
    kind: order.kind === 'own' ? 'own' : 'purchase',
    domain,
    unicodeName: order.unicodeName || unicodeOf(domain),
    status,
    statusLabel: STATUS_LABELS[status][lang],
    steps: ((order.steps ?? []) as StepRow[]).map((row) => ({
      step: row.step,
      label: STEP_LABELS[row.step][lang],
      state: row.state,
      stateLabel: STEP_STATE_LABELS[row.state][lang],
      attempts: row.attempts ?? 0,
      updatedAt: row.updatedAt ?? null,
    })),
    price:
      typeof order.price === 'number'
        ? { currency: 'PLN', gross: order.price, net, grossText: formatMoney(order.price, lang), netText: net === null ? null : formatMoney(net, lang) }
        : null,
    ovhStatus: order.ovhOrderStatus
      ? { status: order.ovhOrderStatus, label: (OVH_STATUS_LABELS[order.ovhOrderStatus] ?? OVH_STATUS_LABELS.unknown)[lang] }
      : null,
    error: errorOf(order, status, details, lang),
    canRetry: status === 'failed',
    payUrl: status === 'pending_payment' ? payUrl : null,
    redirect: order.redirect ?? null,
    proxyMode: order.proxyMode !== false,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    lastCheckedAt: order.lastCheckedAt ?? null,
    nextCheckAt: order.nextCheckAt ?? null,
    liveAt: order.liveAt ?? null,
  }
}
