/** How the analytics view writes numbers, shares and dates in Polish and English (pure; used by the browser too). */
export type Lang = 'pl' | 'en'

export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'pl')

const intl = (lang: Lang) => (lang === 'pl' ? 'pl-PL' : 'en-GB')

export const formatNumber = (value: number, lang: Lang) => new Intl.NumberFormat(intl(lang)).format(value)

/** `12,5%` / `12.5%`; a dash when there is no rate. */
export const formatPercent = (value: number | null, lang: Lang) =>
  value === null ? '—' : new Intl.NumberFormat(intl(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value)

/** A bucket key (`YYYY-MM-DD`) as a short label: `30 lis` / `30 Nov`. */
export const formatBucket = (key: string, lang: Lang) =>
  new Intl.DateTimeFormat(intl(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${key}T00:00:00.000Z`))

/** A moment in Warsaw: `30 listopada 2026` / `30 November 2026`. */
export const formatDate = (value: string | null | undefined, lang: Lang) =>
  value ? new Intl.DateTimeFormat(intl(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Warsaw' }).format(new Date(value)) : '—'

export type PolishForms = { one: string; few: string; many: string }

/** Polish plural forms: 1 kliknięcie, 2–4 kliknięcia (not 12–14), else kliknięć. */
export const polishPlural = (count: number, forms: PolishForms) => {
  if (count === 1) return forms.one
  const lastTwo = count % 100
  const last = count % 10
  return last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14) ? forms.few : forms.many
}

export const clicksText = (count: number, lang: Lang) =>
  lang === 'pl'
    ? `${formatNumber(count, lang)} ${polishPlural(count, { one: 'kliknięcie', few: 'kliknięcia', many: 'kliknięć' })}`
    : `${formatNumber(count, lang)} ${count === 1 ? 'click' : 'clicks'}`
