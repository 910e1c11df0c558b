'use client'
/** The manage page's cancel button: asks first, then posts to the cancel endpoint and shows the server's answer. */
import { useState } from 'react'

type Props = { path: string; label: string; question: string; yes: string; no: string; network: string; lang: 'pl' | 'en' }

const button = { padding: '10px 16px', borderRadius: 6, border: '1px solid #b91c1c', background: '#b91c1c', color: '#fff', cursor: 'pointer', font: 'inherit' }
const secondary = { ...button, background: '#fff', color: '#1f2937', border: '1px solid #d1d5db' }

export function CancelRegistration({ path, label, question, yes, no, network, lang }: Props) {
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; ok: boolean }>()

  const cancel = async () => {
    setBusy(true)
    try {
      const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: lang }) })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      setMessage({ text: body.message ?? body.errors?.[0]?.message ?? network, ok: response.ok })
      setAsking(false)
      if (response.ok) setTimeout(() => window.location.reload(), 1500)
    } catch {
      setMessage({ text: network, ok: false })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid="cancel-registration">
      {message ? (
        <p role="status" data-testid="cancel-message" style={{ color: message.ok ? '#166534' : '#b91c1c' }}>
          {message.text}
        </p>
      ) : null}
      {asking ? (
        <div>
          <p>{question}</p>
          <button type="button" style={button} disabled={busy} onClick={cancel}>
            {yes}
          </button>{' '}
          <button type="button" style={secondary} disabled={busy} onClick={() => setAsking(false)}>
            {no}
          </button>
        </div>
      ) : message?.ok ? null : (
        <button type="button" style={secondary} onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
    </div>
  )
}
