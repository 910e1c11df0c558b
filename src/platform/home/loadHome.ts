/**
 * What the home shows a signed-in user: each site they reach (owned first, then as a team member), with its
 * publish state, whether they may publish it, and the plugins' cards for it (the contract's `homeCards`, each
 * asked with the reader's request, so every card is read with the reader's access).
 */
import type { PayloadRequest } from 'payload'

import { getSiteRoles, roleIn, type ID, type SiteRole } from '../access'
import { langOf } from '../i18n/format'
import { getRegistry } from '../plugins/registry'
import { siteAddress, siteState, type SiteState } from './siteState'
import type { HomeCard, HomeSite } from './types'

export type HomeSiteView = {
  site: HomeSite & { domain?: string | null }
  role: SiteRole
  state: SiteState
  /** The site's public address (its own domain once live there). */
  address: string
  /** Content roles publish, as in the site's editor. */
  canPublish: boolean
  cards: (HomeCard & { plugin: string })[]
}

/** Sites are few per user (plans limit them); a team member of many sites picks one with `?site=`. */
const MAX_SITES = 50

export const loadHome = async (req: PayloadRequest, { now = new Date(), siteId }: { now?: Date; siteId?: ID } = {}): Promise<HomeSiteView[]> => {
  if (!req.user) return []
  const roles = await getSiteRoles(req)
  const wanted = [...roles.values()].filter((entry) => siteId === undefined || String(entry.siteId) === String(siteId))
  if (!wanted.length) return []
  const { docs } = await req.payload.find({
    collection: 'sites',
    where: { id: { in: wanted.map((entry) => entry.siteId) } },
    depth: 1,
    populate: { 'site-versions': { versionNumber: true, configSnapshot: true, createdAt: true } },
    select: { name: true, identifier: true, domain: true, templateConfig: true, publishedAt: true, publishedVersion: true },
    sort: 'name',
    limit: MAX_SITES,
    overrideAccess: false,
    req,
  })
  const lang = langOf(req.i18n?.language ?? req.user.locale)
  const loaders = getRegistry(req.payload.config).homeCards
  const serverURL = req.payload.config.serverURL ?? ''
  const views = await Promise.all(
    docs.map(async (doc): Promise<HomeSiteView> => {
      const role = roles.get(String(doc.id))!.role
      const site = { id: doc.id, name: doc.name, identifier: doc.identifier }
      const state = siteState(doc as Parameters<typeof siteState>[0])
      const cards = await Promise.all(
        loaders.map(async ({ plugin, load }) => {
          try {
            return (await load({ req, site, role, lang, now })).map((card) => ({ ...card, plugin }))
          } catch (error) {
            // One plugin's failing card must not take the whole home down; the rest still show.
            req.payload.logger.error({ err: error, plugin, siteId: doc.id }, 'A home card failed to load')
            return []
          }
        }),
      )
      return {
        site: { ...site, domain: doc.domain },
        role,
        state,
        address: siteAddress(doc, serverURL, state),
        canPublish: roleIn(role, 'content'),
        cards: cards.flat(),
      }
    }),
  )
  // The user's own sites first, then those they work on as a team member; by name within each.
  return views.sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner'))
}
