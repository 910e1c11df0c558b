/**
 * Read access of media files: a site's members (and staff) read its assets;
 * anyone, visitors included, may load the FILE of an asset that some site's
 * published version shows (a `publishedVersion` media usage, kept on publish
 * and restore). Only file reads (`/api/media-assets/file/<filename>`) get the
 * public rule: the asset documents (uploader, storage details) stay private,
 * and a draft-only or unused asset stays private as a file too.
 */
import type { Access, PayloadRequest, Where } from 'payload'

import { relationId, siteScoped, type ID } from '../access'

const members = siteScoped({ group: 'read', staffMayRead: true })

/** Ids of the assets stored as `filename` (the original or one of its variants) that a published version shows. */
const publishedAssetsNamed = async (req: PayloadRequest, filename: string): Promise<ID[]> => {
  const upload = req.payload.collections['media-assets']?.config.upload as { imageSizes?: { name: string }[] } | undefined
  const sizes = (upload?.imageSizes ?? []).map((size) => size.name)
  // Visitors' file reads: finding which asset a file name belongs to and whether it is published
  // is a lookup the caller cannot do under their own (absent) access; only ids leave this function.
  const assets = await req.payload.find({
    collection: 'media-assets',
    where: { or: [{ filename: { equals: filename } }, ...sizes.map((name): Where => ({ [`sizes.${name}.filename`]: { equals: filename } }))] },
    limit: 5,
    depth: 0,
    select: {},
    overrideAccess: true,
    req,
  })
  if (!assets.docs.length) return []
  const usages = await req.payload.find({
    collection: 'media-usages',
    where: { and: [{ asset: { in: assets.docs.map((asset) => asset.id) } }, { usageType: { equals: 'publishedVersion' } }] },
    limit: 5,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return [...new Set(usages.docs.map((usage) => relationId(usage.asset)).filter((id): id is ID => id !== undefined))]
}

export const mediaAssetsRead: Access = async (args) => {
  const scoped = await members(args)
  if (scoped === true || !args.isReadingStaticFile) return scoped
  const filename = (args.data as { filename?: unknown } | undefined)?.filename
  if (typeof filename !== 'string' || !filename) return scoped
  const published = await publishedAssetsNamed(args.req, filename)
  if (!published.length) return scoped
  const visible: Where = { id: { in: published } }
  return scoped ? { or: [scoped, visible] } : visible
}
