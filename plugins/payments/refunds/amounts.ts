/**
 * What may still be refunded, in whole grosze. A refund counts against the payment from the moment it is
 * requested: `refundedAmount` holds what P24 confirmed, and rows still `requested` are money P24 may be paying
 * out right now, so two clicks can never ask for more than was paid.
 */
import { t, type Bilingual } from '@platform'
import { formatMoney } from '@platform/format'
import type { PaymentStatus } from '../types'

export type RefundRowState = { requestId: string; amount: number; status?: 'requested' | 'completed' | 'failed' | null }
export type RefundablePayment = {
  amount: number
  status?: PaymentStatus | null
  refundedAmount?: number | null
  refunds?: readonly RefundRowState[] | null
}

export type RefundBalance = { refunded: number; inFlight: number; left: number }

export const refundBalance = (payment: RefundablePayment): RefundBalance => {
  const refunded = payment.refundedAmount ?? 0
  const inFlight = (payment.refunds ?? []).filter((row) => row.status === 'requested').reduce((sum, row) => sum + row.amount, 0)
  return { refunded, inFlight, left: Math.max(0, payment.amount - refunded - inFlight) }
}

export type RefundErrorCode = 'not-paid' | 'nothing-left' | 'too-much' | 'in-progress'
export type RefundDecision = { ok: true; amount: number } | { ok: false; status: 400 | 409; code: RefundErrorCode; message: Bilingual }

const REFUNDABLE: readonly (PaymentStatus | null | undefined)[] = ['paid', 'partially_refunded']

/**
 * Whether `requested` grosze (default: all that is left) may be refunded now. 409 when the amount would fit but
 * for refunds still in progress (waiting may help), 400 when it never could.
 */
export const decideRefund = (payment: RefundablePayment, requested?: number): RefundDecision => {
  if (!REFUNDABLE.includes(payment.status)) {
    return payment.status === 'refunded'
      ? { ok: false, status: 400, code: 'nothing-left', message: t('This payment has been refunded in full.', 'Ta płatność została już w całości zwrócona.') }
      : { ok: false, status: 400, code: 'not-paid', message: t('Only a paid payment can be refunded.', 'Zwrócić można tylko opłaconą płatność.') }
  }
  const { inFlight, left } = refundBalance(payment)
  const amount = requested ?? left
  if (amount <= left && amount > 0) return { ok: true, amount }
  if (inFlight > 0 && amount <= left + inFlight)
    return {
      ok: false,
      status: 409,
      code: 'in-progress',
      message: t(
        `A refund of ${formatMoney(inFlight, 'en')} is in progress; ${formatMoney(left, 'en')} is left to refund now.`,
        `Trwa zwrot ${formatMoney(inFlight, 'pl')}; teraz można zwrócić jeszcze ${formatMoney(left, 'pl')}.`,
      ),
    }
  if (left === 0) return { ok: false, status: 400, code: 'nothing-left', message: t('Nothing is left to refund.', 'Nie zostało nic do zwrotu.') }
  return {
    ok: false,
    status: 400,
    code: 'too-much',
    message: t(`At most ${formatMoney(left, 'en')} is left to refund.`, `Do zwrotu zostało najwyżej ${formatMoney(left, 'pl')}.`),
  }
}

/** The payment's status once P24 has returned `refundedAmount` in total. */
export const statusAfterRefund = (amount: number, refundedAmount: number): 'refunded' | 'partially_refunded' =>
  refundedAmount >= amount ? 'refunded' : 'partially_refunded'

/**
 * P24's `refundsUuid` (at most 35 characters) for our requestId (a UUID, 36): the same UUID without dashes. The
 * refund notification signs refundsUuid but not requestId, so the signed value is what finds the refund row.
 */
export const refundsUuidFor = (requestId: string): string => requestId.replace(/-/g, '')
