import type { Endpoint, Where } from 'payload'

import { APIError } from 'payload'
import { say } from '../i18n/requestLocale'
import { t } from '../i18n/labels'

const MAX_IDS = 500

/**
 * POST /api/notifications/mark-read {ids?}: marks the caller's notifications
 * as read, the given ones or all unread. Runs as the caller (overrideAccess:
 * false), so someone else's ids are simply not matched.
 */
export const markReadEndpoint: Endpoint = {
  path: '/mark-read',
  method: 'post',
  handler: async (req) => {
    if (!req.user || req.user.collection !== 'users') throw new APIError(say(req, t('Sign in first.', 'Najpierw się zaloguj.')), 401)
    let body: unknown = {}
    try {
      body = (await req.json?.()) ?? {}
    } catch {
      body = {}
    }
    const ids = (body as { ids?: unknown })?.ids
    if (
      ids !== undefined &&
      (!Array.isArray(ids) || ids.length > MAX_IDS || !ids.every((id) => (typeof id === 'number' || typeof id === 'string') && /^\d+$/.test(String(id))))
    ) {
      throw new APIError(
        say(
          req,
          t(`"ids" must be a list of at most ${MAX_IDS} notification ids.`, `Pole „ids” musi być listą najwyżej ${MAX_IDS} identyfikatorów powiadomień.`),
        ),
        400,
      )
    }
    const where: Where = {
      and: [{ user: { equals: req.user.id } }, { isRead: { equals: false } }, ...(ids ? [{ id: { in: ids.map(Number) } }] : [])],
    }
    if (ids && ids.length === 0) return Response.json({ updated: 0 })
    const result = await req.payload.update({
      collection: 'notifications',
      where,
      data: { isRead: true },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    if (result.errors.length)
      throw new APIError(
        say(req, t('Some notifications could not be marked as read.', 'Nie udało się oznaczyć niektórych powiadomień jako przeczytanych.')),
        500,
      )
    return Response.json({ updated: result.docs.length })
  },
}
