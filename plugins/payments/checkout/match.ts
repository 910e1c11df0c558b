/**
 * Whether a (correctly signed) notification is about the payment we stored. P24 signs what it received, so a
 * valid sign with another amount means the payer paid something else (a bank changed it, or a bug): we must not
 * verify it, because verifying accepts that amount.
 */
import type { P24Config, TransactionNotification } from '../p24'

export type MismatchField = 'merchantId' | 'posId' | 'sessionId' | 'amount' | 'originAmount' | 'currency'

export type StoredPayment = { sessionId?: string | null; amount: number; currency?: string | null }

/** The names of the fields that do not match; empty when the notification is about this payment. */
export const notificationMismatches = (
  notification: Pick<TransactionNotification, 'merchantId' | 'posId' | 'sessionId' | 'amount' | 'originAmount' | 'currency'>,
  payment: StoredPayment,
  config: Pick<P24Config, 'merchantId' | 'posId'>,
): MismatchField[] => {
  const expected: Record<MismatchField, number | string> = {
    merchantId: config.merchantId,
    posId: config.posId,
    sessionId: payment.sessionId ?? '',
    amount: payment.amount,
    originAmount: payment.amount,
    currency: payment.currency ?? 'PLN',
  }
  const keys: MismatchField[] = ['merchantId', 'posId', 'sessionId', 'amount', 'originAmount', 'currency']
  return keys.filter((key) => notification[key] !== expected[key])
}

/** A plan's new end: a month or a year from the later of now and the current end (renewing early loses nothing). */
export const extendPlanEnd = (currentEnd: Date | null, now: Date, period: 'monthly' | 'yearly'): Date => {
  const from = new Date(Math.max(now.getTime(), currentEnd?.getTime() ?? 0))
  const end = new Date(from)
  if (period === 'yearly') end.setUTCFullYear(end.getUTCFullYear() + 1)
  else end.setUTCMonth(end.getUTCMonth() + 1)
  // 31 Jan + 1 month rolls into March in JS; keep the last day of the shorter month instead.
  if (end.getUTCDate() !== from.getUTCDate()) end.setUTCDate(0)
  return end
}

/** Whether an address is on the allow-list (empty: everyone); IPv4-mapped IPv6 counts as its IPv4. */
export const ipAllowed = (ip: string, allowList: readonly string[]): boolean => {
  if (!allowList.length) return true
  const plain = ip.startsWith('::ffff:') ? ip.slice(7) : ip
  return allowList.includes(plain) || allowList.includes(ip)
}
