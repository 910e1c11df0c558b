import fs from 'node:fs'
import path from 'node:path'

import { renderSitePath, type SiteConfig } from './renderPage'
import type { ResolvedImage } from './types'

const coach = JSON.parse(fs.readFileSync(path.resolve('templates/sites/coach.json'), 'utf8')).config as SiteConfig
const site = { id: 7, identifier: 'anna', name: 'Anna <Coaching>', publishedAt: '2026-03-29T10:00:00.000Z' }
const base = { pathPrefix: '/s/anna', origin: 'https://platforma.example' }
const noImages = new Map<string, ResolvedImage>()
const render = (segments: string[], config: SiteConfig = coach, extra: Partial<Parameters<typeof renderSitePath>[0]> = {}) =>
  renderSitePath({ config, site, base, segments, images: noImages, ...extra })

const withPages = (): SiteConfig => ({
  locales: { default: 'pl', enabled: ['pl', 'en'] },
  seo: { title: { pl: 'Tytuł', en: 'Title' }, description: { pl: 'Opis', en: 'About </script><b>' }, image: { mediaId: 5 } },
  pages: [
    {
      slug: 'home',
      title: { pl: 'Start', en: 'Home' },
      sections: [
        { type: 'hero', heading: { pl: 'Witaj', en: 'Welcome' }, image: { mediaId: 5, alt: { pl: 'Zdjęcie', en: 'Photo' } } },
        {
          type: 'contact',
          heading: { pl: 'Kontakt', en: 'Contact' },
          email: 'a@example.com',
          phone: '+48 600 100 200',
          address: { pl: 'Kraków', en: 'Cracow' },
        },
        { type: 'customComponent', componentId: 12, height: 300 },
        // A type with no renderer (its plugin disabled, say): nothing is shown.
        { type: 'later/quotes', heading: { pl: 'Opinie', en: 'Quotes' }, intro: { pl: 'Co mówią', en: 'What they say' } },
        { type: 'about', hidden: true, heading: { pl: 'Ukryta', en: 'Hidden' }, body: { pl: 'x', en: 'x' } },
      ],
    },
    {
      slug: 'oferta',
      title: { pl: 'Oferta', en: 'Offer' },
      sections: [{ type: 'about', heading: { pl: 'O nas', en: 'About us' }, body: { pl: 'Akapit 1\n\nAkapit 2', en: 'P1' } }],
    },
  ],
  navigation: [
    { label: { pl: 'Oferta', en: 'Offer' }, page: 'oferta' },
    { label: { pl: 'Kontakt', en: 'Contact' }, page: 'home', anchor: 'contact' },
    { label: { pl: 'Blog', en: 'Blog' }, url: 'https://blog.example.com' },
  ],
})
const images = new Map<string, ResolvedImage>([
  [
    '5',
    {
      src: '/api/media-assets/file/p-768.webp',
      width: 2000,
      height: 1000,
      variants: [
        { url: '/api/media-assets/file/p-320.webp', width: 320 },
        { url: '/api/media-assets/file/p-768.webp', width: 768 },
        { url: '/api/media-assets/file/p-1600.webp', width: 1600 },
      ],
    },
  ],
])

