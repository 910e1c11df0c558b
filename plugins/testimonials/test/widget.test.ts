/**
 * The embeddable widget over real HTTP on a real platform: what it shows (approved testimonials only, featured
 * first, stars, badges, replies, the average and count in Polish and English), its CORS and framing headers,
 * the in-process cache (a change made behind it stays unseen until a hook drops it), ETag/304, 404 and 400
 * answers, and escaping. Its in-process lifetime is an hour here, so only the hooks can make a change show.
 */
import pg from 'pg'

import type { TestPlatform } from '@platform/testing'
import { startTestPlatform } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'
import { widgetCache } from '../widget/cache'
import { addTestimonial, publishedSite } from './widgetSupport'

let platform: TestPlatform
let db: pg.Client

const widget = (identifier: string, query = '', headers: Record<string, string> = {}) =>
  fetch(`${platform.baseURL}/api/public/sites/${identifier}/testimonials/widget${query}`, { headers: { 'accept-language': 'pl', ...headers } })
const json = async (identifier: string, query = '', headers: Record<string, string> = {}) => {
  const response = await widget(identifier, `?format=json${query}`, headers)
  expect(response.status).toBe(200)
  return response.json() as Promise<{
    testimonials: { authorName: string; content: string }[]
    totalCount: number
    averageRating: number | null
    html: string
    css: string
    lang: string
    site: { name: string; url: string }
  }>
}
const names = async (identifier: string) => (await json(identifier)).testimonials.map((item) => item.authorName)

beforeAll(async () => {
  process.env.TESTIMONIALS_WIDGET_CACHE_SECONDS = '3600'
  platform = await startTestPlatform({ processJobs: false })
  // Writes "behind the cache": straight to PostgreSQL, no Payload hook hears them.
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
  await platform?.close()
  delete process.env.TESTIMONIALS_WIDGET_CACHE_SECONDS
})

it('shows approved testimonials only, featured first, with stars, badges, replies, the average and the count', async () => {
  const { site } = await publishedSite(platform)
  await addTestimonial(platform.payload, site.id, {
    authorName: 'Ola Starsza',
    content: 'Bardzo pomocne sesje.',
    rating: 5,
    givenAt: '2026-10-01T10:00:00.000Z',
  })
  await addTestimonial(platform.payload, site.id, {
    authorName: 'Piotr Wyróżniony',
    content: 'Polecam każdemu.',
    rating: 4,
    isFeatured: true,
    isVerifiedClient: true,
    reply: 'Dziękuję, Piotrze!',
    givenAt: '2025-05-05T10:00:00.000Z',
    authorEmail: 'piotr@example.test',
  })
  await addTestimonial(platform.payload, site.id, {
    authorName: 'Ewa Nowsza',
    content: 'Konkretnie.',
    rating: 3,
    emailVerifiedAt: new Date().toISOString(),
    givenAt: '2026-11-20T10:00:00.000Z',
  })
  await addTestimonial(platform.payload, site.id, { authorName: 'Czekający Autor', content: 'Tekst czekający na moderację', status: 'pending' })
  await addTestimonial(platform.payload, site.id, { authorName: 'Odrzucony Autor', content: 'Tekst odrzucony', status: 'rejected' })

  const page = await widget(site.identifier)
  expect(page.status).toBe(200)
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
  const html = await page.text()
  expect(html.indexOf('Piotr Wyróżniony')).toBeLessThan(html.indexOf('Ewa Nowsza'))
  expect(html.indexOf('Ewa Nowsza')).toBeLessThan(html.indexOf('Ola Starsza'))
  expect(html).toContain('<span class="tw-count">3 opinie</span>')
  expect(html).toContain('aria-label="Średnia ocena 4,0 na 5"')
  expect(html).toContain('>Zweryfikowany klient<')
  expect(html).toContain('>Potwierdzony adres e-mail<')
  expect(html).toContain('<p>Dziękuję, Piotrze!</p>')
  expect(html).toContain('aria-label="Ocena: 4 z 5"')
  expect(html).toContain(`<a href="http://localhost:3999/s/${site.identifier}" target="_blank" rel="noopener">Gabinet Anny</a>`)
  for (const hidden of ['Czekający', 'czekający na moderację', 'Odrzucony', 'odrzucony', 'piotr@example.test']) expect(html).not.toContain(hidden)

  const data = await json(site.identifier, '&lang=en&limit=2')
  expect(data.testimonials.map((item) => item.authorName)).toEqual(['Piotr Wyróżniony', 'Ewa Nowsza'])
  expect(data).toMatchObject({ lang: 'en', totalCount: 3, averageRating: 4, site: { name: 'Gabinet Anny', url: `http://localhost:3999/s/${site.identifier}` } })
  expect(data.testimonials[0]).toEqual({
    authorName: 'Piotr Wyróżniony',
    rating: 4,
    content: 'Polecam każdemu.',
    reply: 'Dziękuję, Piotrze!',
    isFeatured: true,
    isVerifiedClient: true,
    isEmailVerified: false,
    givenAt: '2025-05-05T10:00:00.000Z',
  })
  expect(data.html).toContain('<span class="tw-count">3 testimonials</span>')
  expect(data.html).toContain('>Verified client<')
  expect(data.css).toContain('.tw-card{')
  const raw = JSON.stringify(data)
  for (const hidden of ['Czekający', 'Odrzucony', 'piotr@example.test', '"id"']) expect(raw).not.toContain(hidden)

  const script = await fetch(`${platform.baseURL}/api/public/sites/${site.identifier}/testimonials/widget.js`)
  expect(script.status).toBe(200)
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(await script.text()).toContain('attachShadow')
})

