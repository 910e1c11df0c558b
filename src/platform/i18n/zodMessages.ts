/**
 * Pure: zod's issues as sentences an owner reads, in Polish or English, instead of zod's own
 * (`Too small: expected string to have >=1 characters`). zod 4 ships locales (`z.locales.pl()`), but its
 * Polish is generic ("Zbyt mał(y/a/e)…") and it is one global setting, while the platform answers each
 * request in its caller's language; so a parse marks the issues it has no message for (`PARSE_OPTIONS`)
 * and `problemText` words them here, in the language asked for, after the parse.
 *
 * A schema's own message may be bilingual: `z.string().regex(re, zodText(t('Expected …', 'Podaj …')))`
 * (or `params: { text: t(...) }` on a refinement); a plain string stays as written.
 */
import type { Lang } from './format'
import { polishPlural } from './format'

/** A label's grammatical gender in Polish (m, f, n; `p` a plural noun), for "jest wymagany/wymagana/wymagane/są wymagane". */
export type Gender = 'm' | 'f' | 'n' | 'p'

export type Bilingual = { en: string; pl: string }

/** What the parse writes for an issue with no message of its schema's own; worded later by `problemText`. */
const GENERIC = '\u2063zod'
const MISSING = '\u2063zod:missing'
const BILINGUAL = '\u2063i18n:'

/** A message in both languages for a zod check (`.regex(re, zodText(t(en, pl)))`, `.min(1, zodText(...))`). */
export const zodText = (text: Bilingual): string => `${BILINGUAL}${JSON.stringify({ en: text.en, pl: text.pl })}`

/** The message of a value that must be given ("Nagłówek jest wymagany"), for a check like `z.string().min(1, REQUIRED)`. */
export const REQUIRED = MISSING

/** Parse options that mark the issues without a message of their schema's own: `schema.safeParse(value, PARSE_OPTIONS)`. */
export const PARSE_OPTIONS = {
  error: (issue: { code?: string; input?: unknown }) => (issue.code === 'invalid_type' && issue.input === undefined ? MISSING : GENERIC),
}

/** The fields of a zod issue this module reads (zod's `$ZodIssue`, loosely). */
export type IssueLike = {
  code?: string
  message: string
  path?: readonly PropertyKey[]
  origin?: string
  minimum?: number | bigint
  maximum?: number | bigint
  expected?: string
  format?: string
  values?: readonly unknown[]
  keys?: readonly string[]
  divisor?: number | bigint
  params?: { text?: Partial<Bilingual> }
}

const decode = (message: string): Bilingual | undefined => {
  if (!message.startsWith(BILINGUAL)) return undefined
  try {
    const parsed = JSON.parse(message.slice(BILINGUAL.length)) as Bilingual
    return typeof parsed.en === 'string' && typeof parsed.pl === 'string' ? parsed : undefined
  } catch {
    return undefined
  }
}

/** Whether the issue's text is its schema's own, in both languages (`zodText(t(…))`, or `params.text`). */
export const hasBilingualText = (issue: IssueLike): boolean => Boolean(issue.params?.text?.en && issue.params?.text?.pl) || decode(issue.message) !== undefined

/** Whether the issue says a value is missing (not given, or an empty text where one is required). */
export const isMissing = (issue: IssueLike): boolean =>
  issue.message === MISSING ||
  issue.message === 'Required' ||
  (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1 && issue.message === GENERIC)

const REQUIRED_PL: Record<Gender, string> = { m: 'jest wymagany', f: 'jest wymagana', n: 'jest wymagane', p: 'są wymagane' }

const count = (n: number, lang: Lang, en: [string, string], pl: { one: string; few: string; many: string }) =>
  lang === 'pl' ? `${n} ${polishPlural(n, pl)}` : `${n} ${n === 1 ? en[0] : en[1]}`

const CHARACTERS = { one: 'znak', few: 'znaki', many: 'znaków' }
const ITEMS = { one: 'pozycję', few: 'pozycje', many: 'pozycji' }

/** `a / b / c` (no commas: Payload's error toast splits its list at commas). */
const list = (values: readonly unknown[]) => values.map(String).join(' / ')

const EXPECTED: Record<string, Bilingual> = {
  string: { en: 'enter a text', pl: 'wpisz tekst' },
  number: { en: 'enter a number', pl: 'podaj liczbę' },
  int: { en: 'enter a whole number', pl: 'podaj liczbę całkowitą' },
  boolean: { en: 'choose yes or no', pl: 'wybierz tak albo nie' },
  array: { en: 'expected a list', pl: 'oczekiwano listy' },
  object: { en: 'expected a group of fields', pl: 'oczekiwano grupy pól' },
}

