/**
 * The stand-in DNS server over real UDP on 127.0.0.1, asked with node:dns as the verification asks: its own
 * records, CNAMEs followed, NXDOMAIN, and the fake OVH's published zones (relative CNAMEs, quoted TXT, only what
 * a refresh published).
 */
import { promises as dns } from 'node:dns'

import { createOvhStore } from './store'
import { ovhZoneRecords, startFakeDns, type FakeDns } from './dns'

let server: FakeDns
const store = createOvhStore({ baseUrl: () => 'http://127.0.0.1', prices: { pl: 3999 }, takenDomains: [], pace: 'poll', zones: ['kowalska.pl'] })

beforeAll(async () => {
  server = await startFakeDns({ source: ovhZoneRecords(store) })
})
afterAll(() => server?.close())

const resolver = () => {
  const made = new dns.Resolver({ timeout: 1000, tries: 1 })
  made.setServers([server.address])
  return made
}
const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'answered',
    (error: NodeJS.ErrnoException) => error.code,
  )

it('answers its own records, follows CNAMEs and says when a name does not exist', async () => {
  server.set('gabinet.pl', 'A', ['203.0.113.10', '203.0.113.11'])
  server.set('gabinet.pl', 'TXT', ['platform-verify=abc', 'v=spf1 -all'])
  server.set('www.gabinet.pl', 'CNAME', ['ingress.platforma.pl.'])
  server.set('ingress.platforma.pl', 'A', ['203.0.113.10'])
  const ask = resolver()
  expect((await ask.resolve4('GABINET.pl')).sort()).toEqual(['203.0.113.10', '203.0.113.11'])
  expect(await ask.resolveTxt('gabinet.pl')).toEqual([['platform-verify=abc'], ['v=spf1 -all']])
  expect(await ask.resolveCname('www.gabinet.pl')).toEqual(['ingress.platforma.pl'])
  expect(await ask.resolve4('www.gabinet.pl')).toEqual(['203.0.113.10'])
  expect(await code(ask.resolve6('gabinet.pl'))).toBe('ENODATA')
  expect(await code(ask.resolve4('nobody.pl'))).toBe('ENOTFOUND')
  server.set('gabinet.pl', 'A', [])
  expect(await code(ask.resolve4('gabinet.pl'))).toBe('ENODATA')
  expect(server.queries()).toContain('A gabinet.pl')
})

it("serves the fake OVH's published zone: the defaults, then the records a refresh published", async () => {
  const ask = resolver()
  // A new zone: the parking address, and www as an alias of the apex (relative to the zone at OVH).
  expect(await ask.resolve4('kowalska.pl')).toEqual(['213.186.33.5'])
  expect(await ask.resolveCname('www.kowalska.pl')).toEqual(['kowalska.pl'])
  const parking = store.recordIds('kowalska.pl', new URLSearchParams({ fieldType: 'A' }))
  if (!parking.ok) throw new Error('no zone')
  store.deleteRecord('kowalska.pl', parking.value[0])
  store.createRecord('kowalska.pl', { fieldType: 'A', subDomain: '', target: '203.0.113.10' })
  store.createRecord('kowalska.pl', { fieldType: 'TXT', subDomain: 'txt', target: '"platform-verify=xyz"' })
  // Not published until the zone is refreshed, as at OVH.
  expect(await ask.resolve4('kowalska.pl')).toEqual(['213.186.33.5'])
  store.refreshZone('kowalska.pl')
  expect(await ask.resolve4('kowalska.pl')).toEqual(['203.0.113.10'])
  expect(await ask.resolveTxt('txt.kowalska.pl')).toEqual([['platform-verify=xyz']])
  expect(await code(ask.resolve4('blog.kowalska.pl'))).toBe('ENOTFOUND')
})
