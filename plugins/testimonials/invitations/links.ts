/**
 * The invitation's links and token (pure). The token is HMAC(server secret, purpose + a stored seed): the row
 * keeps the seed and the token's hash, so the email job makes the link again when it sends, while neither the
 * job queue nor the database alone holds a working link (`createSeededToken`).
 */
import { createSeededToken, recreateSeededToken } from '@platform'

export const INVITATION_PURPOSE = 'testimonial-invitation'

export const newInvitationToken = (secret: string) => createSeededToken({ secret, purpose: INVITATION_PURPOSE })

export const invitationTokenAgain = (secret: string, seed: string | null | undefined, storedHash: string | null | undefined) =>
  recreateSeededToken({ secret, purpose: INVITATION_PURPOSE, seed, storedHash })

export const INVITATIONS_PATH = '/public/testimonials/invitations'

const base = (serverURL: string, token: string) => `${serverURL}/api${INVITATIONS_PATH}/${encodeURIComponent(token)}`

/** The form (GET) and its submission (POST). */
export const invitationUrl = base
/** After a submission. */
export const thanksUrl = (serverURL: string, token: string) => `${base(serverURL, token)}/thanks`
/** "Don't ask me again": GET shows a confirm button, POST (also RFC 8058 one-click) records it. */
export const optOutUrl = (serverURL: string, token: string) => `${base(serverURL, token)}/opt-out`
