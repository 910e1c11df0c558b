import { linkState, parseLocale } from './linkState'

const now = new Date('2026-03-29T00:30:00.000Z') // the night Europe/Warsaw moves to summer time

describe('linkState', () => {
  it('is valid until the expiry, then expired; used wins', () => {
    expect(linkState({ used: false, expiresAt: '2026-03-29T00:30:01.000Z', now })).toBe('valid')
    expect(linkState({ used: false, expiresAt: now, now })).toBe('expired')
    expect(linkState({ used: null, expiresAt: '2026-03-28T23:00:00.000Z', now })).toBe('expired')
    expect(linkState({ used: true, expiresAt: '2026-03-30T00:00:00.000Z', now })).toBe('used')
  })
})

describe('parseLocale', () => {
  it('knows the two languages', () => {
    expect(parseLocale('pl')).toBe('pl')
    expect(parseLocale('en')).toBe('en')
    expect(parseLocale('de')).toBeUndefined()
  })
})
