/** Test data made through the Local API as trusted setup code (like seeds), one helper per thing. */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import { createLocalReq } from 'payload'

import type { TeamRole } from '../access/roles'
import { publishSite } from '../sites/publishSite'
import { signIn, type Session } from './http'

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
