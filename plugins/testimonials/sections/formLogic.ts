/**
 * The testimonial form's browser-side logic (pure, no DOM): the request body, and what to show for the server's
 * answer (its message, each field's problem beside the field, or a short error). The texts and rules are
 * lib/formRules.ts's, which the server uses too.
 */
import { FORM_TEXTS, type FieldErrors, type FieldName, type FormLocale, type FormValues } from '../lib/formRules'

export const requestBody = (values: FormValues, locale: FormLocale, honeypot: string) => ({
  authorName: values.authorName.trim(),
  authorEmail: values.authorEmail.trim(),
  rating: values.rating,
  content: values.content.trim(),
  consent: values.consent,
  locale,
  website: honeypot,
})

export type FormOutcome = { kind: 'done'; text: string } | { kind: 'error'; text: string; fields: FieldErrors }

const FIELD_NAMES: readonly string[] = ['authorName', 'authorEmail', 'rating', 'content', 'consent'] satisfies FieldName[]

/** The server's answer as the form shows it. */
export const interpretAnswer = (status: number, body: unknown, locale: FormLocale): FormOutcome => {
  const texts = FORM_TEXTS[locale].errors
  const answer = (body && typeof body === 'object' ? body : {}) as { message?: unknown; errors?: unknown }
  if (status === 202 && typeof answer.message === 'string') return { kind: 'done', text: answer.message }
  const errors = Array.isArray(answer.errors) ? (answer.errors as { message?: unknown; field?: unknown }[]) : []
  if (status === 400) {
    const fields: FieldErrors = {}
    const general: string[] = []
    for (const error of errors) {
      if (typeof error?.message !== 'string') continue
      if (typeof error.field === 'string' && FIELD_NAMES.includes(error.field)) fields[error.field as FieldName] ??= error.message
      else general.push(error.message)
    }
    return { kind: 'error', text: general[0] ?? '', fields }
  }
  if (status === 429) {
    const message = typeof errors[0]?.message === 'string' ? errors[0].message : texts.tooMany
    return { kind: 'error', text: message, fields: {} }
  }
  return { kind: 'error', text: texts.failed, fields: {} }
}
