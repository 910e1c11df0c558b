import { renderPaymentPage } from './page'

const base = { token: 'T', merchantId: 1, description: '<b>Plan</b>', amount: 123456, currency: 'PLN', open: true }

describe('renderPaymentPage', () => {
  it('is Polish or English, escapes the description, and shows the amount in złoty', () => {
    const pl = renderPaymentPage({ ...base, lang: 'pl' })
    expect(pl).toContain('Zapłać inną kwotę')
    expect(pl).toContain('&#60;b&#62;Plan')
    expect(pl).toMatch(/1\s?234,56\s?zł/)
    const en = renderPaymentPage({ ...base, lang: 'en' })
    expect(en).toContain('Pay a different amount')
    expect(en).toContain('PLN')
  })

  it('has no buttons once the transaction is done', () => {
    expect(renderPaymentPage({ ...base, open: false, lang: 'en' })).not.toContain('<button')
  })
})