describe('renderSitePath', () => {
  it('renders a system template home page in the default language with head, landmarks and the language switch', () => {
    const result = render([])
    expect(result.status).toBe(200)
    const html = result.body
    expect(html.startsWith('<!DOCTYPE html><html lang="pl">')).toBe(true)
    expect(html).toContain('<title>Start – Coaching, który prowadzi do zmiany</title>')
    expect(html).toContain('<meta name="description" content="Sesje coachingowe online i stacjonarnie. Umów bezpłatną rozmowę wstępną."/>')
    expect(html).toContain('<link rel="canonical" href="https://platforma.example/s/anna"/>')
    expect(html).toContain('<link rel="alternate" hrefLang="en" href="https://platforma.example/s/anna/en"/>')
    expect(html).toContain('<meta property="og:locale" content="pl_PL"/>')
    expect(html).toContain('<a class="skip-link" href="#main">Przejdź do treści</a>')
    expect(html).toMatch(/<a class="lang-switch" href="\/s\/anna\/en" hrefLang="en" lang="en"/)
    expect(html).toContain('<h1>Odzyskaj jasność i zrób kolejny krok</h1>')
    expect(html).toContain('<main id="main"')
    expect(html).not.toContain('<script src=')
    // Texts are escaped.
    expect(html).toContain('Anna &lt;Coaching&gt;')
  })

  it('renders the other language under its prefix, sub-pages, and 404s / redirects for the rest', () => {
    const config = withPages()
    const en = render(['en', 'oferta'], config)
    expect(en.status).toBe(200)
    expect(en.body).toContain('<html lang="en">')
    expect(en.body).toContain('<title>Offer – Title</title>')
    expect(en.body).toContain('<h1>Offer</h1>')
    expect(en.body).toContain('href="/s/anna/oferta" hrefLang="pl"')
    const pl = render(['oferta'], config)
    expect(pl.body).toContain('<p>Akapit 1</p><p>Akapit 2</p>')
    expect(pl.body).toContain('<a href="/s/anna/oferta" aria-current="page">Oferta</a>')
    expect(pl.body).toContain('<a href="/s/anna#contact">Kontakt</a>')
    expect(pl.body).toContain('<a href="https://blog.example.com" rel="noopener">Blog</a>')
    // An unknown address: the site's own 404 in the language the address names, never indexed, no canonical.
    for (const [segments, lang, title] of [
      [['nope'], 'pl', 'Nie znaleziono strony'],
      [['pl'], 'pl', 'Nie znaleziono strony'],
      [['en', 'nope'], 'en', 'Page not found'],
      [['oferta', 'x'], 'pl', 'Nie znaleziono strony'],
    ] as const) {
      const result = render([...segments], config)
      expect(result.status).toBe(404)
      expect(result.body).toContain(`<html lang="${lang}">`)
      expect(result.body).toContain(`<h1>${title}</h1>`)
      expect(result.body).toContain('<meta name="robots" content="noindex, nofollow"/>')
      expect(result.body).not.toContain('rel="canonical"')
    }
    expect(render(['home'], config)).toMatchObject({ status: 301, location: '/s/anna' })
    expect(render(['en', 'home'], config)).toMatchObject({ status: 301, location: '/s/anna/en' })
    expect(render(['en'], { ...config, locales: { default: 'pl', enabled: ['pl'] } }).status).toBe(404)
  })

  it('emits images with srcset, OG image, JSON-LD from the contact section (escaped), and the sandboxed component iframe', () => {
    const html = render([], withPages(), { images }).body
    expect(html).toContain(
      '<img class="hero__image" src="/api/media-assets/file/p-768.webp" srcSet="/api/media-assets/file/p-320.webp 320w, /api/media-assets/file/p-768.webp 768w, /api/media-assets/file/p-1600.webp 1600w" sizes="(min-width: 900px) 50vw, 100vw" alt="Zdjęcie" width="2000" height="1000" loading="eager"',
    )
    expect(html).toContain('<meta property="og:image" content="https://platforma.example/api/media-assets/file/p-1600.webp"/>')
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>')
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]
    expect(JSON.parse(jsonLd)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'LocalBusiness',
      name: 'Anna <Coaching>',
      url: 'https://platforma.example/s/anna',
      description: 'Opis',
      image: 'https://platforma.example/api/media-assets/file/p-1600.webp',
      email: 'a@example.com',
      telephone: '+48 600 100 200',
      address: 'Kraków',
    })
    expect(render(['en'], withPages()).body).toContain('"description":"About \\u003c/script>\\u003cb>"')
    expect(html).toContain(
      '<iframe class="component-frame" sandbox="allow-scripts" src="/api/public/sites/anna/components/12?lang=pl" title="Osadzony komponent" loading="lazy" referrerPolicy="no-referrer" style="height:300px">',
    )
    expect(html).not.toContain('allow-same-origin')
    // The component gets the page's language (the frame endpoint's ?lang=).
    expect(render(['en'], withPages()).body).toContain('src="/api/public/sites/anna/components/12?lang=en"')
    expect(html).not.toContain('Opinie')
    expect(html).not.toContain('section--later')
    expect(html).not.toContain('Ukryta')
  })

  it('marks previews (banner, noindex, preview iframes) and serves a custom domain at its root', () => {
    const preview = render([], withPages(), { preview: true }).body
    expect(preview).toContain('Podgląd – strona nieopublikowana')
    expect(preview).toContain('<meta name="robots" content="noindex, nofollow"/>')
    expect(preview).toContain('/components/12?lang=pl&amp;preview=1')
    // Links between pages stay in preview; the canonical URL does not.
    expect(preview).toContain('<a href="/s/anna/oferta?preview=1">Oferta</a>')
    expect(preview).toContain('<a href="/s/anna?preview=1#contact">Kontakt</a>')
    expect(preview).toContain('<a class="lang-switch" href="/s/anna/en?preview=1"')
    expect(preview).toContain('<link rel="canonical" href="https://platforma.example/s/anna"/>')
    const own = renderSitePath({ config: withPages(), site, base: { pathPrefix: '', origin: 'https://anna.pl' }, segments: ['en'], images: noImages })
    expect(own.body).toContain('<link rel="canonical" href="https://anna.pl/en"/>')
    expect(own.body).toContain('<a class="brand" href="/en">')
  })

  it('writes sitemap.xml and robots.txt with absolute URLs', () => {
    const sitemap = render(['sitemap.xml'], withPages())
    expect(sitemap.contentType).toBe('application/xml; charset=utf-8')
    expect(sitemap.body).toContain(
      '<url><loc>https://platforma.example/s/anna/en/oferta</loc><lastmod>2026-03-29T10:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="pl" href="https://platforma.example/s/anna/oferta"/><xhtml:link rel="alternate" hreflang="en" href="https://platforma.example/s/anna/en/oferta"/></url>',
    )
    expect(sitemap.body.match(/<url>/g)).toHaveLength(4)
    // The plugins' pages inside the site (sitePages with `sitemap`) follow, in both languages, with their own date.
    const withEvents = renderSitePath({
      config: withPages(),
      site,
      base,
      segments: ['sitemap.xml'],
      images: noImages,
      sitemapExtra: [{ slug: 'events/joga-w-gorach', lastmod: '2026-04-02T08:00:00.000Z' }],
    })
    expect(withEvents.body.match(/<url>/g)).toHaveLength(6)
    expect(withEvents.body).toContain(
      '<url><loc>https://platforma.example/s/anna/events/joga-w-gorach</loc><lastmod>2026-04-02T08:00:00.000Z</lastmod><xhtml:link rel="alternate" hreflang="pl" href="https://platforma.example/s/anna/events/joga-w-gorach"/><xhtml:link rel="alternate" hreflang="en" href="https://platforma.example/s/anna/en/events/joga-w-gorach"/></url>',
    )
    expect(render(['robots.txt'], withPages()).body).toBe('User-agent: *\nAllow: /\n\nSitemap: https://platforma.example/s/anna/sitemap.xml\n')
  })
})
