/** What the widget says, in Polish and English (counts with Polish plural forms, numbers and dates via @platform/format). */
import { formatDate, formatNumber, intlLocale, polishPlural } from '@platform/format'

import type { WidgetLang } from './options'

const TEXTS = {
  pl: {
    title: 'Opinie',
    empty: 'Nie ma jeszcze opinii.',
    featured: 'Wyróżniona',
    verifiedClient: 'Zweryfikowany klient',
    verifiedEmail: 'Potwierdzony adres e-mail',
    reply: 'Odpowiedź właściciela',
    source: 'Źródło opinii:',
  },
  en: {
    title: 'Testimonials',
    empty: 'No testimonials yet.',
    featured: 'Featured',
    verifiedClient: 'Verified client',
    verifiedEmail: 'Verified email',
    reply: "Owner's reply",
    source: 'Testimonials from',
  },
} as const

export type WidgetTexts = (typeof TEXTS)[WidgetLang]

export const widgetTexts = (lang: WidgetLang): WidgetTexts => TEXTS[lang]

/** `12 opinii` / `1 opinia` / `22 opinie`; `1 testimonial` / `1,204 testimonials`. */
export const countText = (count: number, lang: WidgetLang): string => {
  const number = formatNumber(count, lang)
  if (lang === 'en') return `${number} ${count === 1 ? 'testimonial' : 'testimonials'}`
  return `${number} ${polishPlural(count, { one: 'opinia', few: 'opinie', many: 'opinii' })}`
}

/** An average rating with one decimal: `4,8` / `4.8`. */
export const averageText = (average: number, lang: WidgetLang): string =>
  new Intl.NumberFormat(intlLocale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)

/** `Średnia ocena 4,8 na 5` / `Average rating 4.8 out of 5` (what a screen reader says for the summary's stars). */
export const averageLabel = (average: number, lang: WidgetLang): string =>
  lang === 'pl' ? `Średnia ocena ${averageText(average, lang)} na 5` : `Average rating ${averageText(average, lang)} out of 5`

/** `Ocena: 4 z 5` / `Rated 4 out of 5`. */
export const ratingLabel = (rating: number, lang: WidgetLang): string => (lang === 'pl' ? `Ocena: ${rating} z 5` : `Rated ${rating} out of 5`)

/** `30 listopada 2026` / `30 November 2026` (the Warsaw calendar day). */
export const dateText = (iso: string, lang: WidgetLang): string => formatDate(iso, lang)
