/**
 * One newsletter email to one subscriber, straight through the platform's transport (`payload.sendEmail`:
 * SMTP_URL, or the dev mailbox). Not `queueEmail`: that is one Agenda job per message, each rendering a
 * Handlebars template, several database round trips apiece, while a campaign is one body rendered per
 * recipient, sent in batches under the send job's own claims and rate limit (README "Newsletter", benchmark).
 *
 * The Message-ID is made from the delivery record, so a retry of the same delivery (after a crash) is the same
 * message to the receiving server. Every email carries List-Unsubscribe (https one-click + mailto),
 * List-Unsubscribe-Post, List-Id and `Precedence: bulk`.
 */
import type { Payload } from 'payload'

import { readEmailSettings } from '@platform'
import { unsubscribeMailbox } from '../emails/composer'
import { listUnsubscribeHeaders, preferencesUrl, unsubscribeUrl } from '../lib/links'
import { tokenAgain, UNSUBSCRIBE_PURPOSE } from '../lib/tokens'
import type { RecipientLinks } from '../render/layout'
import type { RenderedNewsletter, Tracking } from '../render/renderCampaign'
import type { EmailLocale } from '../render/texts'
import type { Claimed, Recipient } from './claim'
import { classifySmtpFailure, type SmtpFailure } from './smtpFailure'

export type SiteForSending = { id: number; name: string; identifier: string; owner?: number; replyTo?: string; track: boolean }

export type RenderFor = (recipient: { links: RecipientLinks; tracking?: Tracking; locale: EmailLocale; recipient: Recipient }) => RenderedNewsletter

export const deliveryMessageId = (deliveryId: number, fromAddress: string): string => `<newsletter-${deliveryId}@${fromAddress.split('@')[1] || 'localhost'}>`

export type DeliveryOutcome = { ok: true } | { ok: false; failure: SmtpFailure }

export const deliver = async ({
  payload,
  claim,
  site,
  render,
}: {
  payload: Payload
  claim: Claimed
  site: SiteForSending
  render: RenderFor
}): Promise<DeliveryOutcome> => {
  const { recipient } = claim
  const serverURL = payload.config.serverURL
  const unsubscribeToken = tokenAgain(payload.secret, UNSUBSCRIBE_PURPOSE, recipient.unsubscribeTokenSeed, recipient.unsubscribeToken)
  // No working unsubscribe link, no newsletter: every email must let its reader leave.
  if (!unsubscribeToken) return { ok: false, failure: { kind: 'permanent', message: 'The subscriber has no unsubscribe link.' } }
  const email = render({
    links: { preferencesUrl: preferencesUrl(serverURL, unsubscribeToken), unsubscribeUrl: unsubscribeUrl(serverURL, unsubscribeToken) },
    // The delivery's own token only when the site tracks individuals; else the caller's render decides (a campaign
    // uses its anonymous campaign token, a digest goes untracked).
    tracking: site.track ? { token: claim.trackingToken, secret: payload.secret } : undefined,
    locale: recipient.locale === 'en' ? 'en' : 'pl',
    recipient,
  })
  const settings = readEmailSettings()
  const domain = settings.from.address.split('@')[1] || 'localhost'
  try {
    await payload.sendEmail({
      to: recipient.email,
      from: { name: site.name, address: settings.from.address },
      ...(site.replyTo || settings.replyTo ? { replyTo: site.replyTo || settings.replyTo } : {}),
      subject: email.subject,
      html: email.html,
      text: email.text,
      messageId: deliveryMessageId(claim.deliveryId, settings.from.address),
      headers: {
        ...listUnsubscribeHeaders({ serverURL, token: unsubscribeToken, mailbox: unsubscribeMailbox() }),
        'List-Id': `<${site.identifier}.newsletter.${domain}>`,
        Precedence: 'bulk',
        'Content-Language': email.locale,
      },
    })
    return { ok: true }
  } catch (error) {
    return { ok: false, failure: classifySmtpFailure(error) }
  }
}
