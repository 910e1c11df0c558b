/**
 * P24 `sign` values: SHA-384 (hex) of phpJson over a fixed, ordered set of fields ending with the CRC key.
 * Field order matters (it is part of the hashed bytes), so every builder lists keys explicitly.
 * Source: P24 REST API docs (docs.przelewy24.pl, "transaction/register", "transaction/verify",
 * notification "urlStatus", refund notification).
 */
import { createHash, timingSafeEqual } from 'node:crypto'

import { phpJson } from './phpJson'
import type { TransactionNotification, VerifyInput } from './types'

const sha384 = (text: string) => createHash('sha384').update(text, 'utf8').digest('hex')

export type RegisterSignInput = { sessionId: string; merchantId: number; amount: number; currency: string }
export const registerSign = (p: RegisterSignInput, crc: string) =>
  sha384(phpJson({ sessionId: p.sessionId, merchantId: p.merchantId, amount: p.amount, currency: p.currency, crc }))

/** The signed fields of a notification: its body without the sign (types.ts). */
export type NotificationSignInput = Omit<TransactionNotification, 'sign'>
/** The transaction notification P24 POSTs to urlStatus after a payment. */
export const notificationSign = (p: NotificationSignInput, crc: string) =>
  sha384(
    phpJson({
      merchantId: p.merchantId,
      posId: p.posId,
      sessionId: p.sessionId,
      amount: p.amount,
      originAmount: p.originAmount,
      currency: p.currency,
      orderId: p.orderId,
      methodId: p.methodId,
      statement: p.statement,
      crc,
    }),
  )

export type VerifySignInput = VerifyInput
export const verifySign = (p: VerifySignInput, crc: string) =>
  sha384(phpJson({ sessionId: p.sessionId, orderId: p.orderId, amount: p.amount, currency: p.currency, crc }))

export type RefundNotificationSignInput = {
  orderId: number
  sessionId: string
  refundsUuid: string
  merchantId: number
  amount: number
  currency: string
  status: number
}
/**
 * The refund notification P24 POSTs to the refund's urlStatus. Per the docs (TransactionRefundResult) the sign covers
 * {"orderId","sessionId","refundsUuid","merchantId","amount","currency","status","crc"}.
 * Unclear in the docs: the body also carries `requestId` and `timestamp`, but neither is listed in the signed
 * fields, so neither is signed here; a replay of an old refund notification is therefore only told apart by
 * refundsUuid + orderId, which the receiver must treat idempotently.
 */
export const refundNotificationSign = (p: RefundNotificationSignInput, crc: string) =>
  sha384(
    phpJson({
      orderId: p.orderId,
      sessionId: p.sessionId,
      refundsUuid: p.refundsUuid,
      merchantId: p.merchantId,
      amount: p.amount,
      currency: p.currency,
      status: p.status,
      crc,
    }),
  )

/** Constant-time comparison, so a forger cannot learn a sign byte by byte from response timings. */
export const signsEqual = (expected: string, received: unknown): boolean => {
  if (typeof received !== 'string') return false
  const a = Buffer.from(expected, 'utf8')
  const b = Buffer.from(received.toLowerCase(), 'utf8')
  // timingSafeEqual throws on different lengths; the length of a hex SHA-384 is public anyway.
  if (a.length !== b.length) return false
  return timingSafeEqual(a, b)
}
