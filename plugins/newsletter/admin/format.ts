/** How the analytics view writes numbers, shares and dates in Polish and English (pure; used by the browser too). */
import { formatDate as formatDay, formatNumber, intlLocale as intl, polishPlural, type Lang } from '@platform/format'

export { formatNumber, langOf, polishPlural, type Lang, type PolishForms } from '@platform/format'

/** `12,5%` / `12.5%`; a dash when there is no rate. */
export const formatPercent = (value: number | null, lang: Lang) =>
  value === null ? '—' : new Intl.NumberFormat(intl(lang), { style: 'percent', maximumFractionDigits: 1 }).format(value)

/** A bucket key (`YYYY-MM-DD`) as a short label: `30 lis` / `30 Nov`. */
export const formatBucket = (key: string, lang: Lang) =>
  new Intl.DateTimeFormat(intl(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${key}T00:00:00.000Z`))

/** A moment in Warsaw: `30 listopada 2026` / `30 November 2026`. */
export const formatDate = (value: string | null | undefined, lang: Lang) => (value ? formatDay(value, lang) : '—')

export const clicksText = (count: number, lang: Lang) =>
  lang === 'pl'
    ? `${formatNumber(count, lang)} ${polishPlural(count, { one: 'kliknięcie', few: 'kliknięcia', many: 'kliknięć' })}`
    : `${formatNumber(count, lang)} ${count === 1 ? 'click' : 'clicks'}`
