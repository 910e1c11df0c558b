/** The HTTP request the client sends for a call (pure): URL, body as signed, headers per kind of call. */
import { buildHttpRequest, ovhJson } from './client'
import { OvhError } from './errors'
import { ovhRequests } from './requests'

const config = {
  endpoint: 'https://eu.api.ovh.com/1.0',
  applicationKey: 'AK',
  applicationSecret: '7kbG7Bk7S9Nt7ZSV',
  consumerKey: 'MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1',
}

describe('buildHttpRequest', () => {
  it('signs a call over the full URL with its query, OVH’s time and no body', () => {
    const http = buildHttpRequest(config, ovhRequests.zoneRecordIds('example.pl', { fieldType: 'A', subDomain: 'www' }), 1767225600)
    expect(http).toEqual({
      url: 'https://eu.api.ovh.com/1.0/domain/zone/example.pl/record?fieldType=A&subDomain=www',
      method: 'GET',
      headers: {
        accept: 'application/json',
        'X-Ovh-Application': 'AK',
        'X-Ovh-Consumer': 'MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1',
        'X-Ovh-Timestamp': '1767225600',
        // The same vector as signature.test.ts (computed with sha1sum).
        'X-Ovh-Signature': '$1$376ac88408f77e7f2ff8a352c294ad3c5e7a3fa2',
      },
    })
  })

  it('signs the body exactly as sent', () => {
    const http = buildHttpRequest(config, ovhRequests.createCart(), 1767225600)
    expect(http.body).toBe('{"ovhSubsidiary":"PL"}')
    expect(http.headers['content-type']).toBe('application/json')
    expect(http.headers['X-Ovh-Signature']).toBe('$1$ffaf5486353ee15b2a0047c9e16352f0dfbf67ec')
  })

  it('sends the time unauthenticated and a credential request with the application key only', () => {
    expect(buildHttpRequest(config, ovhRequests.time(), 0).headers).toEqual({ accept: 'application/json' })
    const credential = buildHttpRequest(config, ovhRequests.requestCredential({ accessRules: [{ method: 'GET', path: '/me/order/*/status' }] }), 0)
    expect(credential.headers).toEqual({ accept: 'application/json', 'content-type': 'application/json', 'X-Ovh-Application': 'AK' })
    expect(JSON.parse(credential.body!)).toEqual({ accessRules: [{ method: 'GET', path: '/me/order/*/status' }] })
  })

  it('encodes ids in paths and keeps the domain’s query exact', () => {
    expect(buildHttpRequest(config, ovhRequests.domainOffers('a/b c', 'xn--za-6ja4f8n1l.pl'), 1).url).toBe(
      'https://eu.api.ovh.com/1.0/order/cart/a%2Fb%20c/domain?domain=xn--za-6ja4f8n1l.pl',
    )
  })
})

describe('ovhJson', () => {
  it('escapes non-ASCII characters as OVH’s own clients do', () => {
    expect(ovhJson({ description: 'Zażółć' })).toBe('{"description":"Za\\u017c\\u00f3\\u0142\\u0107"}')
    expect(JSON.parse(ovhJson({ description: 'Zażółć' }))).toEqual({ description: 'Zażółć' })
  })
})

describe('OvhError', () => {
  it('knows OVH’s clock refusal by its code or its words', () => {
    expect(new OvhError({ status: 400, errorCode: 'QUERY_TIME_OUT', ovhMessage: 'Query out of time', call: 'POST /order/cart' }).kind).toBe('time')
    expect(new OvhError({ status: 400, ovhMessage: 'Invalid timestamp', call: 'POST /order/cart' }).kind).toBe('time')
    expect(new OvhError({ status: 400, ovhMessage: 'Invalid domain', call: 'POST /order/cart' }).kind).toBe('bad-request')
  })
})
