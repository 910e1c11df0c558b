/** Shapes of P24's REST API v1 (docs.przelewy24.pl), amounts in grosze. */

export type P24Config = { baseUrl: string; merchantId: number; posId: number; apiKey: string; crc: string }

export type RegisterInput = {
  sessionId: string
  amount: number
  currency: string
  description: string
  email: string
  country?: string
  language?: string
  urlReturn: string
  urlStatus: string
  client?: string
  timeLimit?: number
  waitForResult?: boolean
  transferLabel?: string
}

/** The body P24 POSTs to urlStatus after a payment. */
export type TransactionNotification = {
  merchantId: number
  posId: number
  sessionId: string
  amount: number
  originAmount: number
  currency: string
  orderId: number
  methodId: number
  statement: string
  sign: string
}

export type VerifyInput = { sessionId: string; amount: number; currency: string; orderId: number }

/** P24's transaction status in by/sessionId: 0 no payment, 1 paid but not verified ("advance"), 2 verified, 3 returned. */
export const P24_STATUS = { noPayment: 0, advance: 1, completed: 2, returned: 3 } as const

export type P24Transaction = {
  statement: string
  orderId: number
  sessionId: string
  status: number
  amount: number
  currency: string
  date: string
  dateOfTransaction: string
  clientEmail: string
  accountMD5: string
  paymentMethod: number
  description: string
  clientName: string
  clientAddress: string
  clientCity: string
  clientPostcode: string
  batchId: number
  fee: string
}

export type RefundItem = { orderId: number; sessionId: string; amount: number; description?: string }
export type RefundInput = { requestId: string; refundsUuid: string; urlStatus?: string; refunds: RefundItem[] }
export type RefundItemResult = RefundItem & { status: boolean; message: string }

/** The body P24 POSTs to a refund's urlStatus when the refund is done (status 0) or rejected (1). */
export type RefundNotification = {
  orderId: number
  sessionId: string
  merchantId: number
  requestId: string
  refundsUuid: string
  amount: number
  currency: string
  timestamp: number
  status: number
  sign: string
}
