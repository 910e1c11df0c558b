import type { OvhZoneRecord } from '../ovh'
import { ownDomainRecords, planZoneChanges, pointingRecords, toOvhRecord, verificationRecord } from './records'

const target = { ipv4: ['203.0.113.10'], ipv6: ['2001:db8::10'], cname: null }

describe('DNS records', () => {
  it('points the apex and www at the target, www by name when the target has one', () => {
    expect(pointingRecords('kowalska.pl', target)).toEqual([
      { purpose: 'apex', host: 'kowalska.pl', name: '@', type: 'A', value: '203.0.113.10' },
      { purpose: 'apex', host: 'kowalska.pl', name: '@', type: 'AAAA', value: '2001:db8::10' },
      { purpose: 'www', host: 'www.kowalska.pl', name: 'www', type: 'A', value: '203.0.113.10' },
      { purpose: 'www', host: 'www.kowalska.pl', name: 'www', type: 'AAAA', value: '2001:db8::10' },
    ])
    expect(pointingRecords('kowalska.pl', { ipv4: ['203.0.113.10'], ipv6: [], cname: 'ingress.platforma.pl' })).toEqual([
      { purpose: 'apex', host: 'kowalska.pl', name: '@', type: 'A', value: '203.0.113.10' },
      { purpose: 'www', host: 'www.kowalska.pl', name: 'www', type: 'CNAME', value: 'ingress.platforma.pl' },
    ])
  })

  it('asks an own domain for the TXT always and the pointing records in proxy mode only', () => {
    expect(verificationRecord('kowalska.pl', 'abc')).toEqual({
      purpose: 'verification',
      host: '_platform-verify.kowalska.pl',
      name: '_platform-verify',
      type: 'TXT',
      value: 'platform-verify=abc',
    })
    expect(ownDomainRecords({ domain: 'kowalska.pl', token: 'abc', proxyMode: false, target }).map((record) => record.type)).toEqual(['TXT'])
    expect(ownDomainRecords({ domain: 'kowalska.pl', token: 'abc', proxyMode: true, target }).map((record) => record.type)).toEqual([
      'A',
      'AAAA',
      'A',
      'AAAA',
      'TXT',
    ])
  })

  it('writes records as OVH takes them: relative sub-domains, absolute CNAME targets', () => {
    expect(toOvhRecord({ purpose: 'apex', host: 'kowalska.pl', name: '@', type: 'A', value: '203.0.113.10' })).toEqual({
      fieldType: 'A',
      subDomain: '',
      target: '203.0.113.10',
      ttl: 300,
    })
    expect(toOvhRecord({ purpose: 'www', host: 'www.kowalska.pl', name: 'www', type: 'CNAME', value: 'ingress.platforma.pl' })).toMatchObject({
      subDomain: 'www',
      target: 'ingress.platforma.pl.',
    })
  })

  it("replaces a new OVH zone's parking records, keeps right ones and leaves other names and types alone", () => {
    const record = (id: number, fieldType: string, subDomain: string, value: string): OvhZoneRecord => ({
      id,
      zone: 'kowalska.pl',
      fieldType,
      subDomain,
      target: value,
      ttl: 0,
    })
    const existing = [
      record(1, 'NS', '', 'dns200.anycast.me.'),
      record(2, 'A', '', '213.186.33.5'),
      record(3, 'CNAME', 'www', 'kowalska.pl.'),
      record(4, 'AAAA', '', '2001:DB8::10'),
      record(5, 'MX', '', '10 mx.kowalska.pl.'),
      record(6, 'A', 'blog', '198.51.100.1'),
    ]
    const wanted = pointingRecords('kowalska.pl', target).map(toOvhRecord)
    const plan = planZoneChanges(existing, wanted)
    expect(plan.keep.map((kept) => kept.id)).toEqual([4])
    expect(plan.remove.map((removed) => removed.id)).toEqual([2, 3])
    expect(plan.create).toEqual([
      { fieldType: 'A', subDomain: '', target: '203.0.113.10', ttl: 300 },
      { fieldType: 'A', subDomain: 'www', target: '203.0.113.10', ttl: 300 },
      { fieldType: 'AAAA', subDomain: 'www', target: '2001:db8::10', ttl: 300 },
    ])
    // Run again on the result: nothing to do.
    const after = [...plan.keep, ...plan.create.map((input, index) => record(10 + index, input.fieldType, input.subDomain, input.target))]
    expect(planZoneChanges(after, wanted)).toMatchObject({ remove: [], create: [] })
  })
})
