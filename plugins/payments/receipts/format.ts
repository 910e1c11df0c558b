/** What a plan payment buys, in the payer's language: `Plan Pro – 1 miesiąc` / `Pro plan — 1 month`. */
import type { Lang } from '@platform/format'

export const planDescription = (planName: string, period: 'monthly' | 'yearly', lang: Lang): string =>
  lang === 'pl' ? `Plan ${planName} – ${period === 'yearly' ? '1 rok' : '1 miesiąc'}` : `${planName} plan – ${period === 'yearly' ? '1 year' : '1 month'}`
