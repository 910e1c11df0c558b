/**
 * The invitation email, made when the email job sends it (composer `testimonials.invitation-email`): the job
 * keeps the invitation's id only; the link is made again here from the stored seed. Nothing is sent when there
 * is nothing to ask any more (answered, not sent, expired, opted out meanwhile). It carries List-Unsubscribe
 * (RFC 8058 one-click) pointing at the "don't ask me again" link.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { EmailComposer, QueuedEmail } from '@platform'
import { publicSiteInfo, relationId } from '@platform'
import { formatDate, langOf, polishPlural } from '@platform/format'
import { REQUESTS } from '../slugs'
import { invitationTokenAgain, invitationUrl, optOutUrl } from './links'
import { optOutExists } from './listener'
import { INVITATION_EMAIL, INVITATION_TEMPLATE } from './names'

/** "30 dni" / "1 dzień" / "30 days": how long the link works, from the stored expiry. */
export const validFor = (days: number, locale: 'pl' | 'en'): string =>
  locale === 'pl' ? `${days} ${polishPlural(days, { one: 'dzień', few: 'dni', many: 'dni' })}` : `${days} ${days === 1 ? 'day' : 'days'}`

const DAY = 86_400_000

export const composeInvitationEmail = async ({ payload, args, now = Date.now() }: { payload: Payload; args: Record<string, unknown>; now?: number }) => {
  const { requestId } = args
  if (typeof requestId !== 'number' && typeof requestId !== 'string') return undefined
  const request = await payload.findByID({ collection: REQUESTS, id: requestId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the email job, reading the invitation it sends (token seed included)
  if (!request || request.status !== 'sent' || !request.sentAt || !request.expiresAt) return undefined
  if (new Date(request.expiresAt).getTime() <= now) return undefined
  const token = invitationTokenAgain(payload.secret, request.tokenSeed, request.token)
  const siteId = relationId(request.site)
  if (!token || siteId === undefined) return undefined
  if (await optOutExists(await createLocalReq({}, payload), siteId, request.email)) return undefined
  // Its name for the email, and its owner's id for the owner's own template versions.
  const site = await publicSiteInfo({ payload }, siteId)
  if (!site) return undefined
  const locale = langOf(request.locale)
  const serverURL = payload.config.serverURL
  const optOut = optOutUrl(serverURL, token)
  const days = Math.round((new Date(request.expiresAt).getTime() - new Date(request.sentAt).getTime()) / DAY)
  const email: QueuedEmail = {
    to: request.email,
    template: INVITATION_TEMPLATE,
    locale,
    ownerId: site.ownerId,
    data: {
      siteName: site.name,
      clientName: request.name ?? '',
      hostName: request.hostName || site.name,
      sessionTitle: request.sessionTitle ?? '',
      sessionDate: request.sessionEndedAt ? formatDate(request.sessionEndedAt, locale) : '',
      invitationUrl: invitationUrl(serverURL, token),
      optOutUrl: optOut,
      validFor: validFor(days, locale),
    },
    headers: { 'List-Unsubscribe': `<${optOut}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
  return email
}

export const invitationEmailComposer: EmailComposer = {
  name: INVITATION_EMAIL,
  compose: ({ payload, args }) => composeInvitationEmail({ payload, args }),
}
