/**
 * The media library over real HTTP: multipart uploads, WebP variants on disk,
 * hash dedup (also under simultaneous uploads), type and size limits, usage
 * tracking from site configs, delete rules and tenant isolation.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import type { Session } from '../src/platform/testing/http'
import { addTeamMember, createSite, createUser, PASSWORD } from '../src/platform/testing/fixtures'
import { signIn } from '../src/platform/testing/http'
import { startTestPlatform, TEST_PUBLIC_URL, type TestPlatform } from '../src/platform/testing/platform'

let platform: TestPlatform
let mediaDir: string

beforeAll(async () => {
  // Uploads of this file go to a temp folder (read by the collection's staticDir when the config loads).
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'media-test-'))
  process.env.MEDIA_DIR = mediaDir
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
  if (mediaDir) await fs.rm(mediaDir, { recursive: true, force: true })
})

type Upload = { status: number; body: any }

/** A multipart upload like the admin's: the file plus the other fields as `_payload` JSON. */
const upload = async (
  client: Session | undefined,
  {
    data,
    name,
    type = 'application/octet-stream',
    fields,
    language = 'en',
  }: { data: Buffer; name: string; type?: string; fields: Record<string, unknown>; language?: 'pl' | 'en' },
): Promise<Upload> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  const headers: Record<string, string> = { origin: TEST_PUBLIC_URL, 'accept-language': language }
  const cookie = client?.cookie()
  if (cookie) headers.cookie = cookie
  const response = await fetch(`${platform.baseURL}/api/media-assets`, { method: 'POST', headers, body: form })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

/** A picture no other test uses (the seed colours it), large enough for every variant. */
const picture = (seed: number, format: 'png' | 'jpeg' = 'png', width = 2000, height = 1200) =>
  sharp({ create: { width, height, channels: 3, background: { r: seed % 256, g: (seed * 7) % 256, b: (seed * 13) % 256 } } })
    .toFormat(format)
    .toBuffer()

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

const owner = async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  return { user, site, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}

const assetsOf = async (siteId: number) =>
  (await platform.payload.find({ collection: 'media-assets', where: { site: { equals: siteId } }, overrideAccess: true, depth: 0 })).docs

const usagesOf = async (siteId: number) =>
  (await platform.payload.find({ collection: 'media-usages', where: { site: { equals: siteId } }, overrideAccess: true, depth: 0 })).docs

const filesOnDisk = async () => (await fs.readdir(mediaDir)).sort()

/** A valid site config (src/platform/sites/templateConfig.ts) whose hero shows each asset. */
const configShowing = (...ids: (number | string)[]) => ({
  pages: [
    {
      slug: 'home',
      title: { pl: 'Start', en: 'Home' },
      sections: ids.map((id) => ({ type: 'hero', heading: { pl: 'Witaj', en: 'Welcome' }, image: { mediaId: id } })),
    },
  ],
})

let seed = 1
const nextSeed = () => (seed += 17)

