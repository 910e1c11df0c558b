import type { DataFromCollectionSlug } from 'payload'

export type PaymentDoc = DataFromCollectionSlug<'payments'>
type HistoryRow = NonNullable<PaymentDoc['history']>[number]

/** The payment's history with one more P24 message; `summary` never holds a sign, the CRC, a key or a token. */
export const withHistory = (payment: Pick<PaymentDoc, 'history'>, kind: string, summary: Record<string, unknown>, at = new Date()): HistoryRow[] => [
  ...(payment.history ?? []).map(({ at, kind, summary }) => ({ at, kind, summary })),
  { at: at.toISOString(), kind, summary },
]
