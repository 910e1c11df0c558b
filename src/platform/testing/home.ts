/** The owner's home as a given user would see it (the same loader the admin's first screen uses), for plugins' tests of their `homeCards`. */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { loadHome } from '../home/loadHome'

export const homeFor = async (payload: Payload, userId: number, { now, siteId, lang = 'pl' }: { now?: Date; siteId?: number; lang?: 'pl' | 'en' } = {}) => {
  const user = await payload.findByID({ collection: 'users', id: userId, depth: 0, overrideAccess: true }) // test setup: the reader whose home is built
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  req.i18n.language = lang
  return loadHome(req, { now, siteId })
}

/** One site's cards on `userId`'s home, by `<plugin>:<key>`. */
export const homeCardsFor = async (payload: Payload, userId: number, siteId: number, options: { now?: Date; lang?: 'pl' | 'en' } = {}) => {
  const [view] = await homeFor(payload, userId, { ...options, siteId })
  return new Map((view?.cards ?? []).map((card) => [`${card.plugin}:${card.key}`, card]))
}