describe('uploading', () => {
  it('stores the file, its SHA-256 and WebP variants (320, 768, 1600) on disk', async () => {
    const { user, site, client } = await owner()
    const data = await picture(nextSeed())
    const created = await upload(client, { data, name: 'studio.png', type: 'image/png', fields: { site: site.id, alt: 'Studio' } })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    expect(doc).toMatchObject({
      site: expect.objectContaining({ id: site.id }),
      fileHash: sha256(data),
      mediaType: 'image/png',
      mimeType: 'image/png',
      fileSize: data.byteLength,
      storageBucket: 'local',
      fileName: doc.filename,
      storagePath: doc.filename,
      fileUrl: `/api/media-assets/file/${encodeURIComponent(doc.filename)}`,
      uploadedBy: expect.objectContaining({ id: user.id }),
      alt: 'Studio',
    })
    expect(new Date(doc.uploadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(await fs.readFile(path.join(mediaDir, doc.filename))).toEqual(data)
    for (const [name, width] of [
      ['thumbnail', 320],
      ['card', 768],
      ['hero', 1600],
    ] as const) {
      const variant = doc.sizes[name]
      expect(variant).toMatchObject({ width, mimeType: 'image/webp' })
      expect(variant.filename).toMatch(/\.webp$/)
      const metadata = await sharp(path.join(mediaDir, variant.filename)).metadata()
      expect(metadata).toMatchObject({ format: 'webp', width })
    }
    // The file is served to the site's members through the API.
    const served = await fetch(`${platform.baseURL}${doc.fileUrl}`, { headers: { cookie: client.cookie()!, origin: TEST_PUBLIC_URL } })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer())).toEqual(data)
  })

  it('returns the existing asset for the same content on the same site, even under simultaneous uploads', async () => {
    const { site, client } = await owner()
    const data = await picture(nextSeed(), 'jpeg')
    const first = await upload(client, { data, name: 'a.jpg', type: 'image/jpeg', fields: { site: site.id } })
    expect(first.status).toBe(201)
    const filesAfterFirst = await filesOnDisk()
    const again = await upload(client, { data, name: 'renamed.jpg', type: 'image/jpeg', fields: { site: site.id } })
    expect(again.status).toBe(200)
    expect(again.body.doc.id).toBe(first.body.doc.id)
    expect(again.body.message).toMatch(/already in the library/)
    expect(await filesOnDisk()).toEqual(filesAfterFirst)

    const other = await picture(nextSeed(), 'jpeg')
    const racing = await Promise.all([1, 2, 3].map((n) => upload(client, { data: other, name: `race-${n}.jpg`, fields: { site: site.id } })))
    expect(racing.map((result) => result.status).sort()).toEqual(expect.arrayContaining([201]))
    for (const result of racing) expect([200, 201]).toContain(result.status)
    expect(new Set(racing.map((result) => result.body.doc.id)).size).toBe(1)
    expect(await assetsOf(site.id)).toHaveLength(2)
  })

  it('keeps separate assets for the same file on two sites', async () => {
    const { user, site, client } = await owner()
    const second = await createSite(platform.payload, user.id)
    const data = await picture(nextSeed())
    const one = await upload(client, { data, name: 'same.png', fields: { site: site.id } })
    const two = await upload(client, { data, name: 'same.png', fields: { site: second.id } })
    expect([one.status, two.status]).toEqual([201, 201])
    expect(two.body.doc.id).not.toBe(one.body.doc.id)
    expect(two.body.doc.fileHash).toBe(one.body.doc.fileHash)
  })

  it('accepts a PDF (no variants) and detects types from the bytes, not the name', async () => {
    const { site, client } = await owner()
    const pdf = Buffer.from(
      `%PDF-1.4\n% test ${nextSeed()}\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 2\n0000000000 65535 f \ntrailer << /Root 1 0 R /Size 2 >>\nstartxref\n9\n%%EOF\n`,
    )
    const created = await upload(client, { data: pdf, name: 'cennik.pdf', type: 'application/pdf', fields: { site: site.id } })
    expect(created).toMatchObject({ status: 201, body: { message: expect.any(String) } })
    expect(created.body.doc).toMatchObject({ mediaType: 'application/pdf', fileSize: pdf.byteLength })
    const disguised = await upload(client, { data: await picture(nextSeed()), name: 'photo.pdf', type: 'application/pdf', fields: { site: site.id } })
    expect(disguised.status).toBe(201)
    expect(disguised.body.doc.mediaType).toBe('image/png')
  })

  it('refuses SVG, unknown types, empty and oversized files with 400/413, changing nothing', async () => {
    const { site, client } = await owner()
    const before = await filesOnDisk()
    const svg = await upload(client, {
      data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="10" height="10"/></svg>'),
      name: 'logo.svg',
      type: 'image/svg+xml',
      fields: { site: site.id },
    })
    expect(svg.status).toBe(400)
    expect(svg.body.errors[0].message).toMatch(/SVG.*scripts/)
    const text = await upload(client, { data: Buffer.from('just text'), name: 'notes.png', type: 'image/png', fields: { site: site.id } })
    expect(text.status).toBe(400)
    expect(text.body.errors[0].message).toBe('This file type is not accepted. Accepted: JPEG, PNG, WebP, GIF and PDF.')
    const polish = await upload(client, { data: Buffer.from('just text'), name: 'notes.png', fields: { site: site.id }, language: 'pl' })
    expect(polish.body.errors[0].message).toBe('Ten rodzaj pliku nie jest przyjmowany. Przyjmowane są pliki JPEG, PNG, WebP, GIF i PDF.')
    expect((await upload(client, { data: Buffer.alloc(0), name: 'empty.png', fields: { site: site.id } })).status).toBe(400)

    const big = await picture(nextSeed(), 'png', 400, 400)
    process.env.MEDIA_MAX_BYTES = String(big.byteLength - 1)
    try {
      const tooBig = await upload(client, { data: big, name: 'big.png', type: 'image/png', fields: { site: site.id } })
      expect(tooBig.status).toBe(413)
      expect(tooBig.body.errors[0].message).toMatch(/^The file is [\d.]+ KB; the limit is [\d.]+ KB\. Make it smaller/)
      const polish = await upload(client, { data: big, name: 'big.png', fields: { site: site.id }, language: 'pl' })
      expect(polish.body.errors[0].message).toMatch(/^Plik ma [\d,]+ KB, a limit to [\d,]+ KB\. Zmniejsz go/)
    } finally {
      delete process.env.MEDIA_MAX_BYTES
    }
    expect(await assetsOf(site.id)).toHaveLength(0)
    expect(await filesOnDisk()).toEqual(before)
  })

  it('needs a signed-in member with a content role on the site', async () => {
    const { site } = await owner()
    const data = await picture(nextSeed())
    expect((await upload(undefined, { data, name: 'x.png', fields: { site: site.id } })).status).toBe(401)

    const editor = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, editor.id, editor.email, 'editor')
    const viewer = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, viewer.id, viewer.email, 'viewer')
    const asViewer = await upload(await signIn(platform.baseURL, viewer.email, PASSWORD), { data, name: 'x.png', fields: { site: site.id } })
    expect(asViewer.status).toBe(403)
    const asEditor = await upload(await signIn(platform.baseURL, editor.email, PASSWORD), { data, name: 'x.png', fields: { site: site.id } })
    expect(asEditor.status).toBe(201)
    expect(asEditor.body.doc.uploadedBy.id).toBe(editor.id)
  })

  it('does not let a client set the derived fields', async () => {
    const { site, client } = await owner()
    const data = await picture(nextSeed())
    const created = await upload(client, {
      data,
      name: 'x.png',
      fields: { site: site.id, fileHash: 'forged', fileSize: 1, storageBucket: 'evil', uploadedBy: 1 },
    })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ fileHash: sha256(data), fileSize: data.byteLength, storageBucket: 'local' })
    const patched = await client.request('PATCH', `/api/media-assets/${created.body.doc.id}`, { fileHash: 'forged', alt: 'New alt' })
    expect(patched.status).toBe(200)
    expect(patched.body.doc).toMatchObject({ fileHash: sha256(data), alt: 'New alt' })
  })
})

