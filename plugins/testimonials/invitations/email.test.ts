import { validFor } from './email'

describe('validFor', () => {
  it('says how long the link works with the Polish plural forms', () => {
    expect([1, 2, 5, 14, 22, 30].map((days) => validFor(days, 'pl'))).toEqual(['1 dzień', '2 dni', '5 dni', '14 dni', '22 dni', '30 dni'])
    expect([1, 30].map((days) => validFor(days, 'en'))).toEqual(['1 day', '30 days'])
  })
})
