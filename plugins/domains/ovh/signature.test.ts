/**
 * The expected values were computed outside this code, in a shell, with coreutils' sha1sum, e.g.:
 *   printf '%s' '7kbG7Bk7S9Nt7ZSV+MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1+GET+https://eu.api.ovh.com/1.0/domain/zone/example.pl/record?fieldType=A&subDomain=www++1767225600' | sha1sum
 * (the application secret, consumer key, method, full URL, body and timestamp joined by '+', as OVH documents).
 */
import { ovhSignature, signaturesMatch } from './signature'

const keys = { applicationSecret: '7kbG7Bk7S9Nt7ZSV', consumerKey: 'MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1' }

describe('ovhSignature', () => {
  it('signs a GET with a query string and no body', () => {
    const url = 'https://eu.api.ovh.com/1.0/domain/zone/example.pl/record?fieldType=A&subDomain=www'
    expect(ovhSignature({ ...keys, method: 'GET', url, body: '', timestamp: 1767225600 })).toBe('$1$376ac88408f77e7f2ff8a352c294ad3c5e7a3fa2')
  })

  it('signs a POST with its JSON body', () => {
    const url = 'https://eu.api.ovh.com/1.0/order/cart'
    expect(ovhSignature({ ...keys, method: 'POST', url, body: '{"ovhSubsidiary":"PL"}', timestamp: 1767225600 })).toBe(
      '$1$ffaf5486353ee15b2a0047c9e16352f0dfbf67ec',
    )
    // One second later is another signature: the timestamp is signed.
    expect(ovhSignature({ ...keys, method: 'POST', url, body: '{"ovhSubsidiary":"PL"}', timestamp: '1767225601' })).toBe(
      '$1$a6bb27febd208130f5c9a8e1972962a9775b5b56',
    )
  })

  it('signs a DELETE against another endpoint, upper-casing the method', () => {
    const url = 'http://127.0.0.1:8053/1.0/domain/zone/kowalska.pl/record/42'
    expect(ovhSignature({ ...keys, method: 'delete', url, body: '', timestamp: 1767225601 })).toBe('$1$571d49feb48533cb41db99163f119db2a79d941d')
  })

  it('compares signatures whatever their length', () => {
    expect(signaturesMatch('$1$abc', '$1$abc')).toBe(true)
    expect(signaturesMatch('$1$abd', '$1$abc')).toBe(false)
    expect(signaturesMatch('$1$ab', '$1$abc')).toBe(false)
  })
})
