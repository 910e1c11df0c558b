import { createElement } from 'react'

import { renderSitePage, renderSitePath, sitePageTarget, type SiteConfig } from './renderPage'
import { checkSitePage, defineSitePage, fillSitePagePath, matchSitePage, registerSitePage, sitePageClientEntries } from './sitePages'
import { loadSitemapPages } from './sitemapPages'
import type { ResolvedImage } from './types'

const site = { id: 7, identifier: 'anna', name: 'Anna Coaching', publishedAt: '2026-03-29T10:00:00.000Z' }
const base = { pathPrefix: '/s/anna', origin: 'https://platforma.example' }
const images = new Map<string, ResolvedImage>()
const config: SiteConfig = {
  locales: { default: 'pl', enabled: ['pl', 'en'] },
  theme: { colors: { primary: '#123456' } },
  pages: [
    { slug: 'home', title: { pl: 'Start', en: 'Home' }, sections: [] },
    { slug: 'oferta', title: { pl: 'Oferta', en: 'Offer' }, sections: [] },
  ],
}

const notes = defineSitePage({
  path: 'notes/:slug',
  load: async ({ params, locale }) => (params.slug === 'known' ? { text: `note ${locale}` } : undefined),
  cache: { maxAgeSeconds: 30 },
  head: ({ data, url }) => ({
    title: data.text,
    description: 'A note',
    image: 'https://platforma.example/x.webp',
    jsonLd: [{ '@type': 'Thing', name: '</script>', url }],
  }),
  Component: ({ data, pagePath }) =>
    createElement('article', null, createElement('p', null, data.text), createElement('a', { href: pagePath('oferta') }, 'offer')),
  clientEntry: '/abs/notes.client.ts',
})
registerSitePage(notes, { owner: 'notes' })

