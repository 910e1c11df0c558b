import type { PayloadRequest } from 'payload'

import { headerLocale, requestLocale } from './requestLocale'

const request = (headers: Record<string, string>, user: { locale?: string } | null = null, cookiePrefix?: string) =>
  ({ headers: new Headers(headers), user, payload: { config: { cookiePrefix } } }) as unknown as PayloadRequest

describe('the language to answer in', () => {
  it('takes the preferred supported language of Accept-Language', () => {
    expect(headerLocale('pl-PL,pl;q=0.9,en;q=0.8')).toBe('pl')
    expect(headerLocale('de-DE, en-GB;q=0.8, pl;q=0.5')).toBe('en')
    expect(headerLocale('en;q=0.3, pl;q=0.7')).toBe('pl')
    expect(headerLocale('de, fr')).toBeUndefined()
    expect(headerLocale('pl;q=0, en')).toBe('en')
    expect(headerLocale(undefined)).toBeUndefined()
  })

  it("prefers the admin's language cookie, then the header, then the user's language, then Polish", () => {
    expect(requestLocale(request({ cookie: 'a=1; payload-lng=en', 'accept-language': 'pl' }, { locale: 'pl' }))).toBe('en')
    expect(requestLocale(request({ cookie: 'site-lng=pl', 'accept-language': 'en' }, null, 'site'))).toBe('pl')
    expect(requestLocale(request({ 'accept-language': 'en-US' }, { locale: 'pl' }))).toBe('en')
    expect(requestLocale(request({ 'accept-language': 'de' }, { locale: 'en' }))).toBe('en')
    expect(requestLocale(request({}, { locale: 'en' }))).toBe('en')
    expect(requestLocale(request({}))).toBe('pl')
  })
})
