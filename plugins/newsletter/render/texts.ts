/** The email's own words (footer, digest headings), in the recipient's language. */
export type EmailLocale = 'pl' | 'en'

export const EMAIL_TEXT = {
  pl: {
    why: 'Otrzymujesz tę wiadomość, ponieważ ten adres jest zapisany do newslettera: {site}.',
    preferences: 'Zmień ustawienia',
    unsubscribe: 'Wypisz się',
    digestTitle: 'Podsumowanie: {site}',
    digestCampaigns: 'Wydania newslettera',
    digestUpdates: 'Nowości na stronie',
    testPrefix: '[TEST]',
  },
  en: {
    why: 'You are receiving this email because you subscribed to the newsletter of {site}.',
    preferences: 'Change preferences',
    unsubscribe: 'Unsubscribe',
    digestTitle: 'Digest: {site}',
    digestCampaigns: 'Newsletter issues',
    digestUpdates: 'New on the site',
    testPrefix: '[TEST]',
  },
} as const satisfies Record<EmailLocale, Record<string, string>>

export const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
