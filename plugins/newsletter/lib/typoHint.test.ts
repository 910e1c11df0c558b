import { COMMON_DOMAINS, editDistance, suggestAddress, suggestDomain } from './typoHint'

describe('did-you-mean for mail domains', () => {
  it('measures edits, counting a swap of neighbours as one', () => {
    expect(editDistance('gmail.com', 'gmail.com')).toBe(0)
    expect(editDistance('gmal.com', 'gmail.com')).toBe(1)
    expect(editDistance('gmial.com', 'gmail.com')).toBe(1)
    expect(editDistance('gnail.con', 'gmail.com')).toBe(2)
    expect(editDistance('', 'wp.pl')).toBe(5)
  })

  it('suggests the common provider for typical slips', () => {
    const cases: Record<string, string> = {
      'gmal.com': 'gmail.com',
      'gmial.com': 'gmail.com',
      'gmail.con': 'gmail.com',
      'gmail.co': 'gmail.com',
      'gamil.com': 'gmail.com',
      'wp.p': 'wp.pl',
      'wpp.pl': 'wp.pl',
      'onet.p': 'onet.pl',
      'onte.pl': 'onet.pl',
      'o2.p': 'o2.pl',
      'interia.p': 'interia.pl',
      'intreia.pl': 'interia.pl',
      'op.p': 'op.pl',
      'yaho.com': 'yahoo.com',
      'outlok.com': 'outlook.com',
      'hotmial.com': 'hotmail.com',
      'iclod.com': 'icloud.com',
      'GMAL.COM': 'gmail.com',
    }
    for (const [typed, expected] of Object.entries(cases)) expect({ typed, suggestion: suggestDomain(typed) }).toEqual({ typed, suggestion: expected })
  })

  it('leaves known domains, other real providers, unrelated domains and ambiguous slips alone', () => {
    for (const domain of [...COMMON_DOMAINS, 'mail.com', 'gmx.com', 'vp.pl', 'firma.pl', 'example.com', 'uw.edu.pl', 'kowalski.dev', ''])
      expect({ domain, suggestion: suggestDomain(domain) }).toEqual({ domain, suggestion: undefined })
    // One slip from both o2.pl and op.pl: no guess.
    expect(suggestDomain('oo.pl')).toBeUndefined()
  })

  it('rebuilds the whole address, keeping the local part as typed', () => {
    expect(suggestAddress('jan.kowalski+news@gmal.com')).toBe('jan.kowalski+news@gmail.com')
    expect(suggestAddress('anna@wp.p')).toBe('anna@wp.pl')
    expect(suggestAddress('anna@wp.pl')).toBeUndefined()
    expect(suggestAddress('no-at-sign')).toBeUndefined()
  })
})
