/**
 * The Buy / Renew call from the browser: `POST /api/payments/checkout` with the owner's session cookie. The
 * answer is the P24 page to go to, or the reason in the owner's language (by status, not the server's wording).
 */
import { checkoutErrorText, type BillingText } from './texts'

export type CheckoutOutcome = { ok: true; paymentId: number; redirectUrl: string } | { ok: false; message: string }

export const startPlanCheckout = async (
  body: { plan: number; period: 'monthly' | 'yearly' },
  text: BillingText,
  fetcher: typeof fetch = fetch,
): Promise<CheckoutOutcome> => {
  let response: Response
  try {
    response = await fetcher('/api/payments/checkout', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    })
  } catch {
    return { ok: false, message: checkoutErrorText('network', text) }
  }
  if (response.status !== 201) return { ok: false, message: checkoutErrorText(response.status, text) }
  const answer = (await response.json().catch(() => null)) as { paymentId?: unknown; redirectUrl?: unknown } | null
  if (!answer || typeof answer.redirectUrl !== 'string' || !/^https?:\/\//.test(answer.redirectUrl)) {
    return { ok: false, message: checkoutErrorText(502, text) }
  }
  return { ok: true, paymentId: Number(answer.paymentId), redirectUrl: answer.redirectUrl }
}
