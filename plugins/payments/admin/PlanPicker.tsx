'use client'
/**
 * The plans as cards with a monthly / yearly switch. "Buy" (or "Renew" on the plan in force) asks the checkout
 * endpoint for a pending payment registered with P24 and sends the owner to P24's payment page.
 */
import { useState } from 'react'

import type { Lang } from '@platform/format'
import { priceText } from './format'
import { startPlanCheckout } from './startPlanCheckout'
import { BILLING_TEXT, fill } from './texts'

export type PlanOption = {
  id: number
  name: string
  monthlyPrice: number
  yearlyPrice: number
  isFree: boolean
  /** The plan in force now: its button renews it. */
  isCurrent: boolean
  /** False for the plan in force when it has no end date (granted by staff): there is nothing to renew. */
  canBuy: boolean
  /** What it allows, already in words. */
  limits: string[]
}

type Period = 'monthly' | 'yearly'

export function PlanPicker({ plans, lang }: { plans: PlanOption[]; lang: Lang }) {
  const text = BILLING_TEXT[lang]
  const [period, setPeriod] = useState<Period>('monthly')
  const [busy, setBusy] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)

  const choose = async (plan: PlanOption) => {
    setBusy(plan.id)
    setError(null)
    const outcome = await startPlanCheckout({ plan: plan.id, period }, text)
    if (outcome.ok) {
      window.location.assign(outcome.redirectUrl)
      return // the button stays busy while the browser leaves
    }
    setError(outcome.message)
    setBusy(null)
  }

  return (
    <div data-testid="billing-plans">
      <fieldset className="billing-period">
        <legend>{text.period}</legend>
        {(['monthly', 'yearly'] as const).map((value) => (
          <button key={value} type="button" aria-pressed={period === value} onClick={() => setPeriod(value)}>
            {value === 'monthly' ? text.monthly : text.yearly}
          </button>
        ))}
      </fieldset>
      <ul className="billing-plans">
        {plans.map((plan) => (
          <li key={plan.id} className="billing-plan" data-current={plan.isCurrent}>
            <h3>{plan.name}</h3>
            <p className="billing-price">{priceText(period === 'monthly' ? plan.monthlyPrice : plan.yearlyPrice, period, lang)}</p>
            <ul>
              {plan.limits.map((limit) => (
                <li key={limit}>{limit}</li>
              ))}
            </ul>
            {plan.isCurrent ? <p className="billing-badge">{text.current}</p> : null}
            {plan.isFree || !plan.canBuy ? null : (
              <button
                type="button"
                disabled={busy !== null}
                aria-label={fill(plan.isCurrent ? text.renewPlan : text.buyPlan, { plan: plan.name })}
                onClick={() => void choose(plan)}
              >
                {busy === plan.id ? text.redirecting : plan.isCurrent ? text.renew : text.buy}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="billing-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
