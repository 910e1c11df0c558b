/**
 * The `platform.send-email` job: renders the queued email (owner version ->
 * default, recipient language -> the other) and sends it through Payload's
 * email adapter with an HTML and a plain-text part. A failure (SMTP down, a
 * 4xx) fails the job, and the job runtime retries it with exponential backoff,
 * re-sending the same Message-ID so receivers can drop duplicates.
 */
import type { JobDefinition } from '../jobs/types'

import { readEmailSettings } from './config'
import { SEND_EMAIL_JOB, type EmailAttachment, type SendEmailJobData } from './queueEmail'
import { renderEmail } from './renderEmail'

/** `method=REQUEST` from `text/calendar; method=REQUEST; charset=UTF-8`. */
const calendarMethod = (contentType: string): string | undefined => {
  if (!/^text\/calendar\b/i.test(contentType)) return undefined
  return /;\s*method="?([A-Za-z-]+)"?/i.exec(contentType)?.[1]?.toUpperCase()
}

/**
 * Nodemailer's attachments, plus the first calendar attachment as `icalEvent`:
 * a `text/calendar` alternative beside the text and HTML parts, which Gmail and
 * Outlook turn into an invitation with "Add to calendar" / accept buttons.
 */
export const toNodemailerAttachments = (attachments: EmailAttachment[] | undefined) => {
  if (!attachments?.length) return {}
  const calendar = attachments.find((attachment) => calendarMethod(attachment.contentType))
  return {
    attachments: attachments.map(({ filename, content, contentType }) => ({ filename, content, contentType })),
    ...(calendar ? { icalEvent: { method: calendarMethod(calendar.contentType), filename: calendar.filename, content: calendar.content } } : {}),
  }
}

export const sendEmailJob = ({ retryDelayMs }: { retryDelayMs?: number } = {}): JobDefinition<SendEmailJobData> => ({
  name: SEND_EMAIL_JOB,
  lockLifetimeMs: 2 * 60_000,
  concurrency: 5,
  // About a day of retries with the default delay (30 s doubling): an SMTP outage loses nothing.
  maxRetries: 12,
  retryDelayMs: retryDelayMs ?? 30_000,
  handler: async (email, { payload }) => {
    const settings = readEmailSettings()
    const rendered = await renderEmail({ payload, template: email.template, locale: email.locale, data: email.data, ownerId: email.ownerId })
    const replyTo = email.replyTo ?? settings.replyTo
    await payload.sendEmail({
      to: email.to,
      from: { name: settings.from.name, address: settings.from.address },
      ...(replyTo ? { replyTo } : {}),
      subject: rendered.subject,
      html: rendered.html,
      text: rendered.text,
      messageId: email.messageId,
      ...toNodemailerAttachments(email.attachments),
      headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': rendered.locale },
    })
  },
})
