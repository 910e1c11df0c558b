/**
 * POST /api/testimonials/moderate `{ ids, action }`: approve, reject, feature or unfeature one testimonial or many
 * (at most 200). The caller must read every one of them (else 404 and nothing changes: another site's testimonial
 * is not even confirmed to exist) and write testimonials on each one's site (owner, admin, editor; else 403: a
 * viewer, a host, staff). All of them change in one transaction under the site's moderation lock, with the caller's
 * own access, or none does. The collection's hooks stamp `moderatedAt` when a status changes. 200
 * `{ testimonials: [{ id, status, isFeatured, moderatedAt }] }`.
 */
import type { Endpoint } from 'payload'

import { APIError } from 'payload'
import { z } from 'zod'

import { inTransaction, jsonError, lockForTransaction, parseRecordId, readJsonBody, relationId, roleIn, roleOnSite, type ID } from '@platform'
import { TESTIMONIALS } from '../slugs'
import { ENDPOINT_TEXT, say } from './texts'

export const MAX_MODERATED = 200

export const MODERATION_ACTIONS = ['approve', 'reject', 'feature', 'unfeature'] as const
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]

/** What each action writes. A rejected testimonial is no longer featured. */
const CHANGES: Record<ModerationAction, { status?: 'approved' | 'rejected'; isFeatured?: boolean }> = {
  approve: { status: 'approved' },
  reject: { status: 'rejected', isFeatured: false },
  feature: { isFeatured: true },
  unfeature: { isFeatured: false },
}

const schema = z.strictObject({
  ids: z
    .array(z.union([z.number(), z.string()]))
    .min(1)
    .max(MAX_MODERATED),
  action: z.enum(MODERATION_ACTIONS),
})

export const moderateEndpoint: Endpoint = {
  path: '/moderate',
  method: 'post',
  handler: async (req) => {
    const user = req.user
    if (!user) return jsonError(say(req, ENDPOINT_TEXT.signIn), 401)
    let body: z.infer<typeof schema>
    try {
      const parsed = schema.safeParse(await readJsonBody(req))
      if (!parsed.success) return jsonError(say(req, ENDPOINT_TEXT.badModeration), 400)
      body = parsed.data
    } catch (error) {
      if (error instanceof APIError) return jsonError(say(req, ENDPOINT_TEXT.badModeration), error.status)
      throw error
    }
    const ids = body.ids.map(parseRecordId)
    if (ids.some((id) => id === undefined)) return jsonError(say(req, ENDPOINT_TEXT.notFound), 404)
    const unique = [...new Map(ids.map((id) => [String(id), id as ID])).values()]

    // Read with the caller's own access: an id they cannot read is, to them, no testimonial.
    const found = await req.payload.find({
      collection: TESTIMONIALS,
      where: { id: { in: unique } },
      select: { site: true },
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
      req,
    })
    if (found.docs.length !== unique.length) return jsonError(say(req, ENDPOINT_TEXT.notFound), 404)
    const siteIds = [...new Set(found.docs.map((doc) => String(relationId(doc.site))))].sort()
    for (const siteId of siteIds) if (!roleIn(await roleOnSite(req, siteId), 'content')) return jsonError(say(req, ENDPOINT_TEXT.forbidden), 403)

    try {
      const updated = await inTransaction(req, async () => {
        // One moderation at a time per site: a bulk approve and a bulk reject never interleave (or deadlock).
        for (const siteId of siteIds) await lockForTransaction(req, `testimonials:moderate:${siteId}`)
        const docs = []
        for (const id of unique)
          docs.push(await req.payload.update({ collection: TESTIMONIALS, id, data: CHANGES[body.action], depth: 0, overrideAccess: false, user, req }))
        return docs
      })
      return Response.json({
        testimonials: updated.map((doc) => ({ id: doc.id, status: doc.status, isFeatured: doc.isFeatured ?? false, moderatedAt: doc.moderatedAt ?? null })),
      })
    } catch (error) {
      if (error instanceof APIError && error.status >= 400 && error.status < 500) return jsonError(error.message, error.status)
      throw error
    }
  },
}