const FORMATS: Record<string, Bilingual> = {
  email: { en: 'enter a valid email address', pl: 'wpisz poprawny adres e-mail' },
  url: { en: 'enter an address starting with http:// or https://', pl: 'wpisz adres zaczynający się od http:// lub https://' },
  date: { en: 'enter a date (YYYY-MM-DD)', pl: 'podaj datę (RRRR-MM-DD)' },
  datetime: { en: 'enter a date and time', pl: 'podaj datę i godzinę' },
  time: { en: 'enter a time (HH:MM)', pl: 'podaj godzinę (GG:MM)' },
  uuid: { en: 'is not a valid identifier', pl: 'to nie jest poprawny identyfikator' },
}

/**
 * The problem an issue names, without its field: "jest wymagany" (with the field's `gender`), "wpisz co najmniej
 * 3 znaki", "podaj kolor…" (a schema's bilingual message), or the schema's own plain text.
 * `required` tells the caller to write it after the label ("Nagłówek jest wymagany"), others after a colon;
 * `own` marks a schema's plain (one-language) message, which is shown as its author wrote it.
 */
export const problemText = (issue: IssueLike, lang: Lang, gender?: Gender): { text: string; required: boolean; own?: boolean } => {
  const own = issue.params?.text
  if (own?.en && own?.pl) return { text: own[lang]!, required: false }
  const bilingual = decode(issue.message)
  if (bilingual) return { text: bilingual[lang], required: false }
  if (isMissing(issue)) {
    if (lang === 'en') return { text: 'is required', required: true }
    return gender ? { text: REQUIRED_PL[gender], required: true } : { text: 'to pole jest wymagane', required: false }
  }
  if (issue.message !== GENERIC) return { text: issue.message, required: false, own: true }
  const en = lang === 'en'
  const say = (text: Bilingual) => ({ text: text[lang], required: false })
  const min = Number(issue.minimum)
  const max = Number(issue.maximum)
  switch (issue.code) {
    case 'invalid_type':
      return say(EXPECTED[issue.expected ?? ''] ?? { en: 'is not a valid value', pl: 'nieprawidłowa wartość' })
    case 'too_small':
      if (issue.origin === 'string')
        return { text: `${en ? 'enter at least' : 'wpisz co najmniej'} ${count(min, lang, ['character', 'characters'], CHARACTERS)}`, required: false }
      if (issue.origin === 'array' || issue.origin === 'set')
        return { text: `${en ? 'add at least' : 'dodaj co najmniej'} ${count(min, lang, ['item', 'items'], ITEMS)}`, required: false }
      return say({ en: `enter a number of at least ${min}`, pl: `podaj liczbę nie mniejszą niż ${min}` })
    case 'too_big':
      if (issue.origin === 'string')
        return { text: `${en ? 'enter at most' : 'wpisz najwyżej'} ${count(max, lang, ['character', 'characters'], CHARACTERS)}`, required: false }
      if (issue.origin === 'array' || issue.origin === 'set')
        return { text: `${en ? 'keep at most' : 'zostaw najwyżej'} ${count(max, lang, ['item', 'items'], ITEMS)}`, required: false }
      return say({ en: `enter a number of at most ${max}`, pl: `podaj liczbę nie większą niż ${max}` })
    case 'invalid_format':
      return say(FORMATS[issue.format ?? ''] ?? { en: 'has the wrong format', pl: 'ma nieprawidłowy format' })
    case 'invalid_value':
      return say({ en: `choose one of: ${list(issue.values ?? [])}`, pl: `wybierz jedną z wartości: ${list(issue.values ?? [])}` })
    case 'not_multiple_of':
      return say({ en: `enter a multiple of ${issue.divisor}`, pl: `podaj wielokrotność liczby ${issue.divisor}` })
    case 'unrecognized_keys':
      return say({ en: `unknown fields: ${list(issue.keys ?? [])}`, pl: `nieznane pola: ${list(issue.keys ?? [])}` })
    default:
      return say({ en: 'is not valid', pl: 'nieprawidłowa wartość' })
  }
}

/** One issue as a sentence: `label` (a field's name, already labelled) and its problem; without a label just the problem, capitalised. */
export const issueSentence = ({ issue, lang, label, gender }: { issue: IssueLike; lang: Lang; label?: string; gender?: Gender }): string => {
  const problem = problemText(issue, lang, label ? gender : undefined)
  if (!label) {
    const text = problem.required ? (lang === 'pl' ? 'To pole jest wymagane' : 'This field is required') : problem.text
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  return problem.required ? `${label} ${problem.text}` : `${label}: ${problem.text}`
}
