import { checkDomain, couldBeSiteDomain, hostnameOf, normalizeDomain } from './domain'

describe('site domains', () => {
  it('normalizes to a lower-case hostname without scheme, port, path or trailing dot', () => {
    expect(normalizeDomain(' HTTPS://WWW.Example.COM:8443/path?q=1 ')).toBe('www.example.com')
    expect(normalizeDomain('studio.pl.')).toBe('studio.pl')
    expect(normalizeDomain('')).toBeNull()
    expect(normalizeDomain(null)).toBeNull()
    expect(normalizeDomain(undefined)).toBeUndefined()
    expect(normalizeDomain(42)).toBe(42)
  })

  it('accepts hostnames with a dot and a real top-level domain, and refuses the rest', () => {
    expect(checkDomain('www.example.com')).toBe(true)
    expect(checkDomain('joga-krakow.pl')).toBe(true)
    expect(checkDomain('xn--zoty-qqa.pl')).toBe(true)
    expect(checkDomain(null)).toBe(true)
    for (const bad of ['localhost', 'exa mple.com', '-bad.pl', 'a..pl', '127.0.0.1', 'example.c0m', 'x'.repeat(64) + '.pl', 42]) {
      expect(checkDomain(bad)).toEqual(expect.any(String))
    }
  })

  it("refuses the platform's own host", () => {
    expect(checkDomain('platforma.example.com', 'platforma.example.com')).toMatch(/platform's own/)
  })

  it('reads the hostname of a Host header, and skips lookups for hosts that cannot be a site domain', () => {
    expect(hostnameOf('Example.com:3000')).toBe('example.com')
    expect(hostnameOf('[::1]:3000')).toBe('[::1]')
    expect(hostnameOf(undefined)).toBe('')
    expect(couldBeSiteDomain('www.example.com')).toBe(true)
    for (const host of ['127.0.0.1', 'localhost', '[::1]', '']) expect(couldBeSiteDomain(host)).toBe(false)
  })
})
