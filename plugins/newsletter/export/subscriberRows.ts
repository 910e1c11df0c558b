/** The subscribers export's columns and rows (pure), in the admin user's language. */
import type { Cell } from './csv'

export type ExportLocale = 'pl' | 'en'

export type ExportedSubscriber = {
  email: string
  frequency?: string | null
  locale?: string | null
  isActive?: boolean | null
  isConfirmed?: boolean | null
  hardBouncedAt?: string | null
  subscribedAt?: string | null
  confirmedAt?: string | null
  unsubscribedAt?: string | null
  lastSentAt?: string | null
  emailsSent?: number | null
  emailsOpened?: number | null
  emailsClicked?: number | null
  softBounceCount?: number | null
}

export type SubscriberStatus = 'confirmed' | 'pending' | 'unsubscribed' | 'bounced'

/** Bounced first (it explains why the subscription ended), then unsubscribed, confirmed, pending. */
export const subscriberStatus = (doc: ExportedSubscriber): SubscriberStatus => {
  if (doc.hardBouncedAt) return 'bounced'
  if (doc.isActive === false) return 'unsubscribed'
  return doc.isConfirmed ? 'confirmed' : 'pending'
}

const TEXT = {
  pl: {
    header: [
      'E-mail',
      'Częstotliwość',
      'Język',
      'Status',
      'Zapisano',
      'Potwierdzono',
      'Wypisano',
      'Trwałe odrzucenie',
      'Ostatnia wysyłka',
      'Wysłane',
      'Otwarte',
      'Kliknięte',
      'Tymczasowe odrzucenia',
    ],
    status: { confirmed: 'potwierdzony', pending: 'oczekujący na potwierdzenie', unsubscribed: 'wypisany', bounced: 'odrzucony' },
    frequency: { each: 'każde wydanie', weekly: 'co tydzień', monthly: 'co miesiąc' } as Record<string, string>,
    language: { pl: 'polski', en: 'angielski' } as Record<string, string>,
  },
  en: {
    header: [
      'Email',
      'Frequency',
      'Language',
      'Status',
      'Subscribed',
      'Confirmed',
      'Unsubscribed',
      'Hard bounce',
      'Last email sent',
      'Sent',
      'Opened',
      'Clicked',
      'Soft bounces',
    ],
    status: { confirmed: 'confirmed', pending: 'pending confirmation', unsubscribed: 'unsubscribed', bounced: 'bounced' },
    frequency: { each: 'every issue', weekly: 'weekly', monthly: 'monthly' } as Record<string, string>,
    language: { pl: 'Polish', en: 'English' } as Record<string, string>,
  },
}

export const exportHeader = (locale: ExportLocale): string[] => TEXT[locale].header

/** Times as ISO 8601 in UTC: unambiguous for spreadsheets and scripts alike. */
const time = (value: string | null | undefined): Cell => (value ? new Date(value).toISOString() : '')

export const exportRow = (doc: ExportedSubscriber, locale: ExportLocale): Cell[] => [
  doc.email,
  TEXT[locale].frequency[doc.frequency ?? 'each'] ?? doc.frequency,
  TEXT[locale].language[doc.locale === 'en' ? 'en' : 'pl'],
  TEXT[locale].status[subscriberStatus(doc)],
  time(doc.subscribedAt),
  time(doc.confirmedAt),
  time(doc.unsubscribedAt),
  time(doc.hardBouncedAt),
  time(doc.lastSentAt),
  doc.emailsSent ?? 0,
  doc.emailsOpened ?? 0,
  doc.emailsClicked ?? 0,
  doc.softBounceCount ?? 0,
]
