/**
 * The owner's current site in the admin: the site a list, calendar or editor is about when a user reaches
 * several. Chosen with `?site=<id>` (the home's picker and its cards' links carry it) or the site picker above
 * site-scoped lists (SitePicker), which keeps the choice in the `platform-site` cookie; with one site it is that
 * site. Only a site the caller reaches counts; staff have none (they see every site).
 */
import type { PayloadRequest, Where } from 'payload'

import type { ID } from '../access'
import { getSiteRoles } from '../access'

export const CURRENT_SITE_COOKIE = 'platform-site'

const cookieOf = (header: string | null | undefined, name: string): string | undefined =>
  (header ?? '')
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([key]) => key === name)?.[1]

export const currentSiteId = async (req: PayloadRequest): Promise<ID | undefined> => {
  if (!req.user) return undefined
  const roles = await getSiteRoles(req)
  const fromQuery = (req.query as Record<string, unknown> | undefined)?.site
  for (const candidate of [fromQuery, cookieOf(req.headers?.get('cookie'), CURRENT_SITE_COOKIE)]) {
    const found = typeof candidate === 'string' && candidate ? roles.get(candidate) : undefined
    if (found) return found.siteId
  }
  return roles.size === 1 ? [...roles.values()][0].siteId : undefined
}

/** A site-scoped collection's admin list filter (`admin.baseFilter`): the current site's records, or no filter. */
export const currentSiteFilter = async ({ req }: { req: PayloadRequest }): Promise<Where | null> => {
  const siteId = await currentSiteId(req)
  return siteId === undefined ? null : { site: { equals: siteId } }
}
