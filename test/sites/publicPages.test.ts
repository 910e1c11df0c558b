/**
 * Public pages of published sites over real HTTP (the Express router that
 * runs before Next): head and content, languages, 404s, cache invalidation in
 * this process and across processes, preview of the draft, sitemap/robots,
 * custom domains (Host header), the domain field's rules, sandboxed custom
 * components, images visitors can load, and the client bundle of interactive
 * sections.
 */
import { jest } from '@jest/globals'
import fs from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import sharp from 'sharp'

import type { Session } from '../../src/platform/testing/http'
import { addTeamMember, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn } from '../../src/platform/testing/http'
import { startTestPlatform, TEST_PUBLIC_URL, type TestPlatform } from '../../src/platform/testing/platform'
import { waitFor } from '../../src/platform/testing/waitFor'
import { registerSectionRenderer } from '../../src/platform/sites/render/registry'
import { registerSectionType, sectionSchema } from '../../src/platform/sites/sectionRegistry'

const RECHECK_MS = 400
let platform: TestPlatform
let mediaDir: string
let islandDir: string

beforeAll(async () => {
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'public-pages-media-'))
  islandDir = await fs.mkdtemp(path.join(os.tmpdir(), 'public-pages-island-'))
  process.env.MEDIA_DIR = mediaDir
  process.env.SITE_CACHE_RECHECK_MS = String(RECHECK_MS)
  // An interactive section, as a plugin would register it (its browser module is a real file esbuild bundles).
  const entry = path.join(islandDir, 'counter.js')
  await fs.writeFile(entry, "export function mount(element, props) { element.dataset.mounted = 'counter-island-' + props.section.start }\n")
  registerSectionType('test/counter', sectionSchema({ start: (await import('zod')).z.number() }))
  registerSectionRenderer('test/counter', { Component: () => null, clientEntry: entry }, { owner: 'test-plugin' })
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
  delete process.env.SITE_CACHE_RECHECK_MS
  for (const dir of [mediaDir, islandDir]) if (dir) await fs.rm(dir, { recursive: true, force: true })
})

const text = (pl: string, en: string) => ({ pl, en })
const config = (heading: string, extra: { sections?: object[]; seoImage?: number } = {}) => ({
  locales: { default: 'pl', enabled: ['pl', 'en'] },
  seo: {
    title: text('Gabinet Anny', "Anna's practice"),
    description: text('Terapia w Krakowie', 'Therapy in Cracow'),
    ...(extra.seoImage ? { image: { mediaId: extra.seoImage } } : {}),
  },
  pages: [
    {
      slug: 'home',
      title: text('Start', 'Home'),
      sections: [
        { type: 'hero', heading: text(`${heading} PL`, `${heading} EN`) },
        { type: 'contact', id: 'contact', heading: text('Kontakt', 'Contact'), email: 'anna@example.com', phone: '+48 600 100 200' },
        ...(extra.sections ?? []),
      ],
    },
    {
      slug: 'oferta',
      title: text('Oferta', 'Offer'),
      sections: [{ type: 'about', heading: text('O ofercie', 'About the offer'), body: text('Treść', 'Body') }],
    },
  ],
  navigation: [{ label: text('Oferta', 'Offer'), page: 'oferta' }],
})

type Owner = { site: { id: number; identifier: string; name: string }; client: Session; user: { id: number; email: string } }
const owner = async (): Promise<Owner> => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  return { user, site, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}
const publish = async ({ client, site }: Owner, templateConfig: object) => {
  expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig })).status).toBe(200)
  const published = await client.request('POST', `/api/sites/${site.id}/publish`)
  expect(published.status).toBe(201)
  return published.body.version as { id: number }
}

/** A GET over node:http, so the Host header can be set like a browser on a custom domain would. */
const get = (urlPath: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const url = new URL(urlPath, platform.baseURL)
    const request = http.request(url, { method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }))
    })
    request.on('error', reject)
    request.end()
  })

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string }

