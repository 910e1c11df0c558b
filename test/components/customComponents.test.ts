/**
 * Custom React components over real HTTP: saving compiles (or refuses with
 * line and column, changing nothing); the public frame endpoint serves a
 * component only when the published site shows it (or, with ?preview=1, to a
 * signed-in member who may read it), always with the sandboxing CSP; site
 * configs may only name their own site's components; a component in use
 * cannot be deleted.
 */
import { createHash } from 'node:crypto'

import type { Session } from '../../src/platform/testing/http'
import { addTeamMember, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

const GOOD = `export default function Hello({ locale }: { locale: 'pl' | 'en' }) {
  return <p id="hello">{locale === 'pl' ? 'Dzień dobry' : 'Good morning'}</p>
}
`
const BROKEN = `export default function Broken() {
  const a = 1
  const b x = 2
  return <p>{a}</p>
}
`

const text = (pl: string, en: string) => ({ pl, en })
const configShowing = (...componentIds: unknown[]) => ({
  pages: [
    {
      slug: 'home',
      title: text('Start', 'Home'),
      sections: [{ type: 'hero', heading: text('Witaj', 'Welcome') }, ...componentIds.map((componentId) => ({ type: 'customComponent', componentId }))],
    },
  ],
})

const owner = async () => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  return { user, site, client: await signIn(platform.baseURL, user.email, PASSWORD) }
}

const visitor = () => session(platform.baseURL, { origin: null })

const createComponent = async (client: Session, siteId: number, sourceCode = GOOD, name = 'Hello') => {
  const response = await client.request('POST', '/api/custom-react-components?depth=0', { site: siteId, name, sourceCode })
  expect({ status: response.status, errors: response.body?.errors }).toEqual({ status: 201, errors: undefined })
  return response.body.doc as { id: number; compiledJs: string; compiledBytes: number; compiledAt: string; createdBy: number; sourceCode: string }
}

const stored = (id: number) => platform.payload.findByID({ collection: 'custom-react-components', id, depth: 0, overrideAccess: true, disableErrors: true })

const fieldErrorOf = (response: { body: any }) => response.body?.errors?.[0]?.data?.errors?.[0]

const publish = async (client: Session, siteId: number, config: unknown) => {
  const saved = await client.request('PATCH', `/api/sites/${siteId}`, { templateConfig: config })
  expect({ status: saved.status, errors: saved.body?.errors }).toEqual({ status: 200, errors: undefined })
  const published = await client.request('POST', `/api/sites/${siteId}/publish`, {})
  expect(published.status).toBe(201)
}

const frame = (identifier: string, id: number | string, query = '') => `/api/public/sites/${identifier}/components/${id}${query}`

describe('saving a component', () => {
  it('compiles on create and stores the script, the size and who made it', async () => {
    const { user, site, client } = await owner()
    const doc = await createComponent(client, site.id)
    expect(doc.compiledJs).toContain('Good morning')
    expect(doc.compiledBytes).toBe(Buffer.byteLength(doc.compiledJs))
    expect(Number.isNaN(Date.parse(doc.compiledAt))).toBe(false)
    expect(doc.createdBy).toBe(user.id)
    expect((await stored(doc.id))?.compiledJs).toBe(doc.compiledJs)
  })

  it('refuses source that does not compile with a 400 naming line and column, and saves nothing', async () => {
    const { site, client } = await owner()
    const response = await client.request('POST', '/api/custom-react-components', { site: site.id, name: 'Broken', sourceCode: BROKEN })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('The following field is invalid: Source code (TSX)')
    expect(fieldErrorOf(response)).toEqual(expect.objectContaining({ path: 'sourceCode', message: 'Line 3, column 11: Expected ";" but found "x"' }))
    const count = await platform.payload.count({ collection: 'custom-react-components', where: { site: { equals: site.id } }, overrideAccess: true })
    expect(count.totalDocs).toBe(0)
  })

  it('refuses forbidden imports and a missing default export', async () => {
    const { site, client } = await owner()
    const forbidden = await client.request('POST', '/api/custom-react-components', {
      site: site.id,
      name: 'Sneaky',
      sourceCode: 'import { readFileSync } from "node:fs"\nexport default () => <p>{String(readFileSync)}</p>\n',
    })
    expect(forbidden.status).toBe(400)
    expect(fieldErrorOf(forbidden)?.message).toMatch(/^Line 1, column 30: Only react may be imported/)
    const noDefault = await client.request('POST', '/api/custom-react-components', {
      site: site.id,
      name: 'Named',
      sourceCode: 'export const A = () => null\n',
    })
    expect(noDefault.status).toBe(400)
    expect(fieldErrorOf(noDefault)?.message).toBe('The component must "export default" a React component')
  })

  it('keeps the last good source and script when an update does not compile, and recompiles a good one', async () => {
    const { site, client } = await owner()
    const doc = await createComponent(client, site.id)
    const bad = await client.request('PATCH', `/api/custom-react-components/${doc.id}`, { sourceCode: BROKEN, name: 'Renamed' })
    expect(bad.status).toBe(400)
    expect(fieldErrorOf(bad)?.message).toMatch(/^Line 3, column 11: /)
    const after = await stored(doc.id)
    expect({ name: after?.name, sourceCode: after?.sourceCode, compiledJs: after?.compiledJs }).toEqual({
      name: 'Hello',
      sourceCode: GOOD,
      compiledJs: doc.compiledJs,
    })

    const good = await client.request('PATCH', `/api/custom-react-components/${doc.id}`, { sourceCode: GOOD.replace('Good morning', 'Good evening') })
    expect(good.status).toBe(200)
    expect((await stored(doc.id))?.compiledJs).toContain('Good evening')
  })

  it('never takes compiledJs, compiledAt or createdBy from the caller', async () => {
    const { site, client } = await owner()
    const other = await createUser(platform.payload)
    const forgedCreator = await client.request('POST', '/api/custom-react-components', { site: site.id, name: 'X', sourceCode: GOOD, createdBy: other.id })
    expect(forgedCreator.status).toBe(403)
    const doc = await createComponent(client, site.id)
    const forged = await client.request('PATCH', `/api/custom-react-components/${doc.id}`, { compiledJs: 'alert(1)', compiledAt: '2000-01-01T00:00:00.000Z' })
    expect(forged.status).toBe(200)
    const after = await stored(doc.id)
    expect({ compiledJs: after?.compiledJs, compiledAt: after?.compiledAt }).toEqual({ compiledJs: doc.compiledJs, compiledAt: doc.compiledAt })
    const moved = await client.request('PATCH', `/api/custom-react-components/${doc.id}`, { createdBy: other.id })
    expect(moved.status).toBe(403)
  })
})

