import { paymentEventOf } from './paymentListeners'

it('reads the fields of a payment event it relies on, and nothing that is not one', () => {
  expect(paymentEventOf({ paymentId: 4, purpose: 'domain', reference: '12', userId: 1, siteId: null, amount: 4919, currency: 'PLN' })).toEqual({
    paymentId: 4,
    purpose: 'domain',
    reference: '12',
  })
  expect(paymentEventOf({ paymentId: 4, purpose: 'domain', reference: null, reason: 'expired' })).toEqual({
    paymentId: 4,
    purpose: 'domain',
    reference: null,
    reason: 'expired',
  })
  expect(paymentEventOf({ paymentId: '4', purpose: 'domain' })).toBeUndefined()
  expect(paymentEventOf(null)).toBeUndefined()
  expect(paymentEventOf({ paymentId: 4 })).toBeUndefined()
})
