/**
 * Server side of the refund panel: decides whether it shows at all (a paid or partly refunded payment, a caller
 * who may refund it, the same rule as the endpoint) and hands the browser what is left and the texts.
 */
import type { UIFieldServerProps } from 'payload'

import { PAYMENTS } from '../../types'
import { mayRefund } from '../access'
import { refundBalance } from '../amounts'
import { refundTexts, type RefundLabels, type RefundTextKey } from '../translations'
import { RefundForm } from './RefundForm'

export async function RefundAction({ req, id }: UIFieldServerProps) {
  if (!req.user || id === undefined || id === null) return null
  const payment = await req.payload.findByID({ collection: PAYMENTS, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!payment || (payment.status !== 'paid' && payment.status !== 'partially_refunded')) return null
  if (!(await mayRefund(req, payment))) return null
  const { left, inFlight } = refundBalance(payment)
  const keys = Object.keys(refundTexts.translations.en) as RefundTextKey[]
  const labels = Object.fromEntries(keys.map((key) => [key, refundTexts.t(req.i18n, key)])) as RefundLabels
  return (
    <RefundForm
      paymentId={payment.id}
      left={left}
      inFlight={inFlight}
      currency={payment.currency ?? 'PLN'}
      locale={req.i18n.language === 'pl' ? 'pl' : 'en'}
      labels={labels}
    />
  )
}
