/**
 * The sign-in and sign-up emails, made when the job sends them (an email
 * composer the platform kernel registers): the job queue and the outbox keep
 * the link's id and the language only, and the link with its token exists only
 * in the message. A link used or expired before the job ran sends nothing.
 */
import type { PayloadRequest } from 'payload'

import type { ID } from '../access/ids'
import type { EmailComposer, QueuedEmail } from '../email/queueEmail'
import { queueEmail } from '../email/queueEmail'
import { formatCount } from '../i18n/format'
import { parseLocale } from './linkState'
import { verifyURL } from './linkURLs'
import { sendableLink, type MagicLinkDoc } from './magicLinks'
import { readAuthSettings } from './settings'

export const MAGIC_LINK_EMAIL_COMPOSER = 'platform.magic-link'

/** What the queue keeps: ids, never the link. */
export type MagicLinkEmailArgs = { linkId: ID; locale: 'pl' | 'en' }

/** "przez 15 minut", "przez 1 minutę": the accusative after "przez". */
export const MINUTES = { pl: { one: 'minutę', few: 'minuty', many: 'minut' }, en: { one: 'minute', other: 'minutes' } }

const TEMPLATES: Partial<Record<MagicLinkDoc['actionType'], string>> = { login: 'magic-link-login', signup: 'magic-link-signup' }

/** The email for a sign-in or sign-up link (pure, given the link and its token); undefined for other links. */
export const magicLinkEmail = ({
  link,
  token,
  locale,
  serverURL,
  ttlMs,
}: {
  link: Pick<MagicLinkDoc, 'email' | 'actionType' | 'expiresAt'>
  token: string
  locale: 'pl' | 'en'
  serverURL: string
  ttlMs: number
}): QueuedEmail | undefined => {
  const template = TEMPLATES[link.actionType]
  if (!template) return undefined
  return {
    to: link.email,
    template,
    locale,
    data: {
      link: verifyURL(serverURL, token),
      email: link.email,
      expiresInMinutes: Math.round(ttlMs / 60_000),
      // The number with its noun ("15 minut", "1 minutę"), so a template never writes a plural form itself.
      expiresIn: formatCount(Math.round(ttlMs / 60_000), locale, MINUTES),
      expiresAt: new Date(link.expiresAt).toISOString(),
    },
  }
}

export const magicLinkEmailComposer: EmailComposer = {
  name: MAGIC_LINK_EMAIL_COMPOSER,
  compose: async ({ payload, args }) => {
    const { linkId, locale } = args as Partial<MagicLinkEmailArgs>
    const sendable = await sendableLink({ payload, id: linkId })
    if (!sendable) return undefined
    return magicLinkEmail({
      ...sendable,
      locale: parseLocale(locale) ?? 'pl',
      serverURL: payload.config.serverURL,
      ttlMs: readAuthSettings().magicLinkTtlMs,
    })
  },
}

/** Queues the email for a sign-in or sign-up link by its id, in `req`'s transaction. */
export const queueMagicLinkEmail = (req: PayloadRequest, args: MagicLinkEmailArgs) => queueEmail(req, { compose: MAGIC_LINK_EMAIL_COMPOSER, args })
