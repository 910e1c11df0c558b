/**
 * The subscriber's emails, made when the email job sends them (the `newsletter.subscriber-email` composer): the
 * job keeps the subscription's id and the kind, never a token; the links are re-created here from the stored
 * seeds. Nothing is sent when there is nothing to send any more (unsubscribed, confirmed meanwhile, the link
 * expired or replaced). Every one carries List-Unsubscribe (https + mailto) and List-Unsubscribe-Post.
 */
import type { Payload } from 'payload'

import type { EmailComposer, QueuedEmail } from '@platform'
import { publicSiteInfo, readEmailSettings } from '@platform'
import { frequencyLabel } from '../lib/frequency'
import { confirmUrl, listUnsubscribeHeaders, preferencesUrl, unsubscribeUrl } from '../lib/links'
import { CONFIRM_PURPOSE, confirmationValid, tokenAgain, UNSUBSCRIBE_PURPOSE } from '../lib/tokens'
import { SUBSCRIPTIONS } from '../slugs'

export const SUBSCRIBER_EMAIL = 'newsletter.subscriber-email'

export type SubscriberEmailKind = 'confirm' | 'welcome' | 'already'

export const TEMPLATES: Record<SubscriberEmailKind, string> = {
  confirm: 'newsletter-confirm',
  welcome: 'newsletter-welcome',
  already: 'newsletter-already-subscribed',
}

/** Where the mailto of List-Unsubscribe goes: NEWSLETTER_UNSUBSCRIBE_MAILTO, else the sender's address. */
export const unsubscribeMailbox = (env: NodeJS.ProcessEnv = process.env): string => {
  const configured = env.NEWSLETTER_UNSUBSCRIBE_MAILTO?.trim()
  return configured && /^[^\s@<>?]+@[^\s@<>?]+$/.test(configured) ? configured : readEmailSettings(env).from.address
}

const isKind = (value: unknown): value is SubscriberEmailKind => value === 'confirm' || value === 'welcome' || value === 'already'

export const composeSubscriberEmail = async ({ payload, args, now = Date.now() }: { payload: Payload; args: Record<string, unknown>; now?: number }) => {
  const { kind, subscriptionId } = args
  if (!isKind(kind) || (typeof subscriptionId !== 'number' && typeof subscriptionId !== 'string')) return undefined
  const subscription = await payload.findByID({
    collection: SUBSCRIPTIONS,
    id: subscriptionId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true, // trusted: the email job, reading the subscriber it writes to (token seeds included)
  })
  if (!subscription?.isActive) return undefined
  if (kind === 'confirm' ? subscription.isConfirmed : !subscription.isConfirmed) return undefined
  const secret = payload.secret
  const unsubscribeToken = tokenAgain(secret, UNSUBSCRIBE_PURPOSE, subscription.unsubscribeTokenSeed, subscription.unsubscribeToken)
  if (!unsubscribeToken) return undefined
  let confirmLink: string | undefined
  if (kind === 'confirm') {
    const token = tokenAgain(secret, CONFIRM_PURPOSE, subscription.confirmationTokenSeed, subscription.confirmationToken)
    if (!token || !confirmationValid(subscription.confirmationSentAt, now)) return undefined
    confirmLink = confirmUrl(payload.config.serverURL, token)
  }
  // The subscriber's site: its name and address for the email, its owner's id for the owner's own template versions.
  const site = await publicSiteInfo({ payload }, subscription.site)
  if (!site) return undefined
  const locale = subscription.locale === 'en' ? 'en' : 'pl'
  const serverURL = payload.config.serverURL
  const email: QueuedEmail = {
    to: subscription.email,
    template: TEMPLATES[kind],
    locale,
    ownerId: site.ownerId,
    data: {
      siteName: site.name,
      siteUrl: site.url,
      frequency: frequencyLabel(subscription.frequency, locale),
      preferencesUrl: preferencesUrl(serverURL, unsubscribeToken),
      unsubscribeUrl: unsubscribeUrl(serverURL, unsubscribeToken),
      ...(confirmLink ? { confirmUrl: confirmLink } : {}),
    },
    headers: listUnsubscribeHeaders({ serverURL, token: unsubscribeToken, mailbox: unsubscribeMailbox() }),
  }
  return email
}

export const subscriberEmailComposer: EmailComposer = {
  name: SUBSCRIBER_EMAIL,
  compose: ({ payload, args }) => composeSubscriberEmail({ payload, args }),
}
