/**
 * A JSON body checked with a zod schema: the parsed value, or a 400 naming the first problem as a sentence in
 * the caller's language ("E-mail: wpisz poprawny adres e-mail", "Imię jest wymagane"), never zod's own
 * `email: Invalid email address`. A schema may give its own bilingual messages with `zodText` (@platform).
 */
import type { PayloadRequest } from 'payload'
import type { z, ZodType } from 'zod'

import { APIError } from 'payload'

import type { Lang } from '../i18n/format'
import { requestLocale, validateLocale } from '../i18n/requestLocale'
import { hasBilingualText, issueSentence, PARSE_OPTIONS, problemText, type IssueLike } from '../i18n/zodMessages'
import { fieldLabelOf } from '../sites/configLabels'
import { readJsonBody } from './json'

/** A body field's path as words: `['guests', 1, 'email']` → "Guests › nr 2 › E-mail". */
export const bodyPathLabel = (path: readonly PropertyKey[], lang: Lang): { label?: string; gender?: ReturnType<typeof fieldLabelOf>['gender'] } => {
  if (!path.length) return {}
  const last = path[path.length - 1]
  const label = path
    .map((key) => (typeof key === 'number' ? (lang === 'pl' ? `nr ${key + 1}` : `no. ${key + 1}`) : fieldLabelOf(String(key))[lang]))
    .join(' › ')
  return { label, gender: typeof last === 'string' ? fieldLabelOf(last).gender : undefined }
}

/** The first issue of a failed parse as a sentence in `lang`. */
export const bodyIssueMessage = (issue: IssueLike, lang: Lang): string =>
  // A schema's own one-language sentence ("Consent is required to subscribe.") is shown as its author wrote it.
  problemText(issue, lang).own ? issue.message : issueSentence({ issue, lang, ...bodyPathLabel(issue.path ?? [], lang) })

export const readBody = async <Schema extends ZodType>(req: PayloadRequest, schema: Schema): Promise<z.infer<Schema>> => {
  const parsed = schema.safeParse(await readJsonBody(req), PARSE_OPTIONS)
  if (parsed.success) return parsed.data
  throw new APIError(bodyIssueMessage(parsed.error.issues[0], requestLocale(req)), 400)
}

/**
 * A field's `validate` with a zod schema (a json field's shape): `true`, or each problem as a sentence in the
 * admin's language. A schema's own bilingual message (`zodText(t(…))`) is a whole sentence and is shown alone;
 * zod's generic problems are named with their path, as readBody does.
 */
export const validateWithSchema = (schema: ZodType, value: unknown, req: unknown): true | string => {
  const parsed = schema.safeParse(value, PARSE_OPTIONS)
  if (parsed.success) return true
  const lang = validateLocale(req)
  return parsed.error.issues.map((issue) => (hasBilingualText(issue) ? problemText(issue, lang).text : bodyIssueMessage(issue, lang))).join(' ')
}
