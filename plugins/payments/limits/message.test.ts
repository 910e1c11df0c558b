import { limitMessage } from './message'
import type { LimitedPlan } from './rules'

const nbsp = '\u00a0'

const free: LimitedPlan = { id: 1, namePl: 'Darmowy', nameEn: 'Free', monthlyPrice: 0, limits: { maxSites: 1, maxTeamMembers: 1, customDomain: false } }
const pro: LimitedPlan = { id: 2, namePl: 'Pro', nameEn: 'Pro', monthlyPrice: 2900, limits: { maxSites: 3, maxTeamMembers: 5, customDomain: true } }
const withLimits = (limits: LimitedPlan['limits']): LimitedPlan => ({ ...free, limits })

describe('limit messages', () => {
  it('names the plan in force, its limit and the plan that allows more', () => {
    expect(limitMessage({ plan: free, limit: 'sites', upgrade: pro })).toEqual({
      pl: `Plan Darmowy pozwala na 1 stronę. Więcej stron: plan Pro (od 29,00${nbsp}zł miesięcznie).`,
      en: `The Free plan allows 1 site. For more sites: the Pro plan (from PLN${nbsp}29.00 a month).`,
    })
    expect(limitMessage({ plan: pro, limit: 'sites', upgrade: undefined })).toEqual({
      pl: 'Plan Pro pozwala na 3 strony. Żaden plan nie pozwala na więcej.',
      en: 'The Pro plan allows 3 sites. No plan allows more.',
    })
    expect(limitMessage({ plan: pro, limit: 'teamMembers', upgrade: undefined }).pl).toBe(
      'Plan Pro pozwala na 5 członków zespołu. Żaden plan nie pozwala na więcej.',
    )
    expect(limitMessage({ plan: free, limit: 'teamMembers', upgrade: pro })).toEqual({
      pl: `Plan Darmowy pozwala na 1 członka zespołu. Więcej członków zespołu: plan Pro (od 29,00${nbsp}zł miesięcznie).`,
      en: `The Free plan allows 1 team member. For more team members: the Pro plan (from PLN${nbsp}29.00 a month).`,
    })
    expect(limitMessage({ plan: withLimits({ maxNewsletterSubscribers: 22 }), limit: 'newsletterSubscribers', upgrade: undefined }).pl).toBe(
      'Plan Darmowy pozwala na 22 subskrybentów newslettera. Żaden plan nie pozwala na więcej.',
    )
  })

  it('a limit of 0 reads as "includes none"; a plan offered at no price says so', () => {
    const gratis: LimitedPlan = { ...pro, namePl: 'Partner', nameEn: 'Partner', monthlyPrice: 0 }
    expect(limitMessage({ plan: withLimits({ maxSites: 0 }), limit: 'sites', upgrade: gratis })).toEqual({
      pl: 'Plan Darmowy nie obejmuje stron. Więcej stron: plan Partner (bezpłatnie).',
      en: 'The Free plan includes no sites. For more sites: the Partner plan (free of charge).',
    })
  })

  it('a custom domain: which plan includes one', () => {
    expect(limitMessage({ plan: free, limit: 'customDomain', upgrade: pro })).toEqual({
      pl: `Plan Darmowy nie obejmuje własnej domeny. Własna domena: plan Pro (od 29,00${nbsp}zł miesięcznie).`,
      en: `The Free plan does not include a custom domain. For a custom domain: the Pro plan (from PLN${nbsp}29.00 a month).`,
    })
    expect(limitMessage({ plan: free, limit: 'customDomain', upgrade: undefined }).pl).toBe(
      'Plan Darmowy nie obejmuje własnej domeny. Żaden plan jej nie obejmuje.',
    )
  })
})
