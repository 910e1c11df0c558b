/**
 * Reading an invited client's testimonial (pure): the page's form fields or a JSON body, checked with zod
 * against the plugin's length limits, with messages in the page's language for each field.
 */
import { z } from 'zod'

import { LIMITS } from '../slugs'
import type { FormErrors, FormField, FormValues } from './page'
import { PAGE_TEXTS, type PageLocale } from './pageTexts'

export type Submission = { name: string; rating: number; content: string }

const CONSENT_WORDS = new Set(['yes', 'on', 'true'])

/** What a form post or a JSON body carries, as the form shows it again (strings trimmed, CR LF as LF). */
export const submittedValues = (input: Record<string, unknown>): FormValues => {
  const text = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : '')
  const rating =
    typeof input.rating === 'number' ? input.rating : typeof input.rating === 'string' && /^\d$/.test(input.rating.trim()) ? Number(input.rating) : undefined
  const consent = input.consent === true || (typeof input.consent === 'string' && CONSENT_WORDS.has(input.consent.trim().toLowerCase()))
  return { name: text(input.name), rating, content: text(input.content), consent }
}

const schemaFor = (locale: PageLocale) => {
  const text = PAGE_TEXTS[locale]
  return z.object({
    name: z.string().min(1, text.nameRequired).max(LIMITS.authorName, text.nameTooLong(LIMITS.authorName)),
    rating: z.number({ error: text.ratingRequired }).int(text.ratingRequired).min(1, text.ratingRequired).max(5, text.ratingRequired),
    content: z.string().min(1, text.contentRequired).max(LIMITS.content, text.contentTooLong(LIMITS.content)),
    consent: z.literal(true, { error: text.consentRequired }),
  })
}

export const readSubmission = (
  input: Record<string, unknown>,
  locale: PageLocale,
): { ok: true; submission: Submission; values: FormValues } | { ok: false; errors: FormErrors; values: FormValues } => {
  const values = submittedValues(input)
  const parsed = schemaFor(locale).safeParse(values)
  if (parsed.success) return { ok: true, submission: { name: parsed.data.name, rating: parsed.data.rating, content: parsed.data.content }, values }
  const errors: FormErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as FormField
    errors[field] ??= issue.message
  }
  return { ok: false, errors, values }
}
