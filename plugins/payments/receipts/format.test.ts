import { planDescription } from './format'

describe('plan descriptions', () => {
  it('describes a plan term in both languages', () => {
    expect(planDescription('Pro', 'monthly', 'pl')).toBe('Plan Pro – 1 miesiąc')
    expect(planDescription('Studio', 'yearly', 'pl')).toBe('Plan Studio – 1 rok')
    expect(planDescription('Pro', 'monthly', 'en')).toBe('Pro plan – 1 month')
  })
})
