/**
 * The owner's message when a plan refuses one more (pure), in both languages: the plan in force, what it
 * allows, and which plan allows more, with its monthly price.
 *   Plan Darmowy pozwala na 1 stronę. Więcej stron: plan Pro (od 49,00 zł miesięcznie).
 *   The Free plan allows 1 site. For more sites: the Pro plan (from PLN 49.00 a month).
 */
import type { Bilingual } from '@platform'

import { formatMoney, polishPlural, type PolishForms } from '@platform/format'
import type { CountedLimit, KnownLimit, LimitedPlan } from './rules'
import { isFeatureLimit, maximumOf } from './rules'

/**
 * How each counted thing reads: Polish after "pozwala na <n>" (accusative; `many` is also the genitive plural
 * of "więcej ..." and "nie obejmuje ..."), English singular and plural.
 */
const NOUNS: Record<CountedLimit, { pl: PolishForms; en: { one: string; other: string } }> = {
  sites: { pl: { one: 'stronę', few: 'strony', many: 'stron' }, en: { one: 'site', other: 'sites' } },
  teamMembers: {
    pl: { one: 'członka zespołu', few: 'członków zespołu', many: 'członków zespołu' },
    en: { one: 'team member', other: 'team members' },
  },
  newsletterSubscribers: {
    pl: { one: 'subskrybenta newslettera', few: 'subskrybentów newslettera', many: 'subskrybentów newslettera' },
    en: { one: 'newsletter subscriber', other: 'newsletter subscribers' },
  },
}

const priceClause = (plan: LimitedPlan): Bilingual =>
  plan.monthlyPrice > 0
    ? { pl: ` (od ${formatMoney(plan.monthlyPrice, 'pl')} miesięcznie)`, en: ` (from ${formatMoney(plan.monthlyPrice, 'en')} a month)` }
    : { pl: ' (bezpłatnie)', en: ' (free of charge)' }

const countedMessage = (plan: LimitedPlan, limit: CountedLimit, upgrade: LimitedPlan | undefined): Bilingual => {
  const maximum = maximumOf(plan, limit) ?? 0
  const { pl, en } = NOUNS[limit]
  const allows: Bilingual =
    maximum === 0
      ? { pl: `Plan ${plan.namePl} nie obejmuje ${pl.many}.`, en: `The ${plan.nameEn} plan includes no ${en.other}.` }
      : {
          pl: `Plan ${plan.namePl} pozwala na ${maximum} ${polishPlural(maximum, pl)}.`,
          en: `The ${plan.nameEn} plan allows ${maximum} ${maximum === 1 ? en.one : en.other}.`,
        }
  if (!upgrade) return { pl: `${allows.pl} Żaden plan nie pozwala na więcej.`, en: `${allows.en} No plan allows more.` }
  const price = priceClause(upgrade)
  return {
    pl: `${allows.pl} Więcej ${pl.many}: plan ${upgrade.namePl}${price.pl}.`,
    en: `${allows.en} For more ${en.other}: the ${upgrade.nameEn} plan${price.en}.`,
  }
}

const customDomainMessage = (plan: LimitedPlan, upgrade: LimitedPlan | undefined): Bilingual => {
  const lacks: Bilingual = { pl: `Plan ${plan.namePl} nie obejmuje własnej domeny.`, en: `The ${plan.nameEn} plan does not include a custom domain.` }
  if (!upgrade) return { pl: `${lacks.pl} Żaden plan jej nie obejmuje.`, en: `${lacks.en} No plan includes one.` }
  const price = priceClause(upgrade)
  return {
    pl: `${lacks.pl} Własna domena: plan ${upgrade.namePl}${price.pl}.`,
    en: `${lacks.en} For a custom domain: the ${upgrade.nameEn} plan${price.en}.`,
  }
}

export const limitMessage = ({ plan, limit, upgrade }: { plan: LimitedPlan; limit: KnownLimit; upgrade: LimitedPlan | undefined }): Bilingual =>
  isFeatureLimit(limit) ? customDomainMessage(plan, upgrade) : countedMessage(plan, limit, upgrade)
