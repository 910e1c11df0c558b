/**
 * The `platform.send-email` job: renders the queued email (owner version ->
 * default, recipient language -> the other) and sends it through Payload's
 * email adapter with an HTML and a plain-text part. A failure (SMTP down, a
 * 4xx) fails the job, and the job runtime retries it with exponential backoff,
 * re-sending the same Message-ID so receivers can drop duplicates.
 *
 * Once per Message-ID: a message the SMTP server accepted is recorded
 * (sentMessages.ts) and never sent again, and the job runtime renews the lock
 * while a slow server takes its time (jobs/keepLocked.ts). An email queued by
 * composer (ComposedEmail) is made here, from ids, so its link exists only in
 * the message.
 */
import type { Payload } from 'payload'

import type { JobDefinition } from '../jobs/types'
import { getRegistry } from '../plugins/registry'
import { readEmailSettings } from './config'
import { checkEmail, checkHeaders, isComposed, SEND_EMAIL_JOB, type EmailAttachment, type QueuedEmail, type SendEmailJobData } from './queueEmail'
import { renderEmail } from './renderEmail'
import { recordSent, wasSent } from './sentMessages'

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
    attachments: attachments.map(({ filename, content, contentType, encoding }) => ({ filename, content, contentType, ...(encoding ? { encoding } : {}) })),
    ...(calendar ? { icalEvent: { method: calendarMethod(calendar.contentType), filename: calendar.filename, content: calendar.content } } : {}),
  }
}

/** The email a job sends: as queued, or made now by its composer (undefined: nothing to send any more). */
const emailOf = async (payload: Payload, job: SendEmailJobData): Promise<QueuedEmail | undefined> => {
  if (!isComposed(job)) return job
  const composer = getRegistry(payload.config).emailComposers.find((candidate) => candidate.name === job.compose)
  if (!composer) throw new Error(`No email composer "${job.compose}"`)
  const email = await composer.compose({ payload, args: job.args })
  if (email) checkEmail(email)
  return email
}

export const sendEmailJob = ({ retryDelayMs, lockLifetimeMs }: { retryDelayMs?: number; lockLifetimeMs?: number } = {}): JobDefinition<SendEmailJobData> => ({
  name: SEND_EMAIL_JOB,
  lockLifetimeMs: lockLifetimeMs ?? 2 * 60_000,
  concurrency: 5,
  // About a day of retries with the default delay (30 s doubling): an SMTP outage loses nothing.
  maxRetries: 12,
  retryDelayMs: retryDelayMs ?? 30_000,
  handler: async (job, { payload }) => {
    if (await wasSent(payload, job.messageId)) {
      payload.logger.info({ msg: `Email ${job.messageId} was sent already; not sending it again` })
      return
    }
    const email = await emailOf(payload, job)
    if (!email) return
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
      messageId: job.messageId,
      ...toNodemailerAttachments(email.attachments),
      // The caller's allow-listed headers (list mail's List-Unsubscribe), then the platform's own, which win.
      headers: { ...checkHeaders(email.headers), 'Auto-Submitted': 'auto-generated', 'Content-Language': rendered.locale },
    })
    // Accepted: from now on a run of this job (retried, or taken over) sends nothing.
    await recordSent(payload, job.messageId)
  },
})
