/**
 * Everything a payment's receipt shows, read in trusted code (the download endpoint has checked the caller; the
 * receipt email goes to the payer). Nothing for a payment without a receipt number (never paid).
 */
import type { Payload } from 'payload'

import { relationId } from '@platform'
import { PAYMENTS } from '../types'
import { langOf } from '@platform/format'
import type { ReceiptData } from './renderReceiptPdf'
import { readSeller } from './seller'

/** `userId` null: a visitor paid (no account); `returnUrl`: where that payer goes back to. */
export type LoadedReceipt = ReceiptData & { paymentId: number; userId: number | null; returnUrl: string | null }

export const loadReceipt = async (payload: Payload, paymentId: number | string): Promise<LoadedReceipt | undefined> => {
  const payment = await payload.findByID({ collection: PAYMENTS, id: paymentId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the caller was checked, or it is the payer's own email
  if (!payment?.receiptNumber || !payment.paidAt) return undefined
  const userId = relationId(payment.user) === undefined ? null : Number(relationId(payment.user))
  const user = userId === null ? null : await payload.findByID({ collection: 'users', id: userId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the payer's name and language for their own receipt
  const name = [user?.firstName, user?.lastName].filter(Boolean).join(' ') || payment.payerName || ''
  return {
    paymentId: payment.id,
    userId,
    number: payment.receiptNumber,
    lang: langOf(payment.locale ?? user?.locale),
    returnUrl: payment.returnUrl ?? null,
    paidAt: payment.paidAt,
    seller: readSeller(),
    buyer: { email: payment.email, name: name || null },
    lines: [{ description: payment.description, amount: payment.amount }],
    currency: payment.currency ?? 'PLN',
    p24OrderId: payment.p24OrderId ?? null,
  }
}
