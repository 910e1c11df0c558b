/** Shared setup and assertions for the access tests: tenants with one document in every core collection. */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'

import type { ApiResponse, Session } from '../../src/platform/testing/http'
import type { TestPlatform } from '../../src/platform/testing/platform'
import { createClient, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn } from '../../src/platform/testing/http'

export type ID = number | string
export type Doc = Record<string, any> & { id: ID }

export const unique = () => randomBytes(4).toString('hex')

/** Collections whose documents name their site. */
export const SITE_OWNED = ['site-versions', 'team-members', 'clients'] as const
export type SiteOwnedSlug = (typeof SITE_OWNED)[number]

/** The core collections as REST sees them (plugins' collections: test/security/wholeConfig.test.ts walks the running config). */
export const ALL_COLLECTIONS = [
  'users',
  'terms-of-service',
  'sites',
  'site-versions',
  'templates',
  'team-members',
  'clients',
  'notifications',
  'audit-logs',
] as const
export type Slug = (typeof ALL_COLLECTIONS)[number]

/** Reads a document as trusted code would, to see what really is in the database (null when gone). */
export const stored = async (payload: Payload, collection: Slug, id: ID): Promise<Doc | null> =>
  (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null

/** A fresh document of a site-owned collection in `siteId`, made as trusted setup code. */
export const makeSiteDoc = async (payload: Payload, collection: SiteOwnedSlug, siteId: number): Promise<Doc> => {
  switch (collection) {
    case 'site-versions':
      return payload.create({ collection, data: { site: siteId, configSnapshot: { pages: [unique()] } }, overrideAccess: true })
    case 'team-members':
      return payload.create({
        collection,
        data: { site: siteId, email: `invitee-${unique()}@example.test`, permissionRole: 'viewer', invitationStatus: 'pending' },
        overrideAccess: true,
      })
    case 'clients':
      return createClient(payload, siteId)
  }
}

/** A body that creates a document of `collection` in `siteId` over the API. */
export const createBody = (collection: SiteOwnedSlug, siteId: unknown): Record<string, unknown> => {
  switch (collection) {
    case 'site-versions':
      return { site: siteId, configSnapshot: { pages: ['home'] } }
    case 'team-members':
      return { site: siteId, email: `invitee-${unique()}@example.test`, permissionRole: 'viewer' }
    case 'clients':
      return { site: siteId, email: `client-${unique()}@example.test` }
  }
}

/** A harmless change to a document of `collection`, and the field it changes. */
export const EDITS: Record<Exclude<Slug, 'audit-logs'>, Record<string, unknown>> = {
  users: { firstName: 'Changed' },
  'terms-of-service': { contentEn: 'Changed' },
  sites: { name: 'Changed', templateConfig: { seo: { title: { pl: 'changed', en: 'changed' } } } },
  'site-versions': { note: 'changed' },
  templates: { name: 'Changed' },
  'team-members': { firstName: 'Changed' },
  clients: { firstName: 'Changed' },
  notifications: { isRead: true },
}

/** One owner with a site and a document of theirs in every collection that can hold one. */
export type Tenant = {
  user: Doc & { email: string }
  session: Session
  site: Doc & { id: number }
  docs: Record<'sites' | 'site-versions' | 'team-members' | 'clients' | 'notifications' | 'templates', ID>
}

export const makeTenant = async (platform: TestPlatform): Promise<Tenant> => {
  const { payload } = platform
  const user = await createUser(payload)
  const site = await createSite(payload, user.id)
  const [version, member, client] = await Promise.all(SITE_OWNED.map((slug) => makeSiteDoc(payload, slug, site.id)))
  const notification = await payload.create({
    collection: 'notifications',
    data: { user: user.id, site: site.id, message: 'Hello', notificationType: 'test.hello' },
    overrideAccess: true,
  })
  const template = await payload.create({
    collection: 'templates',
    data: { name: `Template ${unique()}`, config: { seo: { title: { pl: 'mine', en: 'mine' } } }, owner: user.id },
    overrideAccess: true,
  })
  return {
    user,
    session: await signIn(platform.baseURL, user.email, PASSWORD),
    site,
    docs: {
      sites: site.id,
      'site-versions': version.id,
      'team-members': member.id,
      clients: client.id,
      notifications: notification.id,
      templates: template.id,
    },
  }
}

/** Ids of every document a list answer holds (the caller asks for all of them). */
export const listIds = async (client: Session, collection: Slug, query = ''): Promise<ID[]> => {
  const response = await client.request('GET', `/api/${collection}?limit=0&pagination=false&depth=0${query}`)
  expect({ collection, status: response.status }).toEqual({ collection, status: 200 })
  return response.body.docs.map((doc: Doc) => doc.id)
}

export const whereId = (id: ID) => `where[id][equals]=${encodeURIComponent(String(id))}`

/** `count` for one id: 1 when the caller may see the document, 0 otherwise. */
export const countOf = async (client: Session, collection: Slug, id: ID): Promise<number> => {
  const response = await client.request('GET', `/api/${collection}/count?${whereId(id)}`)
  expect({ collection, status: response.status }).toEqual({ collection, status: 200 })
  return response.body.totalDocs
}

/** The message of a Payload error answer, for readable failures. */
export const errorOf = (response: ApiResponse) => response.body?.errors?.[0]?.message

/** A refusal: 403 (access said no outright) or 404 (the document is outside the caller's scope). */
export const expectRefused = (response: ApiResponse, what = '') => {
  expect({ what, refused: [403, 404].includes(response.status), status: response.status }).toEqual({ what, refused: true, status: response.status })
}

/** A bulk PATCH/DELETE whose where matched nothing the caller may touch: 200 with no document in it. */
export const expectNothingTouched = (response: ApiResponse) => {
  expect({ status: response.status, docs: response.body?.docs, errors: response.body?.errors }).toEqual({ status: 200, docs: [], errors: [] })
}

/** A bulk PATCH refused for the one document it matched: Payload answers 400 with that document's error. */
export const expectBulkRefused = (response: ApiResponse, message: RegExp) => {
  expect({ status: response.status, docs: response.body?.docs }).toEqual({ status: 400, docs: [] })
  expect(response.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(message) })])
}
