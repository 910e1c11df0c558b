'use client'
/** The refund panel in the browser: amount (złoty, prefilled with what is left), reason, confirm, the outcome. */
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { formatMoney } from '@platform/format'
import { moneyInputValue, parseMoneyInput } from '../money'
import type { RefundLabels } from '../translations'
import { refundAnswerText } from './refundAnswer'

type Props = { paymentId: number; left: number; inFlight: number; currency: string; locale: 'pl' | 'en'; labels: RefundLabels }

export function RefundForm({ paymentId, left, inFlight, currency, locale, labels }: Props) {
  const { config } = useConfig()
  const router = useRouter()
  const [amountText, setAmountText] = useState(moneyInputValue(left, locale))
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>()
  const money = (grosze: number) => formatMoney(grosze, locale, currency)

  // Not a <form>: the panel sits inside the document's own form, and forms do not nest.
  const submit = async () => {
    const amount = parseMoneyInput(amountText)
    if (!amount) return setOutcome({ ok: false, text: labels.refundBadAmount })
    if (amount > left) return setOutcome({ ok: false, text: labels.refundTooMuch.replace('{amount}', money(left)) })
    if (!window.confirm(labels.refundConfirm.replace('{amount}', money(amount)))) return
    setBusy(true)
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/payments/${paymentId}/refund`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ amount, ...(reason.trim() ? { reason: reason.trim() } : {}) }),
      })
      const body = (await res.json().catch(() => ({}))) as { errors?: { code?: string }[] }
      const key = refundAnswerText(res.status, body.errors?.[0]?.code)
      setOutcome({ ok: res.status === 202, text: labels[key].replace('{amount}', money(key === 'refundTooMuch' ? left : amount)) })
      // What is left changed (or someone else's refund did): show the payment as it is now.
      router.refresh()
    } catch {
      setOutcome({ ok: false, text: labels.refundFailed })
    } finally {
      setBusy(false)
    }
  }

  // Enter in an input would submit the document's form; here it asks for the refund instead.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    if (!busy) void submit()
  }

  return (
    <div className="field-type" data-testid="refund-panel" style={{ display: 'grid', gap: 8 }} onKeyDown={onKeyDown}>
      <strong>{labels.refundTitle}</strong>
      <span>{labels.refundLeft.replace('{amount}', money(left))}</span>
      {inFlight > 0 && <span>{labels.refundInFlight.replace('{amount}', money(inFlight))}</span>}
      {left > 0 && (
        <>
          <label>
            {labels.refundAmount.replace('{currency}', currency)}
            <input name="refundAmount" inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} disabled={busy} />
          </label>
          <label>
            {labels.refundReason}
            <input name="refundReason" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} disabled={busy} />
          </label>
          <Button type="button" buttonStyle="secondary" size="small" disabled={busy} onClick={() => void submit()}>
            {labels.refundButton}
          </Button>
        </>
      )}
      {outcome && (
        <p role="status" style={{ color: outcome.ok ? 'var(--theme-success-500)' : 'var(--theme-error-500)' }}>
          {outcome.text}
        </p>
      )}
    </div>
  )
}
