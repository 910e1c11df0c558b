import { candidateNames, checkDomainName, normalizeDomainInput, parseSearchName, unicodeOf } from './domainName'

describe('normalizeDomainInput', () => {
  it('keeps the host of what was pasted', () => {
    expect(normalizeDomainInput('  HTTPS://www.Kowalska.PL:443/o-mnie?x=1 ')).toBe('kowalska.pl')
    expect(normalizeDomainInput('kowalska.pl.')).toBe('kowalska.pl')
    expect(normalizeDomainInput('www.kowalska.com.pl')).toBe('kowalska.com.pl')
  })
})

describe('checkDomainName', () => {
  it('accepts LDH names with a real extension, punycode included', () => {
    expect(checkDomainName('kowalska-coaching.pl')).toBe(true)
    expect(checkDomainName('xn--za-6ja4f8n1l.pl')).toBe(true)
    expect(checkDomainName('a.xn--p1ai')).toBe(true)
  })

  it('says what is wrong with the rest', () => {
    expect(checkDomainName('kowalska')).toMatch(/extension/)
    expect(checkDomainName('-kowalska.pl')).toMatch(/"-kowalska"/)
    expect(checkDomainName('kowalska-.pl')).toMatch(/"kowalska-"/)
    expect(checkDomainName('ab--cd.pl')).toMatch(/"ab--cd"/)
    expect(checkDomainName('x_y.pl')).toMatch(/"x_y"/)
    expect(checkDomainName(`${'a'.repeat(64)}.pl`)).toMatch(/not a valid part/)
    expect(checkDomainName(`${'a.'.repeat(127)}pl`)).toMatch(/253/)
    expect(checkDomainName('kowalska.p1')).toMatch(/real one/)
    expect(checkDomainName(42)).toMatch(/required/)
  })
})

describe('parseSearchName', () => {
  it('converts an IDN to punycode (value computed independently with Python: "zażółć.pl".encode("idna"))', () => {
    expect(parseSearchName('Zażółć.PL')).toEqual({ label: 'xn--za-6ja4f8n1l', extension: 'pl', ascii: 'xn--za-6ja4f8n1l.pl', unicode: 'zażółć.pl' })
    expect(unicodeOf('xn--za-6ja4f8n1l.pl')).toBe('zażółć.pl')
  })

  it('keeps two-part extensions whole and searches a bare name as .pl first', () => {
    expect(parseSearchName('kowalska.com.pl')).toMatchObject({ label: 'kowalska', extension: 'com.pl', ascii: 'kowalska.com.pl' })
    expect(parseSearchName('kowalska')).toMatchObject({ label: 'kowalska', extension: 'pl', ascii: 'kowalska.pl' })
    expect(parseSearchName('kowalska.de')).toMatchObject({ label: 'kowalska', extension: 'de', ascii: 'kowalska.de' })
  })

  it('refuses invalid names with a message in both languages', () => {
    for (const raw of ['', '   ', 'a b.pl', 'kow@lska.pl', '-kowalska.pl', 'x_y.pl', `${'a'.repeat(64)}.pl`, 'kowalska.p1', 42]) {
      const parsed = parseSearchName(raw)
      expect(parsed).toEqual({ message: { pl: expect.any(String), en: expect.any(String) } })
    }
    expect(parseSearchName('a b.pl')).toEqual({
      message: { pl: expect.stringContaining('nie jest poprawną nazwą domeny'), en: expect.stringContaining('not a valid domain name') },
    })
  })

  it('asks for the domain itself rather than a subdomain', () => {
    expect(parseSearchName('blog.kowalska.pl')).toEqual({
      message: { pl: expect.stringContaining('bez subdomeny'), en: expect.stringContaining('without a subdomain') },
    })
    expect(parseSearchName('blog.kowalska.de')).toEqual({ message: { pl: expect.stringContaining('bez subdomeny'), en: expect.any(String) } })
  })
})

describe('candidateNames', () => {
  it('puts the typed name first, then the alternatives, once each', () => {
    const name = parseSearchName('kowalska.eu')
    if ('message' in name) throw new Error('parsed')
    expect(candidateNames(name)).toEqual(['kowalska.eu', 'kowalska.pl', 'kowalska.com', 'kowalska.com.pl'])
    const other = parseSearchName('kowalska.de')
    if ('message' in other) throw new Error('parsed')
    expect(candidateNames(other)).toEqual(['kowalska.de', 'kowalska.pl', 'kowalska.com', 'kowalska.eu', 'kowalska.com.pl'])
  })
})
