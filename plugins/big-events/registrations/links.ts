/**
 * The registration's manage token and the addresses emails and answers give (pure). The token is
 * HMAC(server secret, purpose + a stored seed): the row keeps the seed and the token's hash, so an email job
 * makes the link again when it sends, while the database or the job queue alone holds no working link.
 */
import { createSeededToken, recreateSeededToken } from '@platform'

/** The same purpose the reminders part (reminders/manageLink.ts) re-makes the link with. */
export const MANAGE_PURPOSE = 'big-events.registration'

export const newManageToken = (secret: string) => createSeededToken({ secret, purpose: MANAGE_PURPOSE })

export const manageTokenAgain = (secret: string, seed: string | null | undefined, storedHash: string | null | undefined) =>
  recreateSeededToken({ secret, purpose: MANAGE_PURPOSE, seed, storedHash })

const base = (serverURL: string) => serverURL.replace(/\/+$/, '')

/** The visitor's page (plugin page `/events/registrations/:token`, outside the sites' `/s/…`). */
export const manageUrl = (serverURL: string, token: string) => `${base(serverURL)}/events/registrations/${encodeURIComponent(token)}`

/** Where P24 sends the payer back: the manage page, marked so it waits a moment for P24's notification (manageView). */
export const paymentReturnUrl = (serverURL: string, token: string) => `${manageUrl(serverURL, token)}?from=p24`

/** The payments plugin's pay link: registers the payment with P24 on the first visit and sends the payer there. */
export const payUrl = (serverURL: string, sessionId: string) => `${base(serverURL)}/api/payments/pay/${encodeURIComponent(sessionId)}`

export const REGISTER_PATH = '/public/big-events/:id/registrations'
export const CANCEL_PATH = '/public/big-events/:id/registrations/:token/cancel'
export const cancelPath = (eventId: number | string, token: string) => `/api/public/big-events/${eventId}/registrations/${encodeURIComponent(token)}/cancel`
