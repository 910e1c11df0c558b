import { DEMO_PLANS } from '../seed'
import { describeLimits, priceText } from './format'

// Intl puts a no-break space before "zł" and inside large numbers; the owner sees a space.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('describeLimits', () => {
  const [free, pro, studio] = DEMO_PLANS
  it('says what each demo plan allows, in Polish with the right forms', () => {
    expect(describeLimits(free.limits, 'pl')).toEqual(['1 strona', '1 członek zespołu', '100 subskrybentów newslettera', 'Bez własnej domeny'])
    expect(describeLimits(pro.limits, 'pl')).toEqual(['3 strony', '5 członków zespołu', '2000 subskrybentów newslettera', 'Własna domena'])
    expect(describeLimits(studio.limits, 'pl')).toEqual(['10 stron', '25 członków zespołu', 'Bez limitu subskrybentów newslettera', 'Własna domena'])
  })

  it('in English, with unlimited for empty limits', () => {
    expect(describeLimits(free.limits, 'en')).toEqual(['1 site', '1 team member', '100 newsletter subscribers', 'No custom domain'])
    expect(describeLimits({ maxSites: null, customDomain: true }, 'en')).toEqual([
      'Unlimited sites',
      'Unlimited team members',
      'Unlimited newsletter subscribers',
      'Custom domain',
    ])
    expect(describeLimits(undefined, 'pl')).toEqual([
      'Bez limitu stron',
      'Bez limitu członków zespołu',
      'Bez limitu subskrybentów newslettera',
      'Bez własnej domeny',
    ])
  })

  it('groups thousands the Polish way', () => {
    expect(describeLimits({ maxNewsletterSubscribers: 22000, maxSites: 22 }, 'pl').map(plain).slice(0, 3)).toEqual([
      '22 strony',
      'Bez limitu członków zespołu',
      '22 000 subskrybentów newslettera',
    ])
  })
})

describe('priceText', () => {
  it('names the period', () => {
    expect(plain(priceText(4900, 'monthly', 'pl'))).toBe('49,00 zł / miesiąc')
    expect(plain(priceText(49000, 'yearly', 'en'))).toBe('PLN 490.00 / year')
    expect([priceText(0, 'monthly', 'pl'), priceText(0, 'yearly', 'en')]).toEqual(['Bezpłatnie', 'Free of charge'])
  })
})
