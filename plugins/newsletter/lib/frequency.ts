import type { Frequency } from '../slugs'

/** What a subscriber chose, as the form and the emails say it. */
export const FREQUENCY_LABELS: Record<'pl' | 'en', Record<Frequency, string>> = {
  pl: { each: 'Każde wydanie', weekly: 'Cotygodniowe podsumowanie', monthly: 'Comiesięczne podsumowanie' },
  en: { each: 'Every issue', weekly: 'Weekly digest', monthly: 'Monthly digest' },
}

export const frequencyLabel = (frequency: string | null | undefined, locale: 'pl' | 'en'): string =>
  FREQUENCY_LABELS[locale][(frequency as Frequency) in FREQUENCY_LABELS[locale] ? (frequency as Frequency) : 'each']
