import { checkRate, linkState, parseLocale } from './linkState'

const now = new Date('2026-03-29T00:30:00.000Z') // the night Europe/Warsaw moves to summer time

describe('linkState', () => {
  it('is valid until the expiry, then expired; used wins', () => {
    expect(linkState({ used: false, expiresAt: '2026-03-29T00:30:01.000Z', now })).toBe('valid')
    expect(linkState({ used: false, expiresAt: now, now })).toBe('expired')
    expect(linkState({ used: null, expiresAt: '2026-03-28T23:00:00.000Z', now })).toBe('expired')
    expect(linkState({ used: true, expiresAt: '2026-03-30T00:00:00.000Z', now })).toBe('used')
  })
})

describe('checkRate', () => {
  const windowMs = 15 * 60_000
  const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000)

  it('allows up to the limit inside the window and ignores older requests', () => {
    expect(checkRate({ recent: [], limit: 2, windowMs, now })).toEqual({ allowed: true })
    expect(checkRate({ recent: [ago(1)], limit: 2, windowMs, now })).toEqual({ allowed: true })
    expect(checkRate({ recent: [ago(20), ago(16), ago(1)], limit: 2, windowMs, now })).toEqual({ allowed: true })
  })

  it('says when the next request fits', () => {
    // Two in the window, limit 2: the older one (10 min ago) leaves in 5 minutes.
    expect(checkRate({ recent: [ago(1), ago(10)], limit: 2, windowMs, now })).toEqual({ allowed: false, retryAfterSeconds: 300 })
    // Three in the window, limit 2: two must leave, the second oldest (5 min ago) leaves in 10 minutes.
    expect(checkRate({ recent: [ago(14), ago(5), ago(1)], limit: 2, windowMs, now })).toEqual({ allowed: false, retryAfterSeconds: 600 })
    expect(checkRate({ recent: [now], limit: 1, windowMs, now })).toEqual({ allowed: false, retryAfterSeconds: 900 })
  })
})

describe('parseLocale', () => {
  it('knows the two languages', () => {
    expect(parseLocale('pl')).toBe('pl')
    expect(parseLocale('en')).toBe('en')
    expect(parseLocale('de')).toBeUndefined()
  })
})
