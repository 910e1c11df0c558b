/**
 * The registration's manage link (pure). ASSUMED from the registrations part (plugins/big-events/registrations):
 * the token is a seeded token of purpose `big-events.registration` (hash in `token`, seed in `tokenSeed`), and the
 * visitor's manage page is `<PUBLIC_URL>/events/registrations/<token>`. Change both here if that part differs.
 */
import { recreateSeededToken } from '@platform'

export const REGISTRATION_TOKEN_PURPOSE = 'big-events.registration'

export const registrationToken = (secret: string, registration: { token?: string | null; tokenSeed?: string | null }): string | undefined =>
  recreateSeededToken({ secret, purpose: REGISTRATION_TOKEN_PURPOSE, seed: registration.tokenSeed, storedHash: registration.token })

export const manageUrl = (serverURL: string, token: string): string => `${serverURL.replace(/\/+$/, '')}/events/registrations/${encodeURIComponent(token)}`