describe('usage tracking and deleting', () => {
  it('follows the site config, blocks deleting a used asset (409 naming the site) and allows it once unused', async () => {
    const { user, site, client } = await owner()
    const a = (await upload(client, { data: await picture(nextSeed()), name: 'a.png', fields: { site: site.id } })).body.doc
    const b = (await upload(client, { data: await picture(nextSeed()), name: 'b.png', fields: { site: site.id } })).body.doc

    const saved = await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configShowing(a.id, b.id, a.id) })
    expect(saved.status).toBe(200)
    const usages = await client.request('GET', `/api/media-usages?where[site][equals]=${site.id}&depth=0`)
    expect(usages.status).toBe(200)
    expect(usages.body.docs.map((usage: any) => usage.asset).sort()).toEqual([a.id, b.id].sort())
    expect(usages.body.docs[0]).toMatchObject({ site: site.id, usageType: 'templateConfig' })

    const refused = await client.request('DELETE', `/api/media-assets/${a.id}`)
    expect(refused.status).toBe(409)
    // The site by its name and what to do; not its identifier or a list of usage types.
    expect(refused.body.errors[0].message).toBe(
      `This file is still used on the site "${site.name}": in the draft. Remove it in the site editor, then delete the file.`,
    )
    const polish = await signIn(platform.baseURL, user.email, PASSWORD, { language: 'pl' })
    expect((await polish.request('DELETE', `/api/media-assets/${a.id}`)).body.errors[0].message).toBe(
      `Ten plik jest jeszcze używany na stronie „${site.name}”: w wersji roboczej. Usuń go w edytorze strony, a potem usuń plik.`,
    )
    expect(await fs.stat(path.join(mediaDir, a.filename))).toBeTruthy()

    expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configShowing(b.id) })).status).toBe(200)
    expect((await usagesOf(site.id)).map((usage) => usage.asset)).toEqual([b.id])
    const deleted = await client.request('DELETE', `/api/media-assets/${a.id}`)
    expect(deleted.status).toBe(200)
    await expect(fs.stat(path.join(mediaDir, a.filename))).rejects.toThrow()
    await expect(fs.stat(path.join(mediaDir, a.sizes.thumbnail.filename))).rejects.toThrow()

    // A change elsewhere in the site leaves usages alone; an empty config clears them.
    expect((await client.request('PATCH', `/api/sites/${site.id}`, { name: 'Renamed' })).status).toBe(200)
    expect(await usagesOf(site.id)).toHaveLength(1)
    expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: {} })).status).toBe(200)
    expect(await usagesOf(site.id)).toHaveLength(0)
  })

  it("ignores references to another site's asset: no usage, nothing pinned", async () => {
    const anna = await owner()
    const marek = await owner()
    const hers = (await upload(anna.client, { data: await picture(nextSeed()), name: 'hers.png', fields: { site: anna.site.id } })).body.doc
    const saved = await marek.client.request('PATCH', `/api/sites/${marek.site.id}`, { templateConfig: configShowing(hers.id, 999999) })
    expect(saved.status).toBe(200)
    expect(await usagesOf(marek.site.id)).toHaveLength(0)
    expect((await marek.client.request('GET', `/api/media-usages`)).body.docs).toHaveLength(0)
    expect((await anna.client.request('DELETE', `/api/media-assets/${hers.id}`)).status).toBe(200)
  })

  it('keeps usages platform-maintained: nobody writes them through the API', async () => {
    const { site, client } = await owner()
    const a = (await upload(client, { data: await picture(nextSeed()), name: 'a.png', fields: { site: site.id } })).body.doc
    expect((await client.request('POST', '/api/media-usages', { asset: a.id, site: site.id, usageType: 'templateConfig' })).status).toBe(403)
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configShowing(a.id) })
    const [usage] = await usagesOf(site.id)
    expect((await client.request('PATCH', `/api/media-usages/${usage.id}`, { usageType: 'templateConfig' })).status).toBe(403)
    expect((await client.request('DELETE', `/api/media-usages/${usage.id}`)).status).toBe(403)
    expect(await usagesOf(site.id)).toHaveLength(1)
  })

  it('deletes a site together with its used assets and their usages', async () => {
    const { site, client } = await owner()
    const a = (await upload(client, { data: await picture(nextSeed()), name: 'a.png', fields: { site: site.id } })).body.doc
    await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configShowing(a.id) })
    expect((await client.request('DELETE', `/api/sites/${site.id}`)).status).toBe(200)
    expect(await assetsOf(site.id)).toHaveLength(0)
    expect(await usagesOf(site.id)).toHaveLength(0)
    await expect(fs.stat(path.join(mediaDir, a.filename))).rejects.toThrow()
  })
})

