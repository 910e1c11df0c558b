/**
 * The public form's body (zod), with every message in the form's language (lib/formRules.ts holds the limits and
 * texts the browser script uses too). `locale` is the language of the page the form was on: it picks the
 * messages, and the testimonial and the author's email are in it.
 */
import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { EMAIL_MAX_LENGTH, parseEmail, readJsonBody, requestLocale } from '@platform'
import { FORM_LIMITS, FORM_TEXTS, HONEYPOT_FIELD, type FieldName, type FormLocale } from '../lib/formRules'

export const submitSchema = (locale: FormLocale) => {
  const text = FORM_TEXTS[locale].errors
  return z.strictObject(
    {
      authorName: z.string({ error: text.authorName }).trim().min(1, { error: text.authorName }).max(FORM_LIMITS.authorName, { error: text.authorNameTooLong }),
      authorEmail: z
        .string({ error: text.authorEmail })
        .max(EMAIL_MAX_LENGTH + 64, { error: text.authorEmail })
        .transform((value, context) => {
          const email = parseEmail(value)
          if (email) return email
          context.addIssue({ code: 'custom', message: text.authorEmail })
          return z.NEVER
        }),
      rating: z.number({ error: text.rating }).int({ error: text.rating }).min(1, { error: text.rating }).max(5, { error: text.rating }),
      content: z
        .string({ error: text.contentTooShort })
        .trim()
        .min(FORM_LIMITS.contentMin, { error: text.contentTooShort })
        .max(FORM_LIMITS.content, { error: text.contentTooLong }),
      consent: z.literal(true, { error: text.consent }),
      locale: z.enum(['pl', 'en'], { error: text.invalid }).optional(),
      // The honeypot: any text is accepted here (a bot must not learn it was caught); the endpoint stores nothing then.
      [HONEYPOT_FIELD]: z.string({ error: text.invalid }).max(FORM_LIMITS.honeypot, { error: text.invalid }).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? text.unknownField : undefined) },
  )
}

export type Submission = z.infer<ReturnType<typeof submitSchema>>

export type FieldError = { message: string; field?: FieldName }

const FIELDS: readonly string[] = ['authorName', 'authorEmail', 'rating', 'content', 'consent'] satisfies FieldName[]

/**
 * The body checked: the submission in its language, or the problems (the first per field, each naming its
 * field so the form can show it beside the input). 415/400 for a body that is not a JSON object (readJsonBody).
 */
export const readSubmission = async (
  req: PayloadRequest,
): Promise<{ ok: true; locale: FormLocale; submission: Submission } | { ok: false; locale: FormLocale; errors: FieldError[] }> => {
  const raw = await readJsonBody(req)
  const locale: FormLocale = raw.locale === 'en' || raw.locale === 'pl' ? raw.locale : requestLocale(req)
  const parsed = submitSchema(locale).safeParse(raw)
  if (parsed.success) return { ok: true, locale, submission: parsed.data }
  const errors: FieldError[] = []
  for (const issue of parsed.error.issues) {
    const field = typeof issue.path[0] === 'string' && FIELDS.includes(issue.path[0]) ? (issue.path[0] as FieldName) : undefined
    if (field && errors.some((error) => error.field === field)) continue
    errors.push(field ? { message: issue.message, field } : { message: issue.message })
  }
  return { ok: false, locale, errors }
}
