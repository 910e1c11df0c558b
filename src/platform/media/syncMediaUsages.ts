/**
 * Keeps `media-usages` true: after a site is saved, its usages of kind
 * `templateConfig` are exactly the site's own assets that its config
 * references (`{ "mediaId": <id> }`). A reference to another site's asset (or
 * to no asset) is ignored, not refused: it creates no usage, so it neither
 * reveals nor pins a file of another tenant (and a config copied from a
 * template saves as it is). Runs in the request's transaction.
 */
import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../access'
import { collectMediaIds } from './collectMediaIds'

const USAGE_TYPE = 'templateConfig'

export const syncMediaUsages: CollectionAfterChangeHook = async ({ req, doc, previousDoc, operation }) => {
  if (operation === 'update' && JSON.stringify(previousDoc?.templateConfig ?? null) === JSON.stringify(doc.templateConfig ?? null)) return doc
  const referenced = collectMediaIds(doc.templateConfig)
  // Platform bookkeeping (nobody writes usages through the API): the site's own assets only, filtered here.
  const trusted = { overrideAccess: true, req, depth: 0 } as const
  const assets = referenced.length
    ? await req.payload.find({
        collection: 'media-assets',
        where: { and: [{ site: { equals: doc.id } }, { id: { in: referenced } }] },
        limit: referenced.length,
        pagination: false,
        select: {},
        ...trusted,
      })
    : { docs: [] }
  const wanted = new Set(assets.docs.map((asset) => String(asset.id)))
  const current = await req.payload.find({
    collection: 'media-usages',
    where: { and: [{ site: { equals: doc.id } }, { usageType: { equals: USAGE_TYPE } }] },
    pagination: false,
    ...trusted,
  })
  const have = new Set(current.docs.map((usage) => String(relationId(usage.asset))))
  const stale = current.docs.filter((usage) => !wanted.has(String(relationId(usage.asset)))).map((usage) => usage.id)
  if (stale.length) await req.payload.delete({ collection: 'media-usages', where: { id: { in: stale } }, ...trusted })
  for (const asset of assets.docs) {
    if (have.has(String(asset.id))) continue
    await req.payload.create({
      collection: 'media-usages',
      data: { asset: asset.id, site: doc.id, user: req.user?.id ?? (relationId(doc.owner) as number), usageType: USAGE_TYPE },
      ...trusted,
    })
  }
  return doc
}
