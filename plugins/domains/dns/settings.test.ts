import { checkDelay, describeTarget, readCheckPace, readDnsTarget, readResolvers } from './settings'

describe('DNS settings', () => {
  it('reads the target: addresses for the apex, an optional name for www', () => {
    expect(readDnsTarget({})).toBeNull()
    expect(readDnsTarget({ DOMAINS_TARGET_IPV4: ' 203.0.113.10, 203.0.113.11 ,203.0.113.10', DOMAINS_TARGET_IPV6: '2001:DB8::10' })).toEqual({
      ipv4: ['203.0.113.10', '203.0.113.11'],
      ipv6: ['2001:db8::10'],
      cname: null,
    })
    const withName = readDnsTarget({ DOMAINS_TARGET_IPV4: '203.0.113.10', DOMAINS_TARGET_CNAME: 'Ingress.Platforma.PL.' })
    expect(withName).toEqual({ ipv4: ['203.0.113.10'], ipv6: [], cname: 'ingress.platforma.pl' })
    expect(describeTarget(withName!)).toBe('203.0.113.10 (www: ingress.platforma.pl)')
  })

  it('refuses a bad target, naming the setting', () => {
    expect(() => readDnsTarget({ DOMAINS_TARGET_IPV4: '203.0.113' })).toThrow("DOMAINS_TARGET_IPV4 must list IPv4 addresses, got '203.0.113'")
    expect(() => readDnsTarget({ DOMAINS_TARGET_IPV6: '203.0.113.10' })).toThrow('DOMAINS_TARGET_IPV6')
    expect(() => readDnsTarget({ DOMAINS_TARGET_IPV4: '203.0.113.10', DOMAINS_TARGET_CNAME: 'not a name' })).toThrow('DOMAINS_TARGET_CNAME')
    // A CNAME alone cannot point an apex.
    expect(() => readDnsTarget({ DOMAINS_TARGET_CNAME: 'ingress.platforma.pl' })).toThrow('apex cannot be a CNAME')
  })

  it('reads resolvers as addresses with optional ports', () => {
    expect(readResolvers({})).toEqual([])
    expect(readResolvers({ DOMAINS_DNS_RESOLVERS: '1.1.1.1, 127.0.0.1:5353,[2606:4700::1111]:53,2001:4860:4860::8888' })).toEqual([
      '1.1.1.1',
      '127.0.0.1:5353',
      '[2606:4700::1111]:53',
      '2001:4860:4860::8888',
    ])
    for (const bad of ['dns.google', '1.1.1.1:99999', '127.0.0.1:'])
      expect(() => readResolvers({ DOMAINS_DNS_RESOLVERS: bad })).toThrow(`DOMAINS_DNS_RESOLVERS must list IP addresses (ip or ip:port), got '${bad}'`)
  })

  it('waits twice as long before each check, up to the cap', () => {
    const pace = readCheckPace({})
    expect(pace).toEqual({ firstMs: 30_000, maxMs: 3_600_000, giveUpMs: 72 * 3_600_000, timeoutMs: 5000 })
    expect([1, 2, 3, 4, 7, 8, 50].map((attempt) => checkDelay(attempt, pace))).toEqual([30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000])
    expect(
      readCheckPace({ DOMAINS_CHECK_FIRST_MS: '200', DOMAINS_CHECK_MAX_MS: '50', DOMAINS_CHECK_GIVE_UP_HOURS: '0.5', DOMAINS_DNS_TIMEOUT_MS: 'x' }),
    ).toEqual({
      firstMs: 200,
      maxMs: 200,
      giveUpMs: 1_800_000,
      timeoutMs: 5000,
    })
  })
})
