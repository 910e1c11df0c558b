/**
 * Preview of a site's draft: the request's own session (cookies, as the
 * admin's browser sends them) must belong to someone who may read the site.
 * Anyone else gets undefined, and so the published page.
 */
import type { Request } from 'express'
import type { Payload } from 'payload'

export const findPreviewSite = async ({ payload, req, identifier }: { payload: Payload; req: Request; identifier: string }) => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
  }
  const { user } = await payload.auth({ headers })
  if (!user || user.collection !== 'users') return undefined
  const found = await payload.find({
    collection: 'sites',
    where: { identifier: { equals: identifier } },
    select: { identifier: true, name: true, domain: true, templateConfig: true, publishedAt: true },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return found.docs[0]
}
