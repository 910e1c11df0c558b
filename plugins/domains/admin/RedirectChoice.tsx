'use client'
/**
 * A live domain's main address: the apex or www; the other one redirects to it. Saved at once with
 * `PATCH /api/domain-orders/:id { redirect }` (owners and site admins may change only this field of an order).
 */
import React, { useState } from 'react'

import type { RedirectPreference } from '../slugs'
import { callApi, problemText } from './api'
import { fill } from './fill'
import type { DomainLabels } from './translations'
import type { OrderView } from './viewTypes'

/** slugs.ts's REDIRECTS, written out: that module loads the server's SDK, which has no place in the browser. */
const CHOICES: readonly RedirectPreference[] = ['www-to-apex', 'apex-to-www']

export function RedirectChoice({ api, order, labels, onChanged }: { api: string; order: OrderView; labels: DomainLabels; onChanged: () => void }) {
  const [value, setValue] = useState<RedirectPreference>(order.redirect === 'apex-to-www' ? 'apex-to-www' : 'www-to-apex')
  const [saving, setSaving] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()

  const choose = async (next: RedirectPreference) => {
    const before = value
    setValue(next)
    setSaving(true)
    setMessage(undefined)
    const answer = await callApi(`${api}/domain-orders/${order.id}`, { method: 'PATCH', body: { redirect: next } })
    setSaving(false)
    if (answer.ok) {
      setMessage({ ok: true, text: labels.redirectSaved })
      onChanged()
    } else {
      setValue(before)
      setMessage({ ok: false, text: problemText(answer, labels) })
    }
  }

  const label = (choice: RedirectPreference) =>
    choice === 'apex-to-www' ? fill(labels.redirectWww, { domain: `www.${order.unicodeName}` }) : fill(labels.redirectApex, { domain: order.unicodeName })

  return (
    <fieldset className="dv-fieldset dv-redirect" disabled={saving} data-testid="dv-redirect">
      <legend>{labels.redirectTitle}</legend>
      <p className="dv-small">{labels.redirectHelp}</p>
      {CHOICES.map((choice) => (
        <label key={choice} className="dv-choice">
          <input type="radio" name={`redirect-${order.id}`} value={choice} checked={value === choice} onChange={() => void choose(choice)} />
          <span>{label(choice)}</span>
        </label>
      ))}
      <p role="status" className={message ? (message.ok ? 'dv-message' : 'dv-message dv-message--error') : 'dv-message dv-message--empty'}>
        {message?.text}
      </p>
    </fieldset>
  )
}
