import { judge, questionsFor, requirementsFor, type Observation } from './judge'

const target = { ipv4: ['203.0.113.10'], ipv6: ['2001:db8::10'], cname: null }
const withName = { ipv4: ['203.0.113.10'], ipv6: [], cname: 'ingress.platforma.pl' }
const TXT = 'platform-verify=token123'

/** One resolver's answers: `A kowalska.pl` → records, or an error code string prefixed with `!`. */
const seen = (resolver: string, answers: Record<string, string[] | string>): Observation => ({
  resolver,
  answers: Object.fromEntries(Object.entries(answers).map(([key, value]) => [key, typeof value === 'string' ? { error: value } : { records: value }])),
})

describe('DNS verification verdicts', () => {
  it('asks what each kind of order needs', () => {
    expect(requirementsFor({ domain: 'kowalska.pl', kind: 'purchase', proxyMode: false, target }).map((r) => `${r.kind} ${r.host}`)).toEqual([
      'address kowalska.pl',
      'address www.kowalska.pl',
    ])
    expect(requirementsFor({ domain: 'kowalska.pl', kind: 'own', proxyMode: true, target: withName, txtValue: TXT }).map((r) => `${r.kind} ${r.host}`)).toEqual(
      ['address kowalska.pl', 'alias www.kowalska.pl', 'txt _platform-verify.kowalska.pl'],
    )
    const txtOnly = requirementsFor({ domain: 'kowalska.pl', kind: 'own', proxyMode: false, target, txtValue: TXT })
    expect(questionsFor(txtOnly)).toEqual([{ host: '_platform-verify.kowalska.pl', type: 'TXT' }])
  })

  it('passes when every name resolves only to the target, in every resolver', () => {
    const requirements = requirementsFor({ domain: 'kowalska.pl', kind: 'purchase', proxyMode: true, target })
    const good = {
      'A kowalska.pl': ['203.0.113.10'],
      'AAAA kowalska.pl': ['2001:DB8::10'],
      'A www.kowalska.pl': ['203.0.113.10'],
      'AAAA www.kowalska.pl': 'ENODATA',
    }
    const verdict = judge({ requirements, observations: [seen('1.1.1.1', good), seen('8.8.8.8', good)], target })
    expect(verdict.ok).toBe(true)
    expect(verdict.results).toEqual([
      { purpose: 'apex', host: 'kowalska.pl', ok: true, found: ['203.0.113.10', '2001:db8::10'] },
      { purpose: 'www', host: 'www.kowalska.pl', ok: true, found: ['203.0.113.10'] },
    ])
    // One resolver still sees the parking page: not yet, and the foreign address is named.
    const stale = judge({
      requirements,
      observations: [seen('1.1.1.1', good), seen('8.8.8.8', { ...good, 'A www.kowalska.pl': ['213.186.33.5', '203.0.113.10'] })],
      target,
    })
    expect(stale.ok).toBe(false)
    expect(stale.results[1]).toMatchObject({ ok: false, found: ['203.0.113.10', '213.186.33.5'] })
    expect(stale.results[1].problem?.pl).toBe(
      'www.kowalska.pl wskazuje na 213.186.33.5, a powinien tylko na platformę (203.0.113.10, 2001:db8::10). Usuń pozostałe rekordy.',
    )
  })

  it('says plainly when a name has no address, or a resolver did not answer', () => {
    const requirements = requirementsFor({ domain: 'kowalska.pl', kind: 'purchase', proxyMode: true, target })
    const verdict = judge({
      requirements,
      observations: [seen('127.0.0.1:5353', { 'A kowalska.pl': 'ENOTFOUND', 'AAAA kowalska.pl': 'ENODATA', 'A www.kowalska.pl': 'ETIMEOUT' })],
      target,
    })
    expect(verdict.ok).toBe(false)
    expect(verdict.results[0].problem?.en).toBe('kowalska.pl does not point at the platform (203.0.113.10, 2001:db8::10) yet: it has no A or AAAA records.')
    expect(verdict.results[1].problem?.pl).toBe('Serwer DNS 127.0.0.1:5353 nie odpowiedział na pytanie o www.kowalska.pl (ETIMEOUT). Sprawdzimy ponownie.')
    expect(judge({ requirements, observations: [], target }).ok).toBe(false)
  })

  it('accepts www as a CNAME to the target name, or as addresses', () => {
    const requirements = requirementsFor({ domain: 'kowalska.pl', kind: 'own', proxyMode: true, target: withName, txtValue: TXT })
    const base = { 'A kowalska.pl': ['203.0.113.10'], 'AAAA kowalska.pl': [], 'TXT _platform-verify.kowalska.pl': [TXT, 'v=spf1 -all'] }
    expect(judge({ requirements, observations: [seen('r', { ...base, 'CNAME www.kowalska.pl': ['Ingress.Platforma.pl.'] })], target: withName }).ok).toBe(true)
    expect(
      judge({
        requirements,
        observations: [seen('r', { ...base, 'CNAME www.kowalska.pl': 'ENODATA', 'A www.kowalska.pl': ['203.0.113.10'], 'AAAA www.kowalska.pl': [] })],
        target: withName,
      }).ok,
    ).toBe(true)
    const elsewhere = judge({
      requirements,
      observations: [
        seen('r', { ...base, 'CNAME www.kowalska.pl': ['kowalska.github.io'], 'A www.kowalska.pl': ['185.199.108.153'], 'AAAA www.kowalska.pl': [] }),
      ],
      target: withName,
    })
    expect(elsewhere.ok).toBe(false)
    expect(elsewhere.results[1].problem?.en).toContain('(203.0.113.10 (CNAME ingress.platforma.pl))')
  })

  it('wants the TXT to hold the token, and never keeps the token in what it found', () => {
    const requirements = requirementsFor({ domain: 'kowalska.pl', kind: 'own', proxyMode: false, target: null, txtValue: TXT })
    const missing = judge({ requirements, observations: [seen('r', { 'TXT _platform-verify.kowalska.pl': 'ENOTFOUND' })], target: null })
    expect(missing.results[0]).toEqual({
      purpose: 'verification',
      host: '_platform-verify.kowalska.pl',
      ok: false,
      found: [],
      problem: {
        pl: 'Nie znaleźliśmy jeszcze rekordu TXT _platform-verify.kowalska.pl.',
        en: 'The TXT record _platform-verify.kowalska.pl was not found yet.',
      },
    })
    const wrong = judge({ requirements, observations: [seen('r', { 'TXT _platform-verify.kowalska.pl': ['platform-verify=old'] })], target: null })
    expect(wrong.results[0]).toMatchObject({ ok: false, found: ['platform-verify=…'] })
    expect(wrong.results[0].problem?.en).toBe('The TXT record _platform-verify.kowalska.pl holds a different value from the one shown. Copy it again.')
    const right = judge({ requirements, observations: [seen('r', { 'TXT _platform-verify.kowalska.pl': [TXT] })], target: null })
    expect(right).toEqual({ ok: true, results: [{ purpose: 'verification', host: '_platform-verify.kowalska.pl', ok: true, found: ['platform-verify=…'] }] })
  })
})
