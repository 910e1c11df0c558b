import { DOMAINS_ACCESS_RULES, ruleAllows, rulesAllow } from './accessRules'
import { ovhRequests, type OvhRequest } from './requests'

/** One request of every kind the plugin makes, with ids as they come from OVH. */
const everyCall: OvhRequest<unknown>[] = [
  ovhRequests.createCart(),
  ovhRequests.domainOffers('c87b5e9d-f586', 'kowalska.pl'),
  ovhRequests.addDomain('c87b5e9d-f586', { domain: 'kowalska.pl' }),
  ovhRequests.assignCart('c87b5e9d-f586'),
  ovhRequests.requiredConfiguration('c87b5e9d-f586', 109074889),
  ovhRequests.configureItem('c87b5e9d-f586', 109074889, { label: 'OWNER_LEGAL_AGE', value: 'true' }),
  ovhRequests.checkout('c87b5e9d-f586'),
  ovhRequests.orderStatus(123456),
  ovhRequests.zoneRecordIds('kowalska.pl', { fieldType: 'A', subDomain: 'www' }),
  ovhRequests.zoneRecord('kowalska.pl', 42),
  ovhRequests.createRecord('kowalska.pl', { fieldType: 'A', subDomain: '', target: '203.0.113.10' }),
  ovhRequests.deleteRecord('kowalska.pl', 42),
  ovhRequests.refreshZone('kowalska.pl'),
]

describe('the consumer key’s access rules', () => {
  it('allow every signed call the plugin makes', () => {
    for (const request of everyCall)
      expect([request.method, request.path, rulesAllow(DOMAINS_ACCESS_RULES, request.method, request.path)]).toEqual([request.method, request.path, true])
  })

  it('are exactly the rules the requests name: none unused, none twice', () => {
    const named = new Set(everyCall.map((request) => `${request.method} ${request.rule}`))
    const granted = DOMAINS_ACCESS_RULES.map((rule) => `${rule.method} ${rule.path}`)
    expect(new Set(granted).size).toBe(granted.length)
    expect([...named].sort()).toEqual([...granted].sort())
  })

  it('grant nothing else: other products, other methods, the account', () => {
    for (const [method, path] of [
      ['GET', '/me'],
      ['GET', '/order/cart/abc'],
      ['DELETE', '/order/cart/abc'],
      ['PUT', '/domain/zone/kowalska.pl/record/42'],
      ['POST', '/domain/zone/kowalska.pl/import'],
      ['GET', '/domain/kowalska.pl'],
      ['POST', '/me/order/1/payWithRegisteredPaymentMean'],
      ['GET', '/dedicated/server'],
    ])
      expect([method, path, rulesAllow(DOMAINS_ACCESS_RULES, method, path)]).toEqual([method, path, false])
  })

  it('match `*` as any characters, the whole path, the same method', () => {
    expect(ruleAllows({ method: 'GET', path: '/domain/*' }, 'get', '/domain/zone/a.pl/record')).toBe(true)
    expect(ruleAllows({ method: 'GET', path: '/domain/*' }, 'POST', '/domain/zone/a.pl/record')).toBe(false)
    expect(ruleAllows({ method: 'GET', path: '/me/order/*/status' }, 'GET', '/me/order/1/status/x')).toBe(false)
    expect(ruleAllows({ method: 'GET', path: '/me.order' }, 'GET', '/meXorder')).toBe(false)
  })
})
