/**
 * How many testimonials wait for the user's moderation: on the sites where they moderate (owner, admin, editor),
 * counted with their own access. The nav link and the dashboard notice show it.
 */
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import { siteIdsFor } from '@platform'
import { TESTIMONIALS } from '../slugs'

/** `undefined` when the user moderates no site (then there is nothing to show them). */
export const pendingForModerator = async (payload: Payload, user: TypedUser): Promise<number | undefined> => {
  const req = await createLocalReq({ user }, payload)
  const sites = await siteIdsFor(req, 'content')
  if (!sites.length) return undefined
  const { totalDocs } = await payload.count({
    collection: TESTIMONIALS,
    where: { and: [{ site: { in: sites } }, { status: { equals: 'pending' } }] },
    overrideAccess: false,
    user,
  })
  return totalDocs
}
