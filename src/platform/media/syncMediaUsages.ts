/**
 * Keeps `media-usages` true. Two kinds:
 * - `templateConfig`: after a site is saved, the site's own assets that its
 *   draft config references (`{ "mediaId": <id> }`);
 * - `publishedVersion`: after publishing (or restoring), the site's own assets
 *   that the published snapshot references. These are the files visitors may
 *   load (media-assets read access), and they count as "in use" for deletion.
 * A reference to another site's asset (or to no asset) is ignored, not
 * refused: it creates no usage, so it neither reveals nor pins a file of
 * another tenant (and a config copied from a template saves as it is). Runs in
 * the request's transaction.
 */
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { relationId, type ID } from '../access'
import { collectMediaIds } from './collectMediaIds'

export type MediaUsageType = 'templateConfig' | 'publishedVersion'

/** Makes the site's usages of `usageType` exactly its own assets referenced by `config`. */
export const syncUsagesOfKind = async ({
  req,
  siteId,
  config,
  usageType,
  userId,
}: {
  req: PayloadRequest
  siteId: ID
  config: unknown
  usageType: MediaUsageType
  userId: ID
}) => {
  const referenced = collectMediaIds(config)
  const trusted = { overrideAccess: true, req, depth: 0 } as const // Platform bookkeeping (nobody writes usages through the API): the site's own assets only, filtered here.
  const assets = referenced.length
    ? await req.payload.find({
        collection: 'media-assets',
        where: { and: [{ site: { equals: siteId } }, { id: { in: referenced } }] },
        limit: referenced.length,
        pagination: false,
        select: {},
        ...trusted,
      })
    : { docs: [] }
  const wanted = new Set(assets.docs.map((asset) => String(asset.id)))
  const current = await req.payload.find({
    collection: 'media-usages',
    where: { and: [{ site: { equals: siteId } }, { usageType: { equals: usageType } }] },
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
      data: { asset: asset.id, site: siteId as number, user: userId as number, usageType },
      ...trusted,
    })
  }
}

export const syncMediaUsages: CollectionAfterChangeHook = async ({ req, doc, previousDoc, operation }) => {
  if (operation === 'update' && JSON.stringify(previousDoc?.templateConfig ?? null) === JSON.stringify(doc.templateConfig ?? null)) return doc
  await syncUsagesOfKind({
    req,
    siteId: doc.id,
    config: doc.templateConfig,
    usageType: 'templateConfig',
    userId: req.user?.id ?? (relationId(doc.owner) as number),
  })
  return doc
}
