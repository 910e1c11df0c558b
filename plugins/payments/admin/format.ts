/**
 * How the billing view says prices and plan limits in Polish and English. Pure and free of server
 * imports, so the browser components use it too.
 */
import { formatMoney, formatNumber, polishPlural, type Lang, type PolishForms } from '@platform/format'

const countText = (count: number, lang: Lang, pl: PolishForms, en: { one: string; other: string }): string => {
  const number = formatNumber(count, lang)
  if (lang === 'pl') return `${number} ${polishPlural(count, pl)}`
  return `${number} ${count === 1 ? en.one : en.other}`
}

export type PlanLimits = {
  maxSites?: number | null
  customDomain?: boolean | null
  maxTeamMembers?: number | null
  maxNewsletterSubscribers?: number | null
}

const unlimited = (value: number | null | undefined): value is null | undefined => value === null || value === undefined

/** What a plan allows, one phrase per limit: "3 strony", "Bez limitu subskrybentów newslettera", "Własna domena". */
export const describeLimits = (limits: PlanLimits | null | undefined, lang: Lang): string[] => {
  const l = limits ?? {}
  const pl = lang === 'pl'
  return [
    unlimited(l.maxSites)
      ? pl
        ? 'Bez limitu stron'
        : 'Unlimited sites'
      : countText(l.maxSites, lang, { one: 'strona', few: 'strony', many: 'stron' }, { one: 'site', other: 'sites' }),
    unlimited(l.maxTeamMembers)
      ? pl
        ? 'Bez limitu członków zespołu'
        : 'Unlimited team members'
      : // Masculine-personal nouns take the genitive after 2–4 too: "2 członków zespołu" (dwóch członków).
        countText(
          l.maxTeamMembers,
          lang,
          { one: 'członek zespołu', few: 'członków zespołu', many: 'członków zespołu' },
          { one: 'team member', other: 'team members' },
        ),
    unlimited(l.maxNewsletterSubscribers)
      ? pl
        ? 'Bez limitu subskrybentów newslettera'
        : 'Unlimited newsletter subscribers'
      : countText(
          l.maxNewsletterSubscribers,
          lang,
          { one: 'subskrybent newslettera', few: 'subskrybentów newslettera', many: 'subskrybentów newslettera' },
          { one: 'newsletter subscriber', other: 'newsletter subscribers' },
        ),
    l.customDomain ? (pl ? 'Własna domena' : 'Custom domain') : pl ? 'Bez własnej domeny' : 'No custom domain',
  ]
}

export type PlanName = { namePl: string; nameEn: string }

export const planName = (plan: PlanName, lang: Lang): string => (lang === 'pl' ? plan.namePl : plan.nameEn)

/** "49,00 zł / miesiąc" / "PLN 490.00 / year"; nothing to pay: "Bezpłatnie" / "Free of charge". */
export const priceText = (grosze: number, period: 'monthly' | 'yearly', lang: Lang): string =>
  grosze === 0
    ? lang === 'pl'
      ? 'Bezpłatnie'
      : 'Free of charge'
    : `${formatMoney(grosze, lang)} / ${period === 'monthly' ? (lang === 'pl' ? 'miesiąc' : 'month') : lang === 'pl' ? 'rok' : 'year'}`
