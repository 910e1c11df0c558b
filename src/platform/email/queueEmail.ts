/**
 * The one way platform code and plugins send email: queue it. Rendering
 * (owner override -> default template, recipient language with fallback) and
 * sending happen in the `platform.send-email` Agenda job, with retries, so a
 * slow or failing SMTP server never blocks a request and nothing is lost.
 *
 * CONTRACT (implemented with the email issue): callers rely on this signature only.
 */
import type { Payload, PayloadRequest } from 'payload'

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
