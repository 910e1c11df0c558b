/**
 * What visitors get over real HTTP: GET /api/public/sites/:identifier returns
 * the published version's config (never the draft, never private fields),
 * with caching headers and 304 on a matching ETag; unknown or never-published
 * sites are 404s. The files a published version shows are public; others stay
 * private, and a file the published version still shows cannot be deleted.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import type { Session } from '../../src/platform/testing/http'
import { createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn } from '../../src/platform/testing/http'
import { startTestPlatform, TEST_PUBLIC_URL, type TestPlatform } from '../../src/platform/testing/platform'

let platform: TestPlatform
let mediaDir: string

beforeAll(async () => {
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'public-site-test-'))
  process.env.MEDIA_DIR = mediaDir
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
  if (mediaDir) await fs.rm(mediaDir, { recursive: true, force: true })
})

const text = (pl: string, en: string) => ({ pl, en })
const configWith = (heading: string, ...mediaIds: number[]) => ({
  locales: { default: 'en', enabled: ['en', 'pl'] },
  pages: [
    {
      slug: 'home',
      title: text('Start', 'Home'),
      sections: [
        { type: 'hero', heading: text(heading, heading) },
        ...mediaIds.map((id) => ({ type: 'hero', heading: text('Foto', 'Photo'), image: { mediaId: id } })),
      ],
    },
  ],
})

const owner = async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  return { user, site, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}

const visitor = () => session(platform.baseURL, { origin: null })

let seed = 3
const upload = async (client: Session, siteId: number) => {
  seed += 29
  const data = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: seed % 256, g: (seed * 5) % 256, b: (seed * 11) % 256 } } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), `photo-${seed}.png`)
  form.append('_payload', JSON.stringify({ site: siteId }))
  const response = await fetch(`${platform.baseURL}/api/media-assets`, {
    method: 'POST',
    headers: { origin: TEST_PUBLIC_URL, cookie: client.cookie()!, 'accept-language': 'en' },
    body: form,
  })
  expect(response.status).toBe(201)
  return { doc: (await response.json()).doc as { id: number; filename: string; fileUrl: string; sizes: Record<string, { filename: string }> }, data }
}

const fetchFile = (url: string) => fetch(`${platform.baseURL}${url}`)

describe('GET /api/public/sites/:identifier', () => {
  it('is a 404 for an unknown or never-published site, and never shows the draft', async () => {
    const { site, client } = await owner()
    expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Secret draft') })).status).toBe(200)
    for (const identifier of [site.identifier, 'no-such-site-anywhere']) {
      const response = await visitor().request('GET', `/api/public/sites/${identifier}`)
      expect(response.status).toBe(404)
      expect(response.body).toEqual({ errors: [{ message: expect.any(String) }] })
    }
  })

  it('returns the published version, even after the draft changes, with public fields only', async () => {
    const { site, client } = await owner()
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Version one') })
    expect((await client.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Version two') })
    expect((await client.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Unpublished draft') })

    const response = await visitor().request('GET', `/api/public/sites/${site.identifier}`)
    expect(response.status).toBe(200)
    expect(Object.keys(response.body).sort()).toEqual(['config', 'identifier', 'locales', 'name', 'publishedAt', 'versionNumber'])
    expect(response.body).toMatchObject({
      identifier: site.identifier,
      name: site.name,
      versionNumber: 2,
      locales: { default: 'en', enabled: ['en', 'pl'] },
      config: configWith('Version two'),
    })
    expect(new Date(response.body.publishedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    const raw = JSON.stringify(response.body)
    for (const secret of ['Unpublished draft', 'owner', 'email', 'versionHistory', 'templateConfig']) expect(raw).not.toContain(secret)
    expect(response.headers.get('cache-control')).toBe('public, max-age=60')
  })

  it('decodes the identifier once: escapes of escapes name no site (404, never a 500), case and spaces do not matter', async () => {
    const { site, client } = await owner()
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Escapes') })
    expect((await client.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)
    const escaped = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`
    const [first, rest] = [site.identifier[0], site.identifier.slice(1)]
    expect((await visitor().request('GET', `/api/public/sites/${escaped(first)}${rest}`)).status).toBe(200)
    expect((await visitor().request('GET', `/api/public/sites/%20${site.identifier.toUpperCase()}%20`)).status).toBe(200)
    for (const identifier of ['%25E0', `%25${escaped(first).slice(1)}${rest}`, '%25', `${'x'.repeat(64)}`]) {
      const response = await visitor().request('GET', `/api/public/sites/${identifier}`)
      expect({ identifier, status: response.status, body: response.body }).toEqual({
        identifier,
        status: 404,
        body: { errors: [{ message: 'Site not found.' }] },
      })
    }
    // In the visitor's language.
    const polish = await session(platform.baseURL, { language: 'pl' }).request('GET', '/api/public/sites/%25')
    expect(polish.body).toEqual({ errors: [{ message: 'Nie znaleziono strony.' }] })
  })

  it('answers 304 to a matching If-None-Match, and changes the ETag on publish', async () => {
    const { site, client } = await owner()
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Cached') })
    await client.request('POST', `/api/sites/${site.id}/publish`)
    const url = `${platform.baseURL}/api/public/sites/${site.identifier}`
    const first = await fetch(url)
    const etag = first.headers.get('etag')
    expect(first.status).toBe(200)
    expect(etag).toMatch(/^".+"$/)

    const again = await fetch(url, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    expect(again.headers.get('cache-control')).toBe('public, max-age=60')
    expect(await again.text()).toBe('')

    expect((await fetch(url, { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200)
    await client.request('POST', `/api/sites/${site.id}/publish`)
    const republished = await fetch(url, { headers: { 'if-none-match': etag! } })
    expect(republished.status).toBe(200)
    expect(republished.headers.get('etag')).not.toBe(etag)
  })
})

describe('public media', () => {
  it('lets visitors load the files the published version shows, and no others', async () => {
    const { site, client } = await owner()
    const shown = await upload(client, site.id)
    const draftOnly = await upload(client, site.id)
    const unused = await upload(client, site.id)

    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('With photo', shown.doc.id) })
    // Used by the draft only: still private.
    expect((await fetchFile(shown.doc.fileUrl)).status).toBe(403)
    expect((await client.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)

    const served = await fetchFile(shown.doc.fileUrl)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer())).toEqual(shown.data)
    expect((await fetchFile(`/api/media-assets/file/${encodeURIComponent(shown.doc.sizes.thumbnail.filename)}`)).status).toBe(200)
    // The asset's document (uploader, storage details) stays private.
    expect((await visitor().request('GET', `/api/media-assets/${shown.doc.id}`)).status).toBe(403)

    // A draft change does not publish its files, nor unpublish the shown one.
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Draft photo', draftOnly.doc.id) })
    expect((await fetchFile(draftOnly.doc.fileUrl)).status).toBe(403)
    expect((await fetchFile(unused.doc.fileUrl)).status).toBe(403)
    expect((await fetchFile(shown.doc.fileUrl)).status).toBe(200)

    // Publishing the draft swaps them.
    await client.request('POST', `/api/sites/${site.id}/publish`)
    expect((await fetchFile(draftOnly.doc.fileUrl)).status).toBe(200)
    expect((await fetchFile(shown.doc.fileUrl)).status).toBe(403)
    // Members still read their files.
    const member = await fetch(`${platform.baseURL}${unused.doc.fileUrl}`, { headers: { cookie: client.cookie()!, origin: TEST_PUBLIC_URL } })
    expect(member.status).toBe(200)
  })

  it('keeps a file the published version shows from being deleted, until a publish drops it', async () => {
    const { site, client } = await owner()
    const asset = await upload(client, site.id)
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Photo', asset.doc.id) })
    await client.request('POST', `/api/sites/${site.id}/publish`)
    // Gone from the draft, still shown to visitors: in use.
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('No photo') })
    const refused = await client.request('DELETE', `/api/media-assets/${asset.doc.id}`)
    expect(refused.status).toBe(409)
    // Said as the owner reads it (the published site, what to do), not as the usage's type.
    expect(refused.body.errors[0].message).toBe(
      `This file is still used on the site "${site.name}": on the published site. Remove it in the site editor and publish the site, then delete the file.`,
    )
    expect((await fetchFile(asset.doc.fileUrl)).status).toBe(200)

    await client.request('POST', `/api/sites/${site.id}/publish`)
    expect((await client.request('DELETE', `/api/media-assets/${asset.doc.id}`)).status).toBe(200)
  })

  it("follows a restore: the restored version's files become public again", async () => {
    const { site, client } = await owner()
    const asset = await upload(client, site.id)
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('Photo', asset.doc.id) })
    const first = await client.request('POST', `/api/sites/${site.id}/publish`)
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configWith('No photo') })
    await client.request('POST', `/api/sites/${site.id}/publish`)
    expect((await fetchFile(asset.doc.fileUrl)).status).toBe(403)

    expect((await client.request('POST', `/api/sites/${site.id}/restore`, { versionId: first.body.version.id })).status).toBe(201)
    expect((await fetchFile(asset.doc.fileUrl)).status).toBe(200)
    expect((await visitor().request('GET', `/api/public/sites/${site.identifier}`)).body.config).toEqual(configWith('Photo', asset.doc.id))
  })
})
