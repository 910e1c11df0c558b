/** Finding the invitation a link's token names, its site for the page, and the page's language. */
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { findPublishedSite, hashToken, isWellFormedToken, publicSiteInfo, requestLocale } from '@platform'
import { REQUESTS } from '../slugs'
import type { PageLocale } from './pageTexts'

export type Invitation = DataFromCollectionSlug<typeof REQUESTS>

/** The token in the path, when it has a token's shape (junk is refused before any lookup). */
export const tokenParam = (req: PayloadRequest): string | undefined => {
  const token = req.routeParams?.token
  return isWellFormedToken(token) ? token : undefined
}

/** The sent invitation whose stored hash matches the token (a scheduled or cancelled one has no token). */
export const findInvitation = async (req: PayloadRequest, token: string | undefined): Promise<Invitation | undefined> => {
  if (!token) return undefined
  const found = await req.payload.find({
    collection: REQUESTS,
    where: { token: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true, // trusted: the token is the invited client's credential; only their own invitation is found
    req,
  })
  return found.docs[0]
}

export type SiteInfo = { name: string; url?: string; brandColor?: string }

/** The site's name, its public address and brand colour once published (for the page). */
export const siteOf = async (req: PayloadRequest, invitation: Invitation): Promise<SiteInfo | undefined> => {
  const site = await publicSiteInfo(req, invitation.site)
  if (!site) return undefined
  const published = site.isPublished ? await findPublishedSite(req, site.identifier, { withVersion: true }) : undefined
  const snapshot = published?.version.configSnapshot as { theme?: { colors?: { primary?: string } } } | null | undefined
  return { name: site.name, url: published ? site.url : undefined, brandColor: snapshot?.theme?.colors?.primary }
}

/** `?lang=` when given (the page's language switch), else the invitation's language, else the browser's. */
export const pageLocale = (req: PayloadRequest, invitation?: Invitation): PageLocale => {
  const asked = req.searchParams?.get('lang')
  if (asked === 'pl' || asked === 'en') return asked
  if (invitation) return invitation.locale === 'en' ? 'en' : 'pl'
  return requestLocale(req)
}

export const isExpired = (invitation: Invitation, now = Date.now()): boolean => !invitation.expiresAt || new Date(invitation.expiresAt).getTime() <= now
