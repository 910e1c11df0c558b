/**
 * The media library on S3-compatible storage, as a deployment on several
 * machines runs it (S3_BUCKET set): a real s3rver over HTTP, the platform's
 * real config and its storage adapter. Each check reads the bucket itself,
 * not the adapter: objects and variants are really there, a duplicate stores
 * nothing, visitors get published files (and not drafts) from the bucket
 * through /api/media-assets/file/…, and deleting removes the objects.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import type { Session } from '../../src/platform/testing/http'
import { createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn } from '../../src/platform/testing/http'
import { startTestPlatform, TEST_PUBLIC_URL, type TestPlatform } from '../../src/platform/testing/platform'
import { startLocalS3, type LocalS3 } from './s3'

let platform: TestPlatform
let s3: LocalS3
let mediaDir: string
const variantNames = ['card', 'hero', 'thumbnail'] as const

beforeAll(async () => {
  s3 = await startLocalS3()
  // Read when the config is built (startTestPlatform imports it), so set first. MEDIA_DIR is a fresh
  // folder that must stay empty: with S3 on, nothing may be written to the local disk.
  Object.assign(process.env, s3.env)
  mediaDir = await fs.mkdtemp(path.join(os.tmpdir(), 'media-s3-local-'))
  process.env.MEDIA_DIR = mediaDir
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
  await s3?.close()
  for (const name of Object.keys(s3?.env ?? {})) delete process.env[name]
  if (mediaDir) await fs.rm(mediaDir, { recursive: true, force: true })
})

/** A multipart upload like the admin's: the file plus the other fields as `_payload` JSON. */
const upload = async (client: Session, { data, name, fields }: { data: Buffer; name: string; fields: Record<string, unknown> }) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)]), name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${platform.baseURL}/api/media-assets`, {
    method: 'POST',
    headers: { origin: TEST_PUBLIC_URL, 'accept-language': 'en', cookie: client.cookie()! },
    body: form,
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : undefined }
}

/** A GET of a media file as a visitor (no cookie) or as a signed-in member. */
const fetchFile = async (fileUrl: string, client?: Session) => {
  const response = await fetch(`${platform.baseURL}${fileUrl}`, { headers: client ? { cookie: client.cookie()!, origin: TEST_PUBLIC_URL } : {} })
  return { status: response.status, type: response.headers.get('content-type'), data: Buffer.from(await response.arrayBuffer()) }
}

let seed = 3
const picture = (format: 'png' | 'jpeg' = 'png') => {
  seed += 29
  return sharp({ create: { width: 1800, height: 1000, channels: 3, background: { r: seed % 256, g: (seed * 7) % 256, b: (seed * 13) % 256 } } })
    .toFormat(format)
    .toBuffer()
}

const owner = async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  return { user, site, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}

/** The bucket keys of an asset: its original and each variant. */
const keysOf = (doc: { filename: string; sizes: Record<string, { filename: string }> }) =>
  [doc.filename, ...variantNames.map((name) => doc.sizes[name].filename)].sort()

const heroShowing = (id: number) => ({
  pages: [{ slug: 'home', title: { pl: 'Start', en: 'Home' }, sections: [{ type: 'hero', heading: { pl: 'Witaj', en: 'Hello' }, image: { mediaId: id } }] }],
})

it('stores the original and its WebP variants in the bucket, and nothing on the local disk', async () => {
  const { site, client } = await owner()
  const data = await picture()
  const before = await s3.keys()
  const created = await upload(client, { data, name: 'studio photo.png', fields: { site: site.id, alt: 'Studio' } })
  expect(created.status).toBe(201)
  const doc = created.body.doc
  expect(doc).toMatchObject({
    fileHash: createHash('sha256').update(data).digest('hex'),
    mediaType: 'image/png',
    fileSize: data.byteLength,
    storageBucket: s3.bucket,
    fileUrl: `/api/media-assets/file/${encodeURIComponent(doc.filename)}`,
  })
  expect(await s3.keys()).toEqual([...before, ...keysOf(doc)].sort())

  const original = await s3.object(doc.filename)
  expect(original).toMatchObject({ status: 200, type: 'image/png' })
  expect(original.data.equals(data)).toBe(true)
  for (const [name, width] of [
    ['thumbnail', 320],
    ['card', 768],
    ['hero', 1600],
  ] as const) {
    const variant = await s3.object(doc.sizes[name].filename)
    expect(variant).toMatchObject({ status: 200, type: 'image/webp' })
    expect(await sharp(variant.data).metadata()).toMatchObject({ format: 'webp', width })
  }
  expect(await fs.readdir(mediaDir)).toEqual([])
})

it('answers a duplicate with the existing asset and stores no second object, even under simultaneous uploads', async () => {
  const { site, client } = await owner()
  const data = await picture('jpeg')
  const first = await upload(client, { data, name: 'a.jpg', fields: { site: site.id } })
  expect(first.status).toBe(201)
  const afterFirst = await s3.keys()
  const again = await upload(client, { data, name: 'renamed.jpg', fields: { site: site.id } })
  expect(again).toMatchObject({ status: 200, body: { doc: { id: first.body.doc.id } } })
  expect(await s3.keys()).toEqual(afterFirst)

  // The losers of a race fail on the unique (site, fileHash) index before the adapter uploads anything.
  const other = await picture('jpeg')
  const racing = await Promise.all([1, 2, 3].map((n) => upload(client, { data: other, name: `race-${n}.jpg`, fields: { site: site.id } })))
  for (const result of racing) expect([200, 201]).toContain(result.status)
  const ids = new Set(racing.map((result) => result.body.doc.id))
  expect(ids.size).toBe(1)
  const winner = racing.find((result) => result.status === 201)!.body.doc
  expect(await s3.keys()).toEqual([...afterFirst, ...keysOf(winner)].sort())
})

it("serves a published site's image to visitors from the bucket, and refuses a draft one", async () => {
  const { site, client } = await owner()
  const data = await picture()
  const doc = (await upload(client, { data, name: 'hero.png', fields: { site: site.id } })).body.doc

  // Only in the library (a draft): members get it, visitors do not.
  const asMember = await fetchFile(doc.fileUrl, client)
  expect(asMember).toMatchObject({ status: 200, type: 'image/png' })
  expect(asMember.data.equals(data)).toBe(true)
  expect((await fetchFile(doc.fileUrl)).status).toBe(403)

  // In the saved draft config, still not published: still refused.
  expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: heroShowing(doc.id) })).status).toBe(200)
  expect((await fetchFile(doc.fileUrl)).status).toBe(403)

  expect((await client.request('POST', `/api/sites/${site.id}/publish`)).status).toBe(201)
  const asVisitor = await fetchFile(doc.fileUrl)
  expect(asVisitor).toMatchObject({ status: 200, type: 'image/png' })
  expect(asVisitor.data.equals(data)).toBe(true)
  const thumbnail = await fetchFile(`/api/media-assets/file/${encodeURIComponent(doc.sizes.thumbnail.filename)}`)
  expect(thumbnail).toMatchObject({ status: 200, type: 'image/webp' })
  expect(thumbnail.data.equals((await s3.object(doc.sizes.thumbnail.filename)).data)).toBe(true)
  // The public page links the file the visitor can load.
  const page = await fetch(`${platform.baseURL}/s/${site.identifier}`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain(`/api/media-assets/file/${encodeURIComponent(doc.sizes.thumbnail.filename)}`)

  // A name no asset has: refused like a file the caller may not see (Payload checks access by name first).
  expect((await fetchFile('/api/media-assets/file/no-such-file.png', client)).status).toBe(403)
})

it('deletes the original and every variant from the bucket with the asset, and with its site', async () => {
  const { site, client } = await owner()
  const doc = (await upload(client, { data: await picture(), name: 'gone.png', fields: { site: site.id } })).body.doc
  expect(await s3.keys()).toEqual(expect.arrayContaining(keysOf(doc)))
  expect((await client.request('DELETE', `/api/media-assets/${doc.id}`)).status).toBe(200)
  const left = await s3.keys()
  for (const key of keysOf(doc)) expect(left).not.toContain(key)
  expect((await fetchFile(doc.fileUrl, client)).status).toBe(403)

  const used = (await upload(client, { data: await picture(), name: 'used.png', fields: { site: site.id } })).body.doc
  await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: heroShowing(used.id) })
  expect((await client.request('DELETE', `/api/sites/${site.id}`)).status).toBe(200)
  const afterSite = await s3.keys()
  for (const key of keysOf(used)) expect(afterSite).not.toContain(key)
})

it('replaces the objects when an asset gets a new file: the new ones stored, the old ones removed', async () => {
  const { site, client } = await owner()
  const doc = (await upload(client, { data: await picture(), name: 'before.png', fields: { site: site.id } })).body.doc
  const data = await picture('jpeg')
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)]), 'after.jpg')
  form.append('_payload', JSON.stringify({ alt: 'Replaced' }))
  const response = await fetch(`${platform.baseURL}/api/media-assets/${doc.id}`, {
    method: 'PATCH',
    headers: { origin: TEST_PUBLIC_URL, 'accept-language': 'en', cookie: client.cookie()! },
    body: form,
  })
  expect(response.status).toBe(200)
  const replaced = (await response.json()).doc
  expect(replaced).toMatchObject({ id: doc.id, mediaType: 'image/jpeg', fileHash: createHash('sha256').update(data).digest('hex') })
  const keys = await s3.keys()
  expect(keys).toEqual(expect.arrayContaining(keysOf(replaced)))
  for (const key of keysOf(doc)) expect(keys).not.toContain(key)
  expect((await s3.object(replaced.filename)).data.equals(data)).toBe(true)
})

it("overwrites nothing of another site's: names are unique across originals and variants", async () => {
  const anna = await owner()
  const marek = await owner()
  const hers = (await upload(anna.client, { data: await picture('png'), name: 'photo.png', fields: { site: anna.site.id } })).body.doc
  const herObjects = async () => Promise.all(keysOf(hers).map(async (key) => (await s3.object(key)).data.toString('base64')))
  const herObjectsBefore = await herObjects()
  // Payload names variants `<stem>-<width>x<height>.webp`, whatever the original's type: the same stem and
  // size as another type used to give the very same variant names.
  const his = await upload(marek.client, { data: await picture('jpeg'), name: 'photo.jpg', fields: { site: marek.site.id } })
  // An original named like one of her variants (only originals' names were checked against the database).
  const webp = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 1, g: 2, b: 3 } } })
    .webp()
    .toBuffer()
  const forged = await upload(marek.client, { data: webp, name: hers.sizes.card.filename, fields: { site: marek.site.id } })
  expect([his.status, forged.status]).toEqual([201, 201])
  const names = [...keysOf(hers), ...keysOf(his.body.doc), forged.body.doc.filename, ...Object.values(forged.body.doc.sizes).map((size: any) => size.filename)]
  expect(names.filter(Boolean)).toHaveLength(new Set(names.filter(Boolean)).size)
  expect(await herObjects()).toEqual(herObjectsBefore)

  // Deleting his assets leaves hers in the bucket.
  for (const doc of [his.body.doc, forged.body.doc]) expect((await marek.client.request('DELETE', `/api/media-assets/${doc.id}`)).status).toBe(200)
  expect(await herObjects()).toEqual(herObjectsBefore)
})
