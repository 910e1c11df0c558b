/**
 * How the platform writes money, dates, numbers and counts in Polish and English, the public entry
 * `@platform/format`: pure and free of imports, so plugins' browser components (admin views, panels) use it
 * as well as their emails, PDFs and endpoints.
 */
export type Lang = 'pl' | 'en'

/** Polish unless the person chose English (an account's `locale`, the admin's language). */
export const langOf = (value: unknown): Lang => (value === 'en' ? 'en' : 'pl')

export const intlLocale = (lang: Lang) => (lang === 'pl' ? 'pl-PL' : 'en-GB')

/** Dates are the Polish calendar day (where the seller issues receipts), wherever the server runs. */
export const TIME_ZONE = 'Europe/Warsaw'

/** `12 345` / `12,345`. */
export const formatNumber = (value: number, lang: Lang): string => new Intl.NumberFormat(intlLocale(lang)).format(value)

/** Grosze as money: `4900` -> `49,00 zł` (pl) / `PLN 49.00` (en), with the no-break spaces Intl writes (it never wraps). */
export const formatMoney = (grosze: number, lang: Lang, currency = 'PLN'): string =>
  new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency }).format(grosze / 100)

/** `30 grudnia 2026` (pl: the genitive month a date takes) / `30 December 2026` (en). */
export const formatDate = (value: Date | string, lang: Lang, timeZone = TIME_ZONE): string =>
  new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(value))

/** `30 listopada 2026, 14:05` (pl) / `30 November 2026, 14:05` (en): a moment, in Warsaw time, on a 24-hour clock. */
export const formatDateTime = (value: Date | string, lang: Lang, timeZone = TIME_ZONE): string =>
  `${formatDate(value, lang, timeZone)}, ${new Intl.DateTimeFormat(intlLocale(lang), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(value))}`

export type PolishForms = { one: string; few: string; many: string }

/** The Polish form after a number: 1 strona, 2–4 and 22–24 (not 12–14) strony, otherwise stron (Intl's rules for pl). */
export const polishPlural = (count: number, forms: PolishForms): string => {
  const rule = new Intl.PluralRules('pl-PL').select(count)
  return rule === 'one' ? forms.one : rule === 'few' ? forms.few : forms.many
}

/**
 * A number with its noun in the reader's language: `formatCount(15, 'pl', MINUTES)` -> `15 minut`, `1 minutę`, `22 minuty`
 * (the forms are the caller's, in the case the sentence needs: "przez 1 minutę" takes the accusative) / `15 minutes`.
 */
export const formatCount = (count: number, lang: Lang, forms: { pl: PolishForms; en: { one: string; other: string } }): string =>
  `${formatNumber(count, lang)} ${lang === 'pl' ? polishPlural(count, forms.pl) : count === 1 ? forms.en.one : forms.en.other}`

/** A time zone as people name it (`Warszawa – czas środkowoeuropejski`), never its IANA id. */
export { timeZoneCity, timeZoneLabel } from './timeZoneLabel'
/** The zones an owner picks from (`timeZoneOptions`: common European zones first), and the check a stored zone passes. */
export { COMMON_TIME_ZONES, isKnownTimeZone, matchesTimeZone, supportedTimeZones, timeZoneOptions } from './timeZones'
export type { TimeZoneOption } from './timeZones'
