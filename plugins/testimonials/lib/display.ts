/** How the public section writes ratings and counts, in Polish and English (pure). */
import { formatDate, polishPlural } from '@platform/format'
import type { FormLocale } from './formRules'

/** `12 opinii`, `1 opinia`, `3 opinie` / `12 testimonials`, `1 testimonial`. */
export const countLabel = (count: number, locale: FormLocale): string =>
  locale === 'pl'
    ? `${count} ${polishPlural(count, { one: 'opinia', few: 'opinie', many: 'opinii' })}`
    : `${count} ${count === 1 ? 'testimonial' : 'testimonials'}`

/** The accessible text of a star rating: `Ocena 5 na 5` / `Rated 5 out of 5`. */
export const ratingText = (rating: number, locale: FormLocale): string => (locale === 'pl' ? `Ocena ${rating} na 5` : `Rated ${rating} out of 5`)

/** `4,8` / `4.8`: one decimal place, as people write an average rating. */
export const averageText = (average: number, locale: FormLocale): string =>
  new Intl.NumberFormat(locale === 'pl' ? 'pl-PL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)

/** The stars of a rating: filled then empty, out of five. */
export const starsOf = (rating: number): string => {
  const filled = Math.max(0, Math.min(5, Math.round(rating)))
  return '★'.repeat(filled) + '☆'.repeat(5 - filled)
}

/** The date a testimonial was given, as a day in Warsaw: `30 listopada 2026` / `30 November 2026`. */
export const givenOn = (value: string | null, locale: FormLocale): string | undefined => (value ? formatDate(value, locale) : undefined)

export const SECTION_TEXTS = {
  pl: {
    heading: 'Opinie',
    average: (average: string) => `Średnia ocena ${average} na 5`,
    summary: 'W skrócie',
    verifiedEmail: 'Potwierdzony adres e-mail',
    verifiedClient: 'Zweryfikowany klient',
    featured: 'Wyróżniona',
    reply: (site: string) => `Odpowiedź: ${site}`,
    none: 'Nie ma jeszcze opinii. Twoja może być pierwsza!',
    list: 'Opinie',
  },
  en: {
    heading: 'Testimonials',
    average: (average: string) => `Average rating ${average} out of 5`,
    summary: 'In short',
    verifiedEmail: 'Verified email',
    verifiedClient: 'Verified client',
    featured: 'Featured',
    reply: (site: string) => `Reply from ${site}`,
    none: 'No testimonials yet. Yours could be the first!',
    list: 'Testimonials',
  },
} as const