/** The platform's own 404 (no site to speak for): in both languages, never indexed. */
const expectNotFoundPage = (response: Answer) => {
  expect(response.status).toBe(404)
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(response.body).toContain('<meta name="robots" content="noindex"/>')
  expect(response.body).toContain('Nie znaleziono strony')
  expect(response.body).toContain('Page not found')
}

/** An unknown address inside a published site: the site's own 404 (its name, a link home), never indexed, no canonical. */
const expectSiteNotFoundPage = (response: Answer, siteName: string, home: string) => {
  expect(response.status).toBe(404)
  expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
  expect(response.body).toContain('<meta name="robots" content="noindex, nofollow"/>')
  expect(response.body).toMatch(/<title>Nie znaleziono strony – [^<]+<\/title>/)
  expect(response.body).toContain(`<a class="brand" href="${home}">${siteName}</a>`)
  expect(response.body).toContain(`<a href="${home}">Strona główna</a>`)
  expect(response.body).not.toContain('rel="canonical"')
  expect(response.body).not.toContain('application/ld+json')
}

describe('public pages', () => {
  it('renders the published home page with its head, and sub-pages and the English prefix with the language switch', async () => {
    const anna = await owner()
    await publish(anna, config('Witaj'))
    const { identifier } = anna.site

    const home = await get(`/s/${identifier}`)
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(home.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(home.headers['content-security-policy']).toContain("script-src 'self'")
    expect(home.headers['x-content-type-options']).toBe('nosniff')
    expect(Number(home.headers['content-length'])).toBe(Buffer.byteLength(home.body))
    expect(home.body).toMatch(/^<!DOCTYPE html><html lang="pl">/)
    expect(home.body).toContain('<title>Start – Gabinet Anny</title>')
    expect(home.body).toContain('<meta name="description" content="Terapia w Krakowie"/>')
    expect(home.body).toContain(`<meta property="og:url" content="${TEST_PUBLIC_URL}/s/${identifier}"/>`)
    expect(home.body).toContain('<meta property="og:type" content="website"/>')
    expect(home.body).toContain('<meta property="og:locale" content="pl_PL"/>')
    expect(home.body).toContain(`<link rel="alternate" hrefLang="en" href="${TEST_PUBLIC_URL}/s/${identifier}/en"/>`)
    expect(home.body).toContain('<h1>Witaj PL</h1>')
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(home.body)![1])
    expect(jsonLd).toMatchObject({ '@type': 'LocalBusiness', name: anna.site.name, email: 'anna@example.com', telephone: '+48 600 100 200' })

    const offer = await get(`/s/${identifier}/oferta`)
    expect(offer.status).toBe(200)
    expect(offer.body).toContain('<title>Oferta – Gabinet Anny</title>')
    expect(offer.body).toContain('<h2>O ofercie</h2>')

    const english = await get(`/s/${identifier}/en/oferta`)
    expect(english.status).toBe(200)
    expect(english.body).toMatch(/^<!DOCTYPE html><html lang="en">/)
    expect(english.body).toContain('<title>Offer – Anna&#x27;s practice</title>')
    expect(english.body).toContain('<meta property="og:locale" content="en_US"/>')
    expect(english.body).toContain(`<a class="lang-switch" href="/s/${identifier}/oferta" hrefLang="pl" lang="pl"`)
    expect(english.body).toContain(`<link rel="canonical" href="${TEST_PUBLIC_URL}/s/${identifier}/en/oferta"/>`)
  })

  it('answers a real HTML 404 for an unknown site, an unpublished site and an unknown page', async () => {
    const anna = await owner()
    expect((await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { templateConfig: config('Szkic') })).status).toBe(200)
    expectNotFoundPage(await get('/s/no-such-site-here'))
    expectNotFoundPage(await get(`/s/${anna.site.identifier}`))
    await publish(anna, config('Witaj'))
    expectSiteNotFoundPage(await get(`/s/${anna.site.identifier}/no-such-page`), anna.site.name, `/s/${anna.site.identifier}`)
    expectSiteNotFoundPage(await get(`/s/${anna.site.identifier}/pl`), anna.site.name, `/s/${anna.site.identifier}`)
  })

  it('shows draft changes only after publishing (at once), answers 304 to its ETag, and follows a restore', async () => {
    const anna = await owner()
    const first = await publish(anna, config('Pierwsza'))
    const url = `/s/${anna.site.identifier}`
    const before = await get(url)
    expect(before.body).toContain('Pierwsza PL')
    const etag = before.headers.etag as string
    expect((await get(url, { 'if-none-match': etag })).status).toBe(304)

    await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { templateConfig: config('Druga') })
    expect((await get(url)).body).toContain('Pierwsza PL')
    await anna.client.request('POST', `/api/sites/${anna.site.id}/publish`)
    const after = await get(url)
    expect(after.body).toContain('Druga PL')
    expect(after.headers.etag).not.toBe(etag)
    expect((await get(url, { 'if-none-match': etag })).status).toBe(200)

    const restored = await anna.client.request('POST', `/api/sites/${anna.site.id}/restore`, { versionId: String(first.id) })
    expect(restored.status).toBe(201)
    expect((await get(url)).body).toContain('Pierwsza PL')

    // A new identifier moves the site at once: the old address is a 404.
    const moved = `${anna.site.identifier}-new`
    expect((await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { identifier: moved })).status).toBe(200)
    expectNotFoundPage(await get(url))
    expect((await get(`/s/${moved}`)).body).toContain('Pierwsza PL')
    await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { identifier: anna.site.identifier })

    // A rename is visible at once too (the name is not versioned).
    await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { name: 'Nowa nazwa gabinetu' })
    expect((await get(url)).body).toContain('<a class="brand" href="/s/')
    expect((await get(url)).body).toContain('Nowa nazwa gabinetu')
  })

  it('serves a cached page without reading the database (GET and HEAD, with query strings too)', async () => {
    const anna = await owner()
    await publish(anna, config('Pamięć'))
    const url = `/s/${anna.site.identifier}/oferta`
    const first = await get(url)
    expect(first.status).toBe(200)
    const find = jest.spyOn(platform.payload, 'find')
    const findByID = jest.spyOn(platform.payload, 'findByID')
    try {
      const started = Date.now()
      const [again, tagged] = await Promise.all([get(url), get(`${url}?utm_source=newsletter`)])
      const head = await new Promise<http.IncomingMessage>((resolve, reject) =>
        http.request(new URL(url, platform.baseURL), { method: 'HEAD' }, resolve).on('error', reject).end(),
      )
      // Nothing touches the database but, should this run slowly, one recheck of the site row per interval.
      const rechecks = Math.floor((Date.now() - started) / RECHECK_MS)
      expect(findByID).not.toHaveBeenCalled()
      expect(find.mock.calls.length).toBeLessThanOrEqual(rechecks)
      expect(find.mock.calls.every(([args]) => args.collection === 'sites')).toBe(true)
      expect(again.body).toBe(first.body)
      expect(tagged.body).toBe(first.body)
      expect(head.statusCode).toBe(200)
      expect(head.headers.etag).toBe(first.headers.etag)
      expect(head.headers['content-length']).toBe(first.headers['content-length'])
    } finally {
      find.mockRestore()
      findByID.mockRestore()
    }
  })

  it('notices a publish made by another process after the recheck interval', async () => {
    const anna = await owner()
    const first = await publish(anna, config('Stara'))
    await publish(anna, config('Nowa'))
    const url = `/s/${anna.site.identifier}`
    expect((await get(url)).body).toContain('Nowa PL')
    // Another process's publish: the row changes in the database, no hook runs here.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      await client.query('UPDATE sites SET published_version_id = $1 WHERE id = $2', [first.id, anna.site.id])
    } finally {
      await client.end()
    }
    const changedAt = Date.now()
    await waitFor(async () => (await get(url)).body.includes('Stara PL'), { timeoutMs: 10_000 })
    expect(Date.now() - changedAt).toBeLessThan(RECHECK_MS + 3000)
  })

  it('previews the draft for members only; others get the published page', async () => {
    const anna = await owner()
    const other = await owner()
    await publish(anna, config('Opublikowana'))
    await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { templateConfig: config('Szkic') })
    const url = `/s/${anna.site.identifier}?preview=1`
    // What a browser sends on a navigation from the admin (same origin): Payload's cookie check needs it.
    const browser = (cookie: string) => ({ cookie, 'sec-fetch-site': 'same-origin' })

    const preview = await get(url, browser(anna.client.cookie()!))
    expect(preview.status).toBe(200)
    expect(preview.body).toContain('Szkic PL')
    expect(preview.body).toContain('Podgląd – strona nieopublikowana')
    expect(preview.headers['cache-control']).toBe('private, no-store')
    expect(preview.headers['x-robots-tag']).toBe('noindex')

    for (const headers of [
      browser(other.client.cookie()!),
      {},
      browser('payload-token=forged'),
      { cookie: anna.client.cookie()!, 'sec-fetch-site': 'cross-site' },
    ]) {
      const response = await get(url, headers)
      expect(response.status).toBe(200)
      expect(response.body).toContain('Opublikowana PL')
      expect(response.body).not.toContain('Szkic')
    }
    // A viewer on the team may preview too; the published page stays as it was.
    const viewer = await createUser(platform.payload)
    await addTeamMember(platform.payload, anna.site.id, viewer.id, viewer.email, 'viewer')
    const viewerSession = await signIn(platform.baseURL, viewer.email, PASSWORD)
    expect((await get(url, browser(viewerSession.cookie()!))).body).toContain('Szkic PL')
    expect((await get(`/s/${anna.site.identifier}`)).body).toContain('Opublikowana PL')

    // Never published: a preview for the owner, a 404 for everyone else.
    const draftOnly = await owner()
    await draftOnly.client.request('PATCH', `/api/sites/${draftOnly.site.id}`, { templateConfig: config('Tylko szkic') })
    expect((await get(`/s/${draftOnly.site.identifier}?preview=1`, browser(draftOnly.client.cookie()!))).body).toContain('Tylko szkic PL')
    expectNotFoundPage(await get(`/s/${draftOnly.site.identifier}?preview=1`, browser(other.client.cookie()!)))
  })

  it('serves sitemap.xml and robots.txt', async () => {
    const anna = await owner()
    await publish(anna, config('Mapa'))
    const base = `${TEST_PUBLIC_URL}/s/${anna.site.identifier}`
    const sitemap = await get(`/s/${anna.site.identifier}/sitemap.xml`)
    expect(sitemap.status).toBe(200)
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8')
    for (const loc of [base, `${base}/en`, `${base}/oferta`, `${base}/en/oferta`]) expect(sitemap.body).toContain(`<loc>${loc}</loc>`)
    expect(sitemap.body).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${base}/en/oferta"/>`)
    const published = await platform.payload.findByID({ collection: 'sites', id: anna.site.id, depth: 0 })
    expect(sitemap.body).toContain(`<lastmod>${new Date(published.publishedAt!).toISOString()}</lastmod>`)

    const robots = await get(`/s/${anna.site.identifier}/robots.txt`)
    expect(robots.status).toBe(200)
    expect(robots.body).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${base}/sitemap.xml\n`)
  })

  it('renders custom components in a scripts-only sandbox', async () => {
    const anna = await owner()
    const created = await anna.client.request('POST', '/api/custom-react-components?depth=0', {
      site: anna.site.id,
      name: 'Calculator',
      sourceCode: 'export default function Calculator() { return <p>2 + 2 = 4</p> }',
    })
    expect(created.status).toBe(201)
    const componentId = created.body.doc.id as number
    await publish(anna, config('Komponent', { sections: [{ type: 'customComponent', componentId, heading: text('Kalkulator', 'Calculator'), height: 320 }] }))
    const page = await get(`/s/${anna.site.identifier}`)
    const iframe = /<iframe[^>]*>/.exec(page.body)![0]
    expect(iframe).toContain('sandbox="allow-scripts"')
    expect(iframe).toContain(`src="/api/public/sites/${anna.site.identifier}/components/${componentId}?lang=pl"`)
    expect(iframe).toContain('title="Kalkulator"')
    expect(iframe).toContain('loading="lazy"')
    expect(iframe).toContain('style="height:320px"')
    expect(page.body).not.toContain('allow-same-origin')
    // The frame the page points at is served to visitors, sandboxed by its own CSP too.
    const frame = await fetch(`${platform.baseURL}/api/public/sites/${anna.site.identifier}/components/${componentId}`)
    expect(frame.status).toBe(200)
    expect(frame.headers.get('content-security-policy')).toMatch(/^sandbox allow-scripts;/)
  })

  it('serves images as file URLs a visitor can load, with variants', async () => {
    const anna = await owner()
    const png = await sharp({ create: { width: 1000, height: 500, channels: 3, background: { r: 20, g: 120, b: 90 } } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'hero.png')
    form.append('_payload', JSON.stringify({ site: anna.site.id }))
    const uploaded = await fetch(`${platform.baseURL}/api/media-assets`, {
      method: 'POST',
      headers: { origin: TEST_PUBLIC_URL, cookie: anna.client.cookie()! },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const asset = (await uploaded.json()).doc as { id: number }
    await publish(
      anna,
      config('Zdjęcie', {
        seoImage: asset.id,
        sections: [{ type: 'about', heading: text('O mnie', 'About'), body: text('x', 'x'), image: { mediaId: asset.id, alt: text('Portret', 'Portrait') } }],
      }),
    )
    const page = await get(`/s/${anna.site.identifier}`)
    const img = /<img [^>]*alt="Portret"[^>]*>/.exec(page.body)![0]
    expect(img).toContain('width="1000" height="500"')
    expect(img).toContain('loading="lazy"')
    const src = /src="([^"]+)"/.exec(img)![1]
    const srcset = /srcSet="([^"]+)"/i
      .exec(img)![1]
      .split(', ')
      .map((item) => item.split(' ')[0])
    expect(srcset).toHaveLength(2) // thumbnail (320) and card (768); 1000 px is too narrow for hero (1600)
    for (const url of [src, ...srcset]) {
      const file = await fetch(`${platform.baseURL}${url}`)
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/^image\//)
    }
    const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(page.body)![1]
    expect(ogImage.startsWith(`${TEST_PUBLIC_URL}/api/media-assets/file/`)).toBe(true)
    expect((await fetch(`${platform.baseURL}${new URL(ogImage).pathname}`)).status).toBe(200)
  })

  it('bundles interactive sections into one immutable script the page references', async () => {
    const anna = await owner()
    await publish(anna, config('Wyspa', { sections: [{ type: 'test/counter', start: 5 }] }))
    const page = await get(`/s/${anna.site.identifier}`)
    expect(page.body).toContain('data-island="test/counter" data-props="{&quot;section&quot;:{&quot;type&quot;:&quot;test/counter&quot;,&quot;start&quot;:5}')
    const scriptUrl = /<script src="(\/_site-assets\/[a-f0-9]+\.js)" defer=""><\/script>/.exec(page.body)![1]
    const script = await get(scriptUrl)
    expect(script.status).toBe(200)
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(script.body).toContain('counter-island-')
    expect(script.body).toContain('data-island')
    expect((await get('/_site-assets/0000000000.js')).status).toBe(404)
    // Pages without interactive sections load no script.
    await publish(anna, config('Bez wyspy'))
    expect((await get(`/s/${anna.site.identifier}`)).body).not.toContain('<script src=')
  })
})

describe('custom domains', () => {
  it('serves a published site at its own domain, keeps /api working there, and lets other hosts fall through', async () => {
    const anna = await owner()
    await publish(anna, config('Domena'))
    const domain = `gabinet-${anna.site.id}.example.pl`
    const set = await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { domain: `HTTPS://${domain.toUpperCase()}:443/` })
    expect(set.status).toBe(200)
    expect(set.body.doc.domain).toBe(domain)

    const home = await get('/', { host: domain })
    expect(home.status).toBe(200)
    expect(home.body).toContain('Domena PL')
    expect(home.body).toContain(`<link rel="canonical" href="https://${domain}/"/>`)
    const english = await get('/en/oferta', { host: `${domain}:8080` })
    expect(english.body).toContain('<html lang="en">')
    expect(english.body).toContain('<a class="lang-switch" href="/oferta"')
    expect((await get('/robots.txt', { host: domain })).body).toContain(`Sitemap: https://${domain}/sitemap.xml`)
    expect((await get('/sitemap.xml', { host: domain })).body).toContain(`<loc>https://${domain}/en</loc>`)
    expectSiteNotFoundPage(await get('/no-such-page', { host: domain }), anna.site.name, '/')
    // The API still answers on the site's domain.
    const api = await get(`/api/public/sites/${anna.site.identifier}`, { host: domain })
    expect(api.status).toBe(200)
    expect(JSON.parse(api.body).identifier).toBe(anna.site.identifier)
    // An unknown host is not a site: the request goes on (here, with no Next, to Express's own 404).
    const unknown = await get('/', { host: 'unknown-host.example.com' })
    expect(unknown.status).toBe(404)
    expect(unknown.body).not.toContain('Nie znaleziono strony')

    // Moving the domain away takes effect at once.
    expect((await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { domain: null })).status).toBe(200)
    expect((await get('/', { host: domain })).body).not.toContain('Domena PL')
  })

  it('validates the domain, keeps it unique, and lets only owners and site admins change it', async () => {
    const anna = await owner()
    const bob = await owner()
    for (const bad of ['localhost', 'not a domain.pl', 'localhost:3999', '10.0.0.1']) {
      const response = await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { domain: bad })
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toContain('domain')
    }
    const domain = `unikat-${anna.site.id}.example.com`
    expect((await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { domain })).status).toBe(200)
    const taken = await bob.client.request('PATCH', `/api/sites/${bob.site.id}`, { domain })
    expect(taken.status).toBe(400)
    expect(JSON.stringify(taken.body)).toContain('domain')

    const editor = await createUser(platform.payload)
    await addTeamMember(platform.payload, anna.site.id, editor.id, editor.email, 'editor')
    const editorSession = await signIn(platform.baseURL, editor.email, PASSWORD)
    const refused = await editorSession.request('PATCH', `/api/sites/${anna.site.id}`, { domain: `inna-${anna.site.id}.example.com` })
    expect(refused.status).toBe(403)
    // An editor still edits content (sending the stored domain back unchanged is not an attempt).
    expect((await editorSession.request('PATCH', `/api/sites/${anna.site.id}`, { name: 'Edited by editor', domain })).status).toBe(200)

    const admin = await createUser(platform.payload)
    await addTeamMember(platform.payload, anna.site.id, admin.id, admin.email, 'admin')
    const adminSession = await signIn(platform.baseURL, admin.email, PASSWORD)
    const changed = await adminSession.request('PATCH', `/api/sites/${anna.site.id}`, { domain: `admin-${anna.site.id}.example.com` })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.domain).toBe(`admin-${anna.site.id}.example.com`)
  })
})
