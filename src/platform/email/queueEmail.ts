/**
 * The one way platform code and plugins send email: queue it. Rendering
 * (owner override -> default template, recipient language with fallback) and
 * sending happen in the `platform.send-email` Agenda job, with retries, so a
 * slow or failing SMTP server never blocks a request and nothing is lost.
 *
 * Callers rely on `queueEmail` and these types only.
 */
import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { writeOutbox } from '../jobs/outbox/relay'
import { getRegistry } from '../plugins/registry'
import { readEmailSettings } from './config'
import type { Locale } from './renderTemplate'

/**
 * A file sent with the email, kept in the job's data (JSON): text (a calendar
 * invitation, a CSV), or binary (a PDF) as base64 with `encoding: 'base64'`.
 * A `text/calendar` attachment is also offered as the message's calendar
 * alternative, so mail apps show "Add to calendar". A big binary file is better
 * made when the email is sent (an EmailComposer), so the queue keeps only ids.
 */
export type EmailAttachment = {
  filename: string
  /** The text itself, or with `encoding: 'base64'` the file's bytes in base64. */
  content: string
  /** e.g. `text/calendar; method=REQUEST; charset=UTF-8`, `application/pdf`. */
  contentType: string
  encoding?: 'base64'
}

/** Per email, all attachments together as stored (UTF-8 octets of the text or of the base64); a job's data stays small. */
export const MAX_ATTACHMENT_BYTES = 256 * 1024
export const MAX_ATTACHMENTS = 5

export type QueuedEmail = {
  to: string
  /** Template slug, e.g. `magic-link-login`, `team-invitation`. */
  template: string
  locale: Locale
  /** Values for the template (escaped by Handlebars). */
  data: Record<string, unknown>
  /** Use this owner's override of the template when there is one. */
  ownerId?: number | string
  replyTo?: string
  attachments?: EmailAttachment[]
  /**
   * Extra message headers, only the names in EMAIL_HEADER_NAMES (list mail: `List-Unsubscribe`,
   * `List-Unsubscribe-Post`, `List-Id`, `List-Help`, `Precedence`); values are one line of printable text.
   */
  headers?: Record<string, string>
}

/**
 * An email made when it is sent, from ids, by a composer a plugin registered
 * (`emailComposers`): for messages carrying a secret (a link with a token), so
 * the queue and the outbox keep only ids and the link exists only in the
 * message itself. The composer returns nothing when there is nothing to send
 * any more (the booking is gone, say).
 */
export type ComposedEmail = { compose: string; args: Record<string, unknown> }

export type EmailComposer = {
  /** Unique, namespaced by plugin: `booking.visitor-email`. */
  name: string
  compose: (context: { payload: Payload; args: Record<string, unknown> }) => Promise<QueuedEmail | undefined>
}

export type QueueEmail = (req: Pick<PayloadRequest, 'payload' | 'transactionID'> | { payload: Payload }, email: QueuedEmail | ComposedEmail) => Promise<void>

export const SEND_EMAIL_JOB = 'platform.send-email'

/** What the job keeps: the email as queued (or its composer and ids) plus its Message-ID, made once so a retry re-sends the same id. */
export type SendEmailJobData = (QueuedEmail | ComposedEmail) & { messageId: string }

export const isComposed = (email: QueuedEmail | ComposedEmail): email is ComposedEmail => 'compose' in email && typeof email.compose === 'string'

const FILENAME = /^[^\\/"]{1,100}$/
const hasControl = (value: string) => Array.from(value).some((char) => char.charCodeAt(0) < 0x20 || char === '\u007f')
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const CONTENT_TYPE = /^[a-z]+\/[a-z0-9.+-]+(\s*;\s*[a-z-]+=("[^"\r\n]*"|[^;\s"]+))*$/i