describe('tenant isolation', () => {
  it("another owner cannot list, read, fetch, change, delete or upload into a site's media", async () => {
    const anna = await owner()
    const marek = await owner()
    const hers = (await upload(anna.client, { data: await picture(nextSeed()), name: 'private.png', fields: { site: anna.site.id } })).body.doc
    await anna.client.request('PATCH', `/api/sites/${anna.site.id}`, { templateConfig: configShowing(hers.id) })

    const listed = await marek.client.request('GET', '/api/media-assets?limit=100')
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((doc: any) => doc.id)).not.toContain(hers.id)
    expect((await marek.client.request('GET', `/api/media-assets/count`)).body.totalDocs).toBe(0)
    expect([403, 404]).toContain((await marek.client.request('GET', `/api/media-assets/${hers.id}`)).status)
    expect((await marek.client.request('GET', `/api/media-usages`)).body.docs).toHaveLength(0)
    const file = await fetch(`${platform.baseURL}${hers.fileUrl}`, { headers: { cookie: marek.client.cookie()!, origin: TEST_PUBLIC_URL } })
    expect([403, 404]).toContain(file.status)
    expect((await fetch(`${platform.baseURL}${hers.fileUrl}`)).status).toBe(403)
    expect([403, 404]).toContain((await marek.client.request('PATCH', `/api/media-assets/${hers.id}`, { alt: 'mine' })).status)
    expect([403, 404]).toContain((await marek.client.request('PATCH', `/api/media-assets/${hers.id}`, { site: marek.site.id })).status)
    expect([403, 404]).toContain((await marek.client.request('DELETE', `/api/media-assets/${hers.id}`)).status)
    const bulk = await marek.client.request('DELETE', `/api/media-assets?where[id][equals]=${hers.id}`)
    expect(bulk.body.docs ?? []).toHaveLength(0)
    // Uploading into her site, or moving his own asset there.
    expect((await upload(marek.client, { data: await picture(nextSeed()), name: 'x.png', fields: { site: anna.site.id } })).status).toBe(403)
    const his = (await upload(marek.client, { data: await picture(nextSeed()), name: 'his.png', fields: { site: marek.site.id } })).body.doc
    expect((await marek.client.request('PATCH', `/api/media-assets/${his.id}`, { site: anna.site.id })).status).toBe(403)
    // Re-uploading her file does not reveal her asset: it makes his own.
    const sameFile = await fs.readFile(path.join(mediaDir, hers.filename))
    const own = await upload(marek.client, { data: sameFile, name: 'copy.png', fields: { site: marek.site.id } })
    expect(own.status).toBe(201)
    expect(own.body.doc.id).not.toBe(hers.id)

    const stillThere = await platform.payload.findByID({ collection: 'media-assets', id: hers.id, overrideAccess: true, depth: 0 })
    expect(stillThere).toMatchObject({ alt: null, site: anna.site.id })
  })

  it("cannot overwrite another site's variants with a file of the same stem and size", async () => {
    const anna = await owner()
    const marek = await owner()
    const hers = (await upload(anna.client, { data: await picture(nextSeed()), name: 'photo.png', fields: { site: anna.site.id } })).body.doc
    const herThumbnail = await fs.readFile(path.join(mediaDir, hers.sizes.thumbnail.filename))
    // Payload names variants `<stem>-<width>x<height>.webp` whatever the type, and unlinks a file of that name first.
    const his = await upload(marek.client, { data: await picture(nextSeed(), 'jpeg'), name: 'photo.jpg', fields: { site: marek.site.id } })
    expect(his.status).toBe(201)
    expect(his.body.doc.sizes.thumbnail.filename).not.toBe(hers.sizes.thumbnail.filename)
    expect(await fs.readFile(path.join(mediaDir, hers.sizes.thumbnail.filename))).toEqual(herThumbnail)
    expect((await marek.client.request('DELETE', `/api/media-assets/${his.body.doc.id}`)).status).toBe(200)
    expect(await fs.readFile(path.join(mediaDir, hers.sizes.thumbnail.filename))).toEqual(herThumbnail)
  })
})