describe('site pages', () => {
  it('refuses paths that could shadow the owner’s pages, another plugin’s page, or lack cache rules', () => {
    const page = (path: string, cache: object = { maxAgeSeconds: 5 }) => ({ ...notes, path, cache })
    expect(() => checkSitePage(page('notes'), 'x')).toThrow(/two or more segments/)
    expect(() => checkSitePage(page(':a/b'), 'x')).toThrow(/two or more segments/)
    expect(() => checkSitePage(page('en/x'), 'x')).toThrow(/two or more segments/)
    expect(() => checkSitePage(page('a/../b'), 'x')).toThrow(/two or more segments/)
    expect(() => checkSitePage(page('notes/:id'), 'other')).toThrow(/"notes" serves already/)
    expect(() => checkSitePage(page('events/:slug', {}), 'x')).toThrow(/goes stale/)
    expect(() => checkSitePage(page('events/:slug'), 'x')).not.toThrow()
    expect(() => registerSitePage(notes, { owner: 'notes' })).not.toThrow()
  })

  it('matches paths below the language prefix, with their params', () => {
    expect(matchSitePage(['notes', 'known'])).toMatchObject({ params: { slug: 'known' } })
    expect(matchSitePage(['notes'])).toBeUndefined()
    expect(matchSitePage(['notes', 'a', 'b'])).toBeUndefined()
    expect(sitePageTarget(config, ['en', 'notes', 'x'])).toMatchObject({ locale: 'en', params: { slug: 'x' }, slug: 'notes/x' })
    expect(sitePageTarget(config, ['pl', 'notes', 'x'])).toBeUndefined() // the default language has no prefix
    expect(sitePageTarget(config, ['oferta'])).toBeUndefined()
    expect(sitePageClientEntries()).toContainEqual(['site-page:notes/:slug', '/abs/notes.client.ts'])
  })

  it('renders the page in the site’s look: header, language switch to the same page, its head and JSON-LD, an island', () => {
    const target = sitePageTarget(config, ['en', 'notes', 'known'])!
    const result = renderSitePage({ config, site, base, target, images, data: { text: 'note en' }, scriptUrl: '/_site-assets/a.js' })
    expect(result.status).toBe(200)
    const html = result.body
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<title>note en – Anna Coaching</title>')
    expect(html).toContain('<link rel="canonical" href="https://platforma.example/s/anna/en/notes/known"/>')
    expect(html).toContain('hrefLang="pl" href="https://platforma.example/s/anna/notes/known"')
    expect(html).toContain('class="lang-switch" href="/s/anna/notes/known"')
    expect(html).toContain('<meta property="og:image" content="https://platforma.example/x.webp"/>')
    expect(html).toContain('--color-primary:#123456')
    expect(html).toContain('<a href="/s/anna/en/oferta">offer</a>')
    expect(html).toContain('data-island="site-page:notes/:slug"')
    expect(html).toContain('<script src="/_site-assets/a.js" defer=""></script>')
    const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1]))
    expect(ld.map((item) => item['@type'])).toEqual(['LocalBusiness', 'Thing'])
    expect(ld[1]).toEqual({ '@type': 'Thing', name: '</script>', url: 'https://platforma.example/s/anna/en/notes/known' })
  })

  it('answers no data with the site’s own 404 page, never indexed', () => {
    const target = sitePageTarget(config, ['notes', 'unknown'])!
    const result = renderSitePage({ config, site, base, target, images, data: undefined })
    expect(result.status).toBe(404)
    expect(result.body).toContain('Nie znaleziono strony')
    expect(result.body).toContain('<meta name="robots" content="noindex, nofollow"/>')
    expect(result.body).toContain('class="brand" href="/s/anna"')
  })

  it('answers an unknown address with the site’s own 404 (its name and a link home), in the language the address names', () => {
    const polish = renderSitePath({ config, site, base, segments: ['nie-ma-takiej'], images })
    expect(polish.status).toBe(404)
    expect(polish.body).toContain('class="brand" href="/s/anna"')
    expect(polish.body).toContain('Anna Coaching')
    expect(polish.body).toContain('Nie znaleziono strony')
    expect(polish.body).not.toContain('Page not found')
    const english = renderSitePath({ config, site, base, segments: ['en', 'no-such-page'], images })
    expect(english.status).toBe(404)
    expect(english.body).toContain('Page not found')
    expect(english.body).toContain('href="/s/anna/en"')
  })

  it('leaves the owner’s pages as they were: two segments that are not a site page are a 404', () => {
    expect(renderSitePath({ config, site, base, segments: ['oferta', 'x'], images }).status).toBe(404)
    expect(renderSitePath({ config, site, base, segments: ['oferta'], images }).status).toBe(200)
  })

  it('lists the sitemap addresses a page gives, filled into its path; a failing page is logged, left out and kept briefly', async () => {
    expect(fillSitePagePath('events/:slug', { slug: 'joga w górach' })).toBe('events/joga%20w%20g%C3%B3rach')
    expect(fillSitePagePath('events/:slug', {})).toBeUndefined()
    expect(fillSitePagePath('events/:slug', { slug: 'a/b' })).toBeUndefined()
    const errors: unknown[] = []
    const payload = { logger: { error: (entry: unknown) => errors.push(entry) } } as never
    const listing = {
      ...notes,
      cache: { maxAgeSeconds: 30 },
      sitemap: async () => [{ params: { slug: 'known' }, lastmod: '2026-04-01T00:00:00.000Z' }, { params: {} as Record<string, string> }],
    }
    const failing = { ...notes, path: 'broken/:slug', sitemap: async () => Promise.reject(new Error('database down')) }
    expect(await loadSitemapPages({ payload, site, defaultMaxAgeMs: 60_000, pages: [listing] })).toEqual({
      extra: [{ slug: 'notes/known', lastmod: '2026-04-01T00:00:00.000Z' }],
      maxAgeMs: 30_000,
    })
    const withFailure = await loadSitemapPages({ payload, site, defaultMaxAgeMs: 60_000, pages: [listing, failing] })
    expect(withFailure).toEqual({ extra: [{ slug: 'notes/known', lastmod: '2026-04-01T00:00:00.000Z' }], maxAgeMs: 5_000 })
    expect(errors).toHaveLength(1)
    expect(await loadSitemapPages({ payload, site, defaultMaxAgeMs: 60_000, pages: [] })).toEqual({ extra: [], maxAgeMs: undefined })
  })
})
