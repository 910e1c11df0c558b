import { eventPageUrl } from './eventUrl'

const siteUrl = 'https://platforma.example/s/anna'

describe('eventPageUrl', () => {
  it('has no language prefix in the site’s default language', () => {
    expect(eventPageUrl({ siteUrl, slug: 'weekend-z-joga', locale: 'pl', locales: { default: 'pl', enabled: ['pl', 'en'] } })).toBe(
      'https://platforma.example/s/anna/events/weekend-z-joga',
    )
    expect(eventPageUrl({ siteUrl: `${siteUrl}/`, slug: 'yoga', locale: 'en', locales: { default: 'en', enabled: ['en', 'pl'] } })).toBe(
      'https://platforma.example/s/anna/events/yoga',
    )
  })

  it('puts the other enabled language in front, as the site’s pages do', () => {
    expect(eventPageUrl({ siteUrl, slug: 'weekend-z-joga', locale: 'en', locales: { default: 'pl', enabled: ['pl', 'en'] } })).toBe(
      'https://platforma.example/s/anna/en/events/weekend-z-joga',
    )
    expect(eventPageUrl({ siteUrl, slug: 'retreat', locale: 'pl', locales: { default: 'en', enabled: ['en', 'pl'] } })).toBe(
      'https://platforma.example/s/anna/pl/events/retreat',
    )
  })

  it('sends a reader to the default-language page when the site does not publish theirs', () => {
    expect(eventPageUrl({ siteUrl, slug: 'warsztat', locale: 'en', locales: { default: 'pl', enabled: ['pl'] } })).toBe(
      'https://platforma.example/s/anna/events/warsztat',
    )
  })
})
