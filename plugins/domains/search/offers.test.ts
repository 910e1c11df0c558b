import type { OvhDomainOffer } from '../ovh'
import { availabilityOf, priceWithVat, vatPercentFrom } from './offers'

const offer = (action: string, total: number, extra: Partial<OvhDomainOffer> = {}): OvhDomainOffer => ({
  action,
  configurations: [],
  deliveryTime: '',
  duration: ['P1Y'],
  offer: 'gold',
  offerId: `pl-${action}`,
  orderable: true,
  phase: 'ga',
  prices: [
    { label: 'PRICE', price: { currencyCode: 'PLN', text: `${total} PLN`, value: total } },
    { label: 'TOTAL', price: { currencyCode: 'PLN', text: `${total} PLN`, value: total } },
  ],
  pricingMode: `${action}-default`,
  productId: 'domain',
  quantityMax: 1,
  ...extra,
})

describe('availabilityOf', () => {
  it('a free name: create, its pricing mode and the year’s price with 23% VAT', () => {
    expect(availabilityOf('kowalska.pl', [offer('create', 39.99)])).toEqual({
      domain: 'kowalska.pl',
      action: 'create',
      pricingMode: 'create-default',
      orderable: true,
      available: true,
      // 3999 × 23% = 919.77 → 920 grosze
      price: { currency: 'PLN', net: 3999, vat: 920, gross: 4919 },
    })
  })

  it('a registered name is offered for transfer only: not available', () => {
    expect(availabilityOf('onet.pl', [offer('transfer', 39.99)])).toMatchObject({ action: 'transfer', pricingMode: 'transfer-default', available: false })
  })

  it('prefers a registration among several offers; no offer at all is not available', () => {
    expect(availabilityOf('a.pl', [offer('transfer', 10), offer('create', 20)])).toMatchObject({ action: 'create', price: { net: 2000 } })
    expect(availabilityOf('a.pl', [offer('create', 20, { orderable: false })])).toMatchObject({ available: false, orderable: false })
    expect(availabilityOf('a.de', [])).toEqual({ domain: 'a.de', action: null, pricingMode: null, orderable: false, available: false, price: null })
  })

  it('reads floating złoty values into whole grosze', () => {
    // 0.1 + 0.2 style errors: 54.99 * 100 is 5498.999… in floating point.
    expect(availabilityOf('a.com', [offer('create', 54.99)]).price).toEqual({ currency: 'PLN', net: 5499, vat: 1265, gross: 6764 })
  })
})

describe('VAT', () => {
  it('rounds half up to the grosz and reads the rate from env', () => {
    expect(priceWithVat(2499, 'PLN', 23)).toEqual({ currency: 'PLN', net: 2499, vat: 575, gross: 3074 })
    expect(priceWithVat(2999, 'PLN', 23)).toEqual({ currency: 'PLN', net: 2999, vat: 690, gross: 3689 })
    expect(vatPercentFrom(undefined)).toBe(23)
    expect(vatPercentFrom('8')).toBe(8)
    expect(vatPercentFrom('abc')).toBe(23)
  })
})