describe('GET /api/public/sites/:identifier/components/:id', () => {
  it('is a 404 while the site is unpublished, and when the published version does not show the component', async () => {
    const { site, client } = await owner()
    const doc = await createComponent(client, site.id)
    expect((await visitor().request('GET', frame(site.identifier, doc.id))).status).toBe(404)
    await publish(client, site.id, configShowing())
    expect((await visitor().request('GET', frame(site.identifier, doc.id))).status).toBe(404)
    // In the draft only: still not public.
    const draft = await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configShowing(doc.id) })
    expect(draft.status).toBe(200)
    expect((await visitor().request('GET', frame(site.identifier, doc.id))).status).toBe(404)
  })

  it('serves the published component as a sandboxed document with the script allowed by its hash, cached with an ETag', async () => {
    const { site, client } = await owner()
    const doc = await createComponent(client, site.id)
    await publish(client, site.id, configShowing(doc.id))
    const response = await fetch(`${platform.baseURL}${frame(site.identifier, doc.id, '?lang=en')}`)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<div id="root"></div>')
    expect(html).toContain(`<script>${doc.compiledJs}</script>`)
    expect(html).toContain('<html lang="en">')
    const hash = createHash('sha256').update(doc.compiledJs).digest('base64')
    expect(response.headers.get('content-security-policy')).toBe(
      `sandbox allow-scripts; default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data: https:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'`,
    )
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('cache-control')).toBe('public, max-age=60')
    const etag = response.headers.get('etag')
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    const again = await fetch(`${platform.baseURL}${frame(site.identifier, doc.id, '?lang=en')}`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    // A new compile changes the tag.
    expect((await client.request('PATCH', `/api/custom-react-components/${doc.id}`, { sourceCode: GOOD.replace('Good', 'Fine') })).status).toBe(200)
    const changed = await fetch(`${platform.baseURL}${frame(site.identifier, doc.id, '?lang=en')}`, { headers: { 'if-none-match': etag! } })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('Fine morning')
  })

  it('does not serve another site’s component under this site’s address, nor ids that name nothing', async () => {
    const a = await owner()
    const b = await owner()
    const mine = await createComponent(a.client, a.site.id)
    const theirs = await createComponent(b.client, b.site.id)
    await publish(a.client, a.site.id, configShowing(mine.id))
    await publish(b.client, b.site.id, configShowing(theirs.id))
    expect((await visitor().request('GET', frame(a.site.identifier, mine.id))).status).toBe(200)
    for (const path of [
      frame(a.site.identifier, theirs.id),
      frame(b.site.identifier, mine.id),
      frame(a.site.identifier, 'abc'),
      frame(a.site.identifier, 99999999999),
      frame('no-such-site', mine.id),
      frame('%25E0', mine.id),
      frame(a.site.identifier, '%25E0'),
      frame(`%25${a.site.identifier.charCodeAt(0).toString(16)}${a.site.identifier.slice(1)}`, mine.id),
    ]) {
      const response = await visitor().request('GET', path)
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
    }
  })

  it('previews an unpublished component for members who may read it, uncached, and for nobody else', async () => {
    const { site, client } = await owner()
    const doc = await createComponent(client, site.id)
    const preview = frame(site.identifier, doc.id, '?preview=1')
    const own = await client.request('GET', preview)
    expect(own.status).toBe(200)
    expect(own.headers.get('cache-control')).toBe('private, no-store')
    expect(own.headers.get('content-security-policy')).toMatch(/^sandbox allow-scripts; /)
    expect(own.body).toContain(doc.compiledJs)

    const viewerUser = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, viewerUser.id, viewerUser.email, 'viewer')
    expect((await (await signIn(platform.baseURL, viewerUser.email, PASSWORD)).request('GET', preview)).status).toBe(200)

    const stranger = await owner()
    expect((await stranger.client.request('GET', preview)).status).toBe(404)
    expect((await visitor().request('GET', preview)).status).toBe(404)
    // The right component under another site's address is not a preview either.
    expect((await client.request('GET', frame(stranger.site.identifier, doc.id, '?preview=1'))).status).toBe(404)
  })
})