it('answers any origin without credentials or cookies, and only the iframe page may be framed by any site', async () => {
  const { site, session } = await publishedSite(platform)
  await addTestimonial(platform.payload, site.id, { authorName: 'Anna', content: 'Dobrze.' })
  // A visitor's browser that is also signed in to the platform sends the session cookie with a script's request.
  const signedIn = { origin: 'https://blog.example', cookie: session.cookie()! }
  for (const [query, path] of [
    ['?format=json', 'widget'],
    ['', 'widget'],
    ['', 'widget.js'],
  ]) {
    const response = await fetch(`${platform.baseURL}/api/public/sites/${site.identifier}/testimonials/${path}${query}`, { headers: signedIn })
    expect({ path, query, status: response.status }).toEqual({ path, query, status: 200 })
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600, stale-while-revalidate=300')
    if (path === 'widget' && !query) {
      expect(response.headers.get('content-security-policy')).toMatch(
        /^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[\w+/=]+'; .*frame-ancestors \*$/,
      )
      expect(response.headers.get('x-frame-options')).toBeNull()
    } else {
      // The data and the loader are not pages: the platform's anti-framing defaults stay.
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'")
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    }
  }
  const preflight = await fetch(`${platform.baseURL}/api/public/sites/${site.identifier}/testimonials/widget?format=json`, {
    method: 'OPTIONS',
    headers: { origin: 'https://blog.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'accept-language' },
  })
  expect(preflight.status).toBe(204)
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
  expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, OPTIONS')
  expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
})

it('serves repeats from memory: a change behind the cache stays unseen until approving drops it', async () => {
  const { site, session } = await publishedSite(platform)
  const shown = await addTestimonial(platform.payload, site.id, { authorName: 'Marta', content: 'Pierwsza wersja.' })
  const waiting = await addTestimonial(platform.payload, site.id, { authorName: 'Kasia', content: 'Czekam.', status: 'pending' })
  expect((await json(site.identifier)).testimonials.map((item) => item.content)).toEqual(['Pierwsza wersja.'])

  const before = widgetCache.stats()
  await db.query(`UPDATE ${TESTIMONIALS} SET content = 'Zmieniona za plecami.' WHERE id = $1`, [shown.id])
  for (let i = 0; i < 3; i++) expect((await json(site.identifier)).testimonials.map((item) => item.content)).toEqual(['Pierwsza wersja.'])
  const after = widgetCache.stats()
  expect(after.hits - before.hits).toBe(3)
  expect(after.loads).toBe(before.loads)

  // The owner approves the pending one (REST, as the moderation does): the hook drops the site's answers once it commits.
  const approved = await session.request('PATCH', `/api/${TESTIMONIALS}/${waiting.id}`, { status: 'approved' })
  expect(approved.status).toBe(200)
  const fresh = await json(site.identifier)
  expect(fresh.testimonials.map((item) => item.content).sort()).toEqual(['Czekam.', 'Zmieniona za plecami.'])
  expect(fresh.totalCount).toBe(2)
})

it('forgets a testimonial once it is rejected or deleted, and a site once it is renamed or no longer published', async () => {
  const { site, session } = await publishedSite(platform)
  const first = await addTestimonial(platform.payload, site.id, { authorName: 'Jan' })
  const second = await addTestimonial(platform.payload, site.id, { authorName: 'Zofia' })
  expect((await names(site.identifier)).sort()).toEqual(['Jan', 'Zofia'])
  expect((await session.request('PATCH', `/api/${TESTIMONIALS}/${first.id}`, { status: 'rejected' })).status).toBe(200)
  expect(await names(site.identifier)).toEqual(['Zofia'])
  expect((await session.request('DELETE', `/api/${TESTIMONIALS}/${second.id}`)).status).toBe(200)
  const empty = await json(site.identifier)
  expect(empty).toMatchObject({ testimonials: [], totalCount: 0, averageRating: null })
  expect(empty.html).toContain('Nie ma jeszcze opinii.')

  expect((await session.request('PATCH', `/api/sites/${site.id}`, { name: 'Pracownia Anny' })).status).toBe(200)
  expect((await json(site.identifier)).site.name).toBe('Pracownia Anny')
  await platform.payload.update({ collection: 'sites', id: site.id, data: { publishedVersion: null }, overrideAccess: true })
  expect((await widget(site.identifier, '?format=json')).status).toBe(404)
})

it('answers 304 to a matching ETag, and a new tag once the widget changed', async () => {
  const { site, session } = await publishedSite(platform)
  const pending = await addTestimonial(platform.payload, site.id, { authorName: 'Nowa', status: 'pending' })
  await addTestimonial(platform.payload, site.id, { authorName: 'Stara' })
  const first = await widget(site.identifier)
  const etag = first.headers.get('etag')!
  expect(etag).toMatch(/^"[\w-]{27}"$/)
  const again = await widget(site.identifier, '', { 'if-none-match': etag })
  expect(again.status).toBe(304)
  expect(await again.text()).toBe('')
  expect(again.headers.get('etag')).toBe(etag)
  expect(again.headers.get('access-control-allow-origin')).toBe('*')
  expect((await widget(site.identifier, '', { 'if-none-match': `W/${etag}, "other"` })).status).toBe(304)
  expect((await widget(site.identifier, '', { 'if-none-match': '"other"' })).status).toBe(200)

  await session.request('PATCH', `/api/${TESTIMONIALS}/${pending.id}`, { status: 'approved' })
  const changed = await widget(site.identifier, '', { 'if-none-match': etag })
  expect(changed.status).toBe(200)
  expect(changed.headers.get('etag')).not.toBe(etag)
  expect(await changed.text()).toContain('Nowa')
})

it('is a 404 that says nothing more for an unknown or unpublished site, in every format', async () => {
  const { site } = await publishedSite(platform)
  await platform.payload.update({ collection: 'sites', id: site.id, data: { publishedVersion: null }, overrideAccess: true })
  for (const identifier of ['no-such-site', site.identifier, 'x'.repeat(80)]) {
    for (const path of ['widget', 'widget?format=json', 'widget.js']) {
      const response = await fetch(`${platform.baseURL}/api/public/sites/${identifier}/testimonials/${path}`, { headers: { 'accept-language': 'en' } })
      expect({ identifier, path, status: response.status }).toEqual({ identifier, path, status: 404 })
      expect(await response.json()).toEqual({ errors: [{ message: 'Not found.' }] })
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
  }
  expect(await (await widget('no-such-site')).json()).toEqual({ errors: [{ message: 'Nie znaleziono.' }] })
})

it("refuses a bad option with a 400 in the visitor's language", async () => {
  const { site } = await publishedSite(platform)
  const polish = await widget(site.identifier, '?limit=500')
  expect(polish.status).toBe(400)
  expect(await polish.json()).toEqual({ errors: [{ message: 'Opcja widżetu „limit” musi mieć wartość 1–50.' }] })
  const english = await widget(site.identifier, '?theme=neon', { 'accept-language': 'en-GB,en;q=0.9' })
  expect(await english.json()).toEqual({ errors: [{ message: 'The widget option "theme" must be light | dark.' }] })
  expect((await fetch(`${platform.baseURL}/api/public/sites/${site.identifier}/testimonials/widget.js?format=json`)).status).toBe(400)
})

it('escapes a script in a testimonial, a reply and an author name', async () => {
  const { site } = await publishedSite(platform)
  const evil = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
  await addTestimonial(platform.payload, site.id, { authorName: `Zły ${evil}`, content: evil, reply: evil })
  const html = await (await widget(site.identifier)).text()
  expect(html.match(/<script/g)).toHaveLength(1) // the page's own height script
  expect(html).not.toContain('<img')
  expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;')
  const data = await json(site.identifier)
  expect(data.html).not.toMatch(/<script|<img/)
  expect(data.testimonials[0].content).toBe(evil)
})

it('loads once for requests that miss together', async () => {
  const { site } = await publishedSite(platform)
  await addTestimonial(platform.payload, site.id, { authorName: 'Razem' })
  const before = widgetCache.stats()
  const answers = await Promise.all(Array.from({ length: 12 }, () => widget(site.identifier, '?layout=carousel&limit=7')))
  expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(200))
  expect(new Set(answers.map((answer) => answer.headers.get('etag'))).size).toBe(1)
  expect(widgetCache.stats().loads - before.loads).toBe(1)
})
