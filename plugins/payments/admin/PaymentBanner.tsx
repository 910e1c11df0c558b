'use client'
/**
 * Back from P24 at /admin/billing?payment=<id>: "processing" until the payment's own status (set only by P24's
 * verified notification) says otherwise. Asks GET /api/payments/<id> every 2 s for up to 2 minutes; once paid,
 * reads the plan's new end and refreshes the page's server data (current plan, history).
 */
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import { formatDate, type Lang } from '@platform/format'
import { isFinal, nextProgress, POLL_EVERY_MS, progressOf, type Progress } from './paymentProgress'
import { BILLING_TEXT, fill, type BillingText } from './texts'

type PaidPlan = { name: string | null; endsAt: string | null }

const readJson = async <T,>(url: string): Promise<{ status: number; body: T | null }> => {
  const response = await fetch(url, { credentials: 'include', headers: { accept: 'application/json' }, cache: 'no-store' })
  return { status: response.status, body: response.ok ? ((await response.json()) as T) : null }
}

/** The plan the payment bought (its name in the admin language) and the payer's plan end, read after it was paid. */
const readPaidPlan = async (paymentId: number, lang: Lang): Promise<PaidPlan> => {
  const [payment, me] = await Promise.all([
    readJson<{ plan?: { namePl?: string; nameEn?: string } | number | null }>(`/api/payments/${paymentId}?depth=1`),
    readJson<{ user?: { planEndsAt?: string | null } | null }>('/api/users/me?depth=0'),
  ])
  const plan = payment.body?.plan
  const name = plan && typeof plan === 'object' ? ((lang === 'pl' ? plan.namePl : plan.nameEn) ?? null) : null
  return { name, endsAt: me.body?.user?.planEndsAt ?? null }
}

const message = (progress: Progress, paid: PaidPlan | null, lang: Lang, text: BillingText): string => {
  if (progress === 'paid') {
    if (paid?.name && paid.endsAt) return fill(text.paidUntil, { plan: paid.name, date: formatDate(paid.endsAt, lang) })
    if (paid?.name) return fill(text.paidNoEnd, { plan: paid.name })
    return text.paid
  }
  return text[progress]
}

const TONE: Record<Progress, 'info' | 'success' | 'error'> = {
  processing: 'info',
  paid: 'success',
  failed: 'error',
  expired: 'error',
  review: 'info',
  refunded: 'info',
  timeout: 'info',
  missing: 'error',
}

export function PaymentBanner({ paymentId, initialStatus, lang }: { paymentId: number; initialStatus: string | null; lang: Lang }) {
  const text = BILLING_TEXT[lang]
  const router = useRouter()
  // Unknown to the server render (not in the history): ask, as for a pending one.
  const [progress, setProgress] = useState<Progress>(initialStatus ? progressOf(initialStatus) : 'processing')
  const [paid, setPaid] = useState<PaidPlan | null>(null)

  useEffect(() => {
    if (progress === 'paid' && !paid) {
      let active = true
      readPaidPlan(paymentId, lang)
        .catch(() => ({ name: null, endsAt: null }))
        .then((plan) => {
          if (!active) return
          setPaid(plan)
          // Paid while this page was open: the current plan and the history above are stale.
          if (initialStatus !== 'paid') router.refresh()
        })
      return () => {
        active = false
      }
    }
    if (isFinal(progress)) return
    const startedAt = Date.now()
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const ask = async () => {
      let status: string | null | undefined
      try {
        const answer = await readJson<{ status?: string }>(`/api/payments/${paymentId}?depth=0`)
        // 404: not this user's payment or no such payment; other failures: ask again.
        status = answer.status === 404 || answer.status === 403 ? 'missing' : answer.body ? answer.body.status : 'pending'
      } catch {
        status = 'pending'
      }
      if (stopped) return
      const next = nextProgress({ status, startedAt, now: Date.now() })
      if (isFinal(next)) setProgress(next)
      else timer = setTimeout(() => void ask(), POLL_EVERY_MS)
    }
    timer = setTimeout(() => void ask(), initialStatus ? POLL_EVERY_MS : 0)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [progress, paid, paymentId, lang, router, initialStatus])

  return (
    <div className="billing-banner" role="status" aria-live="polite" data-tone={TONE[progress]} data-progress={progress} data-testid="billing-payment-status">
      {message(progress, paid, lang, text)}
    </div>
  )
}
