/**
 * A refused site configuration as the admin shows it: a 400 whose message is the intro and each problem
 * ("Nie zapisano zmian: Start › O mnie › Nagłówek (PL) jest wymagany, …" — Payload's error toast lists the
 * parts after the colon, split at commas) and whose `data.errors` puts the same text on the field itself.
 * `data.issues` keeps each problem's config path for API clients.
 */
import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { Lang } from '../i18n/format'
import { requestLocale } from '../i18n/requestLocale'
import type { ConfigIssue } from './templateConfig'

const INTROS = {
  save: { en: 'The changes were not saved', pl: 'Nie zapisano zmian' },
  publish: { en: 'The site was not published', pl: 'Strony nie opublikowano' },
}
export type RefusedAction = keyof typeof INTROS

/** The refusal's text: `Nie zapisano zmian: A, B, i jeszcze 2`. */
export const refusalMessage = (
  issues: readonly ConfigIssue[],
  lang: Lang,
  { action = 'save', max = 5 }: { action?: RefusedAction; max?: number } = {},
): string => {
  const shown = issues.slice(0, max).map((issue) => issue.message.replace(/,/g, '\u201a'))
  const more = issues.length - shown.length
  if (more > 0) shown.push(lang === 'pl' ? `i jeszcze ${more}` : `and ${more} more`)
  return `${INTROS[action][lang]}: ${shown.join(', ')}`
}

export const configRefusal = ({
  req,
  field,
  issues,
  action,
}: {
  req: Pick<PayloadRequest, 'headers' | 'user' | 'payload'>
  field: string
  issues: readonly ConfigIssue[]
  action?: RefusedAction
}) => {
  const message = refusalMessage(issues, requestLocale(req), { action })
  return new APIError(message, 400, { issues, errors: [{ path: field, message }] }, true)
}
