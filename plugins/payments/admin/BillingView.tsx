/**
 * /admin/billing: the signed-in user's plan, the plans to buy or renew, and their payment history with receipts.
 * Everything is read with the user's own access. Coming back from P24 (`?payment=<id>`) shows a banner that
 * asks for the payment's status until the verified notification has marked it paid; the return itself proves nothing.
 */
import type { AdminViewServerProps, DataFromCollectionSlug } from 'payload'

import { redirect } from 'next/navigation'

import { AdminPage, requireAdminUser, resumeWithoutSession } from '@platform/admin'
import { PAYMENTS, PLANS } from '../types'
import { BillingStyles } from './BillingStyles'
import { currentPlan } from './currentPlan'
import { formatDate, formatMoney, langOf, type Lang } from '@platform/format'
import { describeLimits, planName } from './format'
import { PaymentBanner } from './PaymentBanner'
import { PlanPicker, type PlanOption } from './PlanPicker'
import { BILLING_TEXT, fill, statusLabel, type BillingText } from './texts'

type Plan = DataFromCollectionSlug<'plans'>
type Payment = DataFromCollectionSlug<'payments'>

/** Statuses of a payment that was paid at some point, so a receipt exists. */
const RECEIPT_STATUSES = ['paid', 'partially_refunded', 'refunded']

const paymentParam = (value: string | string[] | undefined): number | undefined => {
  const raw = Array.isArray(value) ? value[0] : value
  return raw && /^\d{1,12}$/.test(raw) ? Number(raw) : undefined
}

function CurrentPlanSummary({ summary, lang, text }: { summary: ReturnType<typeof currentPlan<Plan>>; lang: Lang; text: BillingText }) {
  if (summary.kind === 'active') {
    return (
      <p data-testid="billing-current">
        <strong>{planName(summary.plan, lang)}</strong>
        {' – '}
        {summary.endsAt ? fill(text.validUntil, { date: formatDate(summary.endsAt, lang) }) : text.noEnd}
      </p>
    )
  }
  if (summary.kind === 'ended') {
    const values = { plan: planName(summary.ended, lang), date: formatDate(summary.endedAt, lang), free: summary.plan ? planName(summary.plan, lang) : '' }
    return <p data-testid="billing-current">{fill(summary.plan ? text.ended : text.endedNoFree, values)}</p>
  }
  return (
    <p data-testid="billing-current">
      {summary.plan ? (
        <>
          <strong>{planName(summary.plan, lang)}</strong>
          {' – '}
          {text.freeNote}
        </>
      ) : (
        text.noPlan
      )}
    </p>
  )
}

function PaymentHistory({ payments, lang, text }: { payments: Payment[]; lang: Lang; text: BillingText }) {
  if (!payments.length) return <p>{text.noPayments}</p>
  return (
    <table className="billing-history" data-testid="billing-history">
      <thead>
        <tr>
          <th scope="col">{text.date}</th>
          <th scope="col">{text.description}</th>
          <th scope="col">{text.amount}</th>
          <th scope="col">{text.status}</th>
          <th scope="col">{text.receipt}</th>
        </tr>
      </thead>
      <tbody>
        {payments.map((payment) => (
          <tr key={payment.id}>
            <td data-label={text.date}>{formatDate(payment.paidAt ?? payment.createdAt, lang)}</td>
            <td data-label={text.description}>{payment.description}</td>
            <td data-label={text.amount}>{formatMoney(payment.amount, lang, payment.currency ?? 'PLN')}</td>
            <td data-label={text.status}>{statusLabel(payment.status, text)}</td>
            <td data-label={text.receipt}>
              {RECEIPT_STATUSES.includes(payment.status ?? '') ? (
                <a href={`/api/${PAYMENTS}/${payment.id}/receipt`} target="_blank" rel="noopener">
                  {text.downloadReceipt}
                </a>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * No session on the return from P24: first one same-site hop (resumeWithoutSession), which brings the cookie if there is
 * one; still none after it, the sign-in page, which comes back here afterwards.
 */
const withoutSession = (props: AdminViewServerProps, text: BillingText) => {
  const payment = paymentParam(props.searchParams?.payment)
  const back = `/admin/billing${payment === undefined ? '' : `?payment=${payment}`}`
  if (payment !== undefined) return resumeWithoutSession(props, { back, message: text.resume })
  redirect(`/admin/login?redirect=${encodeURIComponent(back)}`)
}

export async function BillingView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = langOf(req.i18n.language)
  const text = BILLING_TEXT[lang]
  if (!req.user) return withoutSession(props, text)
  const user = requireAdminUser(props)
  const { payload } = req

  const [me, offered, payments] = await Promise.all([
    payload.findByID({ collection: 'users', id: user.id, depth: 1, overrideAccess: false, user }),
    payload.find({ collection: PLANS, where: { isActive: { equals: true } }, sort: 'sortOrder', depth: 0, pagination: false, overrideAccess: false, user }),
    // Own payments only: a site owner may also read payments made to their site, which are not their bills.
    payload.find({ collection: PAYMENTS, where: { user: { equals: user.id } }, sort: '-createdAt', depth: 0, limit: 100, overrideAccess: false, user }),
  ])
  const ownPlan = typeof me.plan === 'object' && me.plan ? me.plan : null
  const freePlan = offered.docs.find((plan) => plan.isFree) ?? null
  const summary = currentPlan<Plan>({ plan: ownPlan, planEndsAt: me.planEndsAt, freePlan, now: new Date() })
  const inForce = summary.plan

  const options: PlanOption[] = offered.docs.map((plan) => ({
    id: plan.id,
    name: planName(plan, lang),
    monthlyPrice: plan.monthlyPrice,
    yearlyPrice: plan.yearlyPrice,
    isFree: Boolean(plan.isFree),
    isCurrent: inForce?.id === plan.id,
    canBuy: !(inForce?.id === plan.id && ownPlan?.id === plan.id && !me.planEndsAt),
    limits: describeLimits(plan.limits, lang),
  }))

  const returnedFrom = paymentParam(props.searchParams?.payment)
  const returned = returnedFrom === undefined ? undefined : payments.docs.find((payment) => payment.id === returnedFrom)

  return (
    <AdminPage {...props} breadcrumbs={[{ label: text.title }]}>
      <BillingStyles />
      <div className="billing">
        <h1>{text.title}</h1>
        {returnedFrom !== undefined ? <PaymentBanner key={returnedFrom} paymentId={returnedFrom} initialStatus={returned?.status ?? null} lang={lang} /> : null}
        <section aria-labelledby="billing-current-heading">
          <h2 id="billing-current-heading">{text.yourPlan}</h2>
          <CurrentPlanSummary summary={summary} lang={lang} text={text} />
        </section>
        <section aria-labelledby="billing-plans-heading">
          <h2 id="billing-plans-heading">{text.plans}</h2>
          <PlanPicker plans={options} lang={lang} />
        </section>
        <section aria-labelledby="billing-history-heading">
          <h2 id="billing-history-heading">{text.history}</h2>
          <PaymentHistory payments={payments.docs} lang={lang} text={text} />
        </section>
      </div>
    </AdminPage>
  )
}
