/**
 * A site's public facts for a page or an email the platform makes about it (a confirmation page, a subscriber's
 * email, an invitation): its name, identifier and public address, whether it is published, and its owner's id.
 * A trusted read, for code that already has a reason to name the site (a token the visitor presented, the record
 * a job works on): it returns nothing else of the site. The owner's id is for server-side use (the owner's own
 * email template versions, a notification); never send it to a visitor.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ID } from '../access/ids'

import { relationId } from '../access/ids'

export type SiteInfo = {
  id: ID
  name: string
  identifier: string
  /** The site's address on the platform, `<serverURL>/s/<identifier>` (visitors find it there once it is published). */
  url: string
  /** Whether visitors can see it (a version is published). */
  isPublished: boolean
  ownerId?: ID
}

/** A request (the read joins its transaction), or outside one (a job, an email composer) just the Payload instance. */
type Caller = PayloadRequest | { payload: Payload }

/** The site `siteId` names (an id or a populated relationship), or undefined when there is none. */
export const publicSiteInfo = async (caller: Caller, siteId: unknown): Promise<SiteInfo | undefined> => {
  const id = relationId(siteId)
  if (id === undefined) return undefined
  const { payload } = caller
  const req = 'headers' in caller ? caller : undefined
  const site = await payload.findByID({
    collection: 'sites',
    id,
    depth: 0,
    select: { name: true, identifier: true, owner: true, publishedVersion: true },
    disableErrors: true,
    overrideAccess: true, // trusted: only the site's name, address, publication and owner's id, for what the caller makes about it
    req,
  })
  if (!site) return undefined
  return {
    id: site.id,
    name: site.name,
    identifier: site.identifier,
    url: `${payload.config.serverURL}/s/${encodeURIComponent(site.identifier)}`,
    isPublished: relationId(site.publishedVersion) !== undefined,
    ownerId: relationId(site.owner),
  }
}

export type UserContact = { id: ID; email: string; locale: 'pl' | 'en'; firstName?: string }

/**
 * Whom a notice or an email goes to: a user's address, language and first name, from one trusted read (a job
 * telling a site's owner about their site). Nothing else of the account; undefined when there is no such user.
 */
export const userContact = async (caller: Caller, userId: unknown): Promise<UserContact | undefined> => {
  const id = relationId(userId)
  if (id === undefined) return undefined
  const req = 'headers' in caller ? caller : undefined
  const user = await caller.payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { email: true, locale: true, firstName: true },
    disableErrors: true,
    overrideAccess: true, // trusted: only the address, language and first name, to tell the user about their own site
    req,
  })
  if (!user) return undefined
  return { id: user.id, email: user.email, locale: user.locale === 'en' ? 'en' : 'pl', ...(user.firstName ? { firstName: user.firstName } : {}) }
}