describe('site configuration and deletion', () => {
  it('refuses a customComponent section naming a component of another site, or none, with the path', async () => {
    const a = await owner()
    const b = await owner()
    const theirs = await createComponent(b.client, b.site.id)
    const mine = await createComponent(a.client, a.site.id)
    for (const componentId of [theirs.id, 999999, 99999999999, 'abc']) {
      const response = await a.client.request('PATCH', `/api/sites/${a.site.id}`, { templateConfig: configShowing(mine.id, componentId) })
      expect({ componentId, status: response.status }).toEqual({ componentId, status: 400 })
      expect(response.body.errors[0].message).toBe(
        `The changes were not saved: Home › Custom component no. 2 › Component: this site has no custom component no. ${componentId}`,
      )
    }
    const stillEmpty = await platform.payload.findByID({ collection: 'sites', id: a.site.id, overrideAccess: true })
    expect(stillEmpty.templateConfig).toEqual({})
    const created = await a.client.request('POST', '/api/sites', { name: 'New', identifier: `new-${a.site.id}`, templateConfig: configShowing(mine.id) })
    expect(created.status).toBe(400)
  })

  it('refuses (409) to delete a component the draft or the published version shows, and deletes it once unused', async () => {
    const { user, site, client } = await owner()
    const polish = await signIn(platform.baseURL, user.email, PASSWORD, { language: 'pl' })
    const doc = await createComponent(client, site.id)
    await publish(client, site.id, configShowing(doc.id))
    const inBoth = await client.request('DELETE', `/api/custom-react-components/${doc.id}`)
    expect(inBoth.status).toBe(409)
    // The places as the owner sees them (page › section), never a config path.
    expect(inBoth.body.errors[0].message).toBe(
      'This component is still shown on the site: Home › Custom component (draft), Home › Custom component (published). Remove it in the site editor and publish the site, then delete the component.',
    )
    expect((await polish.request('DELETE', `/api/custom-react-components/${doc.id}`)).body.errors[0].message).toBe(
      'Ten komponent jest jeszcze używany na stronie: Start › Własny komponent (wersja robocza), Start › Własny komponent (wersja opublikowana). Usuń go w edytorze strony i opublikuj stronę, a potem usuń komponent.',
    )
    // Removed from the draft but still published: still in use.
    expect((await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: configShowing() })).status).toBe(200)
    const published = await polish.request('DELETE', `/api/custom-react-components/${doc.id}`)
    expect(published.status).toBe(409)
    expect(published.body.errors[0].message).toMatch(/^Ten komponent jest jeszcze używany na stronie: Start › Własny komponent \(wersja opublikowana\)\. /)
    expect(await stored(doc.id)).not.toBeNull()
    expect((await client.request('POST', `/api/sites/${site.id}/publish`, {})).status).toBe(201)
    expect((await client.request('DELETE', `/api/custom-react-components/${doc.id}`)).status).toBe(200)
    expect(await stored(doc.id)).toBeNull()
  })

  it('deleting the site takes its components with it, even those in use', async () => {
    const { site, client } = await owner()
    const doc = await createComponent(client, site.id)
    await publish(client, site.id, configShowing(doc.id))
    const response = await client.request('DELETE', `/api/sites/${site.id}`)
    expect(response.status).toBe(200)
    expect(await stored(doc.id)).toBeNull()
  })
})
