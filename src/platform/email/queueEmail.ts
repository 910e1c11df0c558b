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

import { afterCommit } from '../db/afterCommit'
import { getJobs } from '../jobs/attach'
import { readEmailSettings } from './config'
import type { Locale } from './renderTemplate'

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
}

export type QueueEmail = (req: Pick<PayloadRequest, 'payload' | 'transactionID'> | { payload: Payload }, email: QueuedEmail) => Promise<void>

export const SEND_EMAIL_JOB = 'platform.send-email'

/** What the job keeps: the email as queued plus its Message-ID, made once so a retry re-sends the same id. */
export type SendEmailJobData = QueuedEmail & { messageId: string }

const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+$/

/** `<uuid@sender-domain>`: unique, and stable for the job's retries. */
export const newMessageId = (fromAddress: string): string => `<${randomUUID()}@${fromAddress.split('@')[1] || 'localhost'}>`

export const queueEmail: QueueEmail = async (req, email) => {
  if (!ADDRESS.test(email.to)) throw new Error(`queueEmail: "${email.to}" is not an email address`)
  if (!/^[a-z0-9][a-z0-9-]*$/.test(email.template)) throw new Error(`queueEmail: invalid template slug "${email.template}"`)
  if (email.locale !== 'pl' && email.locale !== 'en') throw new Error(`queueEmail: locale must be "pl" or "en"`)
  const data: SendEmailJobData = {
    ...email,
    // A job's data is stored as JSON; fail here, in the caller, rather than in the job.
    data: JSON.parse(JSON.stringify(email.data ?? {})) as Record<string, unknown>,
    messageId: newMessageId(readEmailSettings().from.address),
  }
  const jobs = getJobs(req.payload)
  await afterCommit(req as Pick<PayloadRequest, 'payload' | 'transactionID'>, async () => {
    await jobs.enqueue(SEND_EMAIL_JOB, data)
  })
}