/** Throws when attachments are malformed or too big (the caller's mistake, found before anything is queued). */
export const checkAttachments = (attachments: EmailAttachment[] | undefined): void => {
  if (attachments === undefined) return
  if (!Array.isArray(attachments) || attachments.length > MAX_ATTACHMENTS) throw new Error(`queueEmail: at most ${MAX_ATTACHMENTS} attachments`)
  let bytes = 0
  for (const attachment of attachments) {
    if (!FILENAME.test(attachment?.filename ?? '') || hasControl(attachment.filename))
      throw new Error(`queueEmail: invalid attachment filename "${attachment?.filename}"`)
    if (!CONTENT_TYPE.test(attachment.contentType ?? '')) throw new Error(`queueEmail: invalid attachment content type "${attachment.contentType}"`)
    if (typeof attachment.content !== 'string') throw new Error('queueEmail: attachment content must be a string')
    if (attachment.encoding !== undefined && attachment.encoding !== 'base64') throw new Error('queueEmail: attachment encoding must be "base64" or absent')
    if (attachment.encoding === 'base64' && !BASE64.test(attachment.content)) throw new Error('queueEmail: attachment content is not base64')
    bytes += Buffer.byteLength(attachment.content, 'utf8')
  }
  if (bytes > MAX_ATTACHMENT_BYTES) throw new Error(`queueEmail: attachments exceed ${MAX_ATTACHMENT_BYTES} bytes`)
}

/** Headers a caller may add (case-insensitive); the platform's own (From, Message-ID, Auto-Submitted, ...) are not among them. */
export const EMAIL_HEADER_NAMES = ['List-Unsubscribe', 'List-Unsubscribe-Post', 'List-Id', 'List-Help', 'Precedence'] as const
export const MAX_HEADER_LENGTH = 2000

/** Throws unless every header is allow-listed and its value one line of printable text (no CR/LF: no header injection). */
export const checkHeaders = (headers: Record<string, string> | undefined): Record<string, string> | undefined => {
  if (headers === undefined) return undefined
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) throw new Error('queueEmail: headers must be an object')
  const checked: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    const canonical = EMAIL_HEADER_NAMES.find((allowed) => allowed.toLowerCase() === name.toLowerCase())
    if (!canonical) throw new Error(`queueEmail: the header "${name}" may not be set (allowed: ${EMAIL_HEADER_NAMES.join(', ')})`)
    if (canonical in checked) throw new Error(`queueEmail: the header "${canonical}" is given twice`)
    if (typeof value !== 'string' || !value.trim() || value.length > MAX_HEADER_LENGTH || hasControl(value))
      throw new Error(`queueEmail: the header "${canonical}" must be one line of text (at most ${MAX_HEADER_LENGTH} characters)`)
    checked[canonical] = value
  }
  return checked
}

const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+$/

/** `<uuid@sender-domain>`: unique, and stable for the job's retries. */
export const newMessageId = (fromAddress: string): string => `<${randomUUID()}@${fromAddress.split('@')[1] || 'localhost'}>`

/** Throws when an email is malformed (the caller's mistake, or a composer's). */
export const checkEmail = (email: QueuedEmail): void => {
  if (!ADDRESS.test(email.to)) throw new Error(`queueEmail: "${email.to}" is not an email address`)
  if (!/^[a-z0-9][a-z0-9-]*$/.test(email.template)) throw new Error(`queueEmail: invalid template slug "${email.template}"`)
  if (email.locale !== 'pl' && email.locale !== 'en') throw new Error(`queueEmail: locale must be "pl" or "en"`)
  checkAttachments(email.attachments)
  checkHeaders(email.headers)
}

/** Queues an email; inside a request, in its transaction (through the outbox), so it goes out exactly when the change commits. */
export const queueEmail: QueueEmail = async (req, email) => {
  const messageId = newMessageId(readEmailSettings().from.address)
  let data: SendEmailJobData
  if (isComposed(email)) {
    if (!getRegistry(req.payload.config).emailComposers.some((composer) => composer.name === email.compose))
      throw new Error(`queueEmail: no email composer "${email.compose}"`)
    // A job's data is stored as JSON; fail here, in the caller, rather than in the job.
    data = { compose: email.compose, args: JSON.parse(JSON.stringify(email.args ?? {})) as Record<string, unknown>, messageId }
  } else {
    checkEmail(email)
    data = {
      ...email,
      data: JSON.parse(JSON.stringify(email.data ?? {})) as Record<string, unknown>,
      ...(email.attachments?.length
        ? {
            attachments: email.attachments.map(({ filename, content, contentType, encoding }) => ({
              filename,
              content,
              contentType,
              ...(encoding ? { encoding } : {}),
            })),
          }
        : {}),
      messageId,
    }
  }
  await writeOutbox(req as Pick<PayloadRequest, 'payload' | 'transactionID'>, [{ job: SEND_EMAIL_JOB, data }])
}
