/** Money and dates as a Polish or English reader expects them on a receipt and in an email (pure). */
export type Lang = 'pl' | 'en'

/** The payer's language: Polish unless they chose English. */
export const langOf = (value: unknown): Lang => (value === 'en' ? 'en' : 'pl')

/** `2900` grosze, PLN, pl -> `29,00 zł`; en -> `PLN 29.00`. Non-breaking spaces as Intl writes them (the amount never wraps). */
export const formatMoney = (grosze: number, currency: string, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency }).format(grosze / 100)

/** `30 listopada 2026` / `30 November 2026`, the day as it is in Warsaw (where the seller issues receipts). */
export const formatDate = (at: Date | string, lang: Lang, timeZone = 'Europe/Warsaw'): string =>
  new Intl.DateTimeFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(at))

/** What a plan payment buys, in the payer's language: `Plan Pro — 1 miesiąc` / `Pro plan — 1 month`. */
export const planDescription = (planName: string, period: 'monthly' | 'yearly', lang: Lang): string =>
  lang === 'pl' ? `Plan ${planName} — ${period === 'yearly' ? '1 rok' : '1 miesiąc'}` : `${planName} plan — ${period === 'yearly' ? '1 year' : '1 month'}`
