/** Test data made through the Local API as trusted setup code (like seeds), one helper per thing. */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { createLocalReq } from 'payload'

import type { TeamRole } from '../access/roles'
import { publishSite } from '../sites/publishSite'
import { session, signIn, type Session } from './http'

export const PASSWORD = 'correct-horse-battery-staple'

const unique = () => randomBytes(4).toString('hex')

export const createUser = async (payload: Payload, data: { isStaff?: boolean; email?: string; locale?: 'pl' | 'en' } = {}) =>
  payload.create({
    collection: 'users',
    data: { email: data.email ?? `user-${unique()}@example.test`, password: PASSWORD, isStaff: data.isStaff ?? false, locale: data.locale ?? 'en' },
    overrideAccess: true,
  })

export const createSite = async (payload: Payload, ownerId: number, name = `Site ${unique()}`) =>
  payload.create({
    collection: 'sites',
    data: { name, identifier: `site-${unique()}`, owner: ownerId, templateConfig: {} },
    overrideAccess: true,
  })

export const addTeamMember = async (payload: Payload, siteId: number, userId: number, email: string, role: TeamRole) =>
  payload.create({
    collection: 'team-members',
    data: { site: siteId, email, permissionRole: role, invitationStatus: 'accepted', linkedUser: userId },
    overrideAccess: true,
  })

export const createClient = async (payload: Payload, siteId: number) =>
  payload.create({ collection: 'clients', data: { site: siteId, email: `client-${unique()}@example.test` }, overrideAccess: true })

/** Publishes the site's saved config as its owner would (POST /api/sites/:id/publish), so visitors may use the site. */
export const publishSiteAs = async (payload: Payload, siteId: number) => {
  const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 1, overrideAccess: true })
  const owner = site.owner as Extract<typeof site.owner, object>
  return publishSite({ req: await createLocalReq({ user: { ...owner, collection: 'users' } }, payload), siteId, config: site.templateConfig })
}

/** An owner with a site, signed in over HTTP: the usual tenant of an access test. */
export const createTenant = async (platform: { payload: Payload; baseURL: string }): Promise<{ userId: number; siteId: number; session: Session }> => {
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  return { userId: user.id, siteId: site.id, session: await signIn(platform.baseURL, user.email, PASSWORD) }
}

export type CastMember = 'ownerA' | 'ownerB' | 'admin' | 'editor' | 'host' | 'viewer' | 'staff' | 'visitor'

/**
 * Everyone an access test asks, signed in over HTTP: site A's owner and one team member of each role on site A,
 * site B's owner, a staff member, and a visitor (no session).
 */
export const createAccessCast = async (platform: {
  payload: Payload
  baseURL: string
}): Promise<{ siteA: number; siteB: number; as: Record<CastMember, Session> }> => {
  const { payload, baseURL } = platform
  const [a, b, staff] = await Promise.all([createUser(payload), createUser(payload), createUser(payload, { isStaff: true })])
  const siteA = (await createSite(payload, a.id)).id
  const siteB = (await createSite(payload, b.id)).id
  const member = async (role: TeamRole) => {
    const user = await createUser(payload)
    await addTeamMember(payload, siteA, user.id, user.email, role)
    return signIn(baseURL, user.email, PASSWORD)
  }
  const as: Record<CastMember, Session> = {
    ownerA: await signIn(baseURL, a.email, PASSWORD),
    ownerB: await signIn(baseURL, b.email, PASSWORD),
    admin: await member('admin'),
    editor: await member('editor'),
    host: await member('host'),
    viewer: await member('viewer'),
    staff: await signIn(baseURL, staff.email, PASSWORD),
    visitor: session(baseURL),
  }
  return { siteA, siteB, as }
}
