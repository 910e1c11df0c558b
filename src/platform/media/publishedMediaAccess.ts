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
import { getRegistry } from '../plugins/registry'

/**
 * A plugin's answer to "which of these assets do visitors see through you?" (the `publicMedia` contribution):
 * the big-events plugin names the pictures of published events, which no site configuration references. Given
 * the ids of the assets a requested file belongs to, it returns those it shows publicly (trusted code: read with
 * access off, return ids only).
 */
export type PublicMediaCheck = (args: { req: PayloadRequest; assetIds: ID[] }) => Promise<ID[]>

const members = siteScoped({ group: 'read', staffMayRead: true })

/** Ids of the assets stored as `filename` (the original or one of its variants) that a published version, or a plugin (`publicMedia`), shows. */
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
    overrideAccess: true, // trusted: a visitor cannot read assets; finds which asset the file name is, only ids leave
    req,
  })
  if (!assets.docs.length) return []
  const usages = await req.payload.find({
    collection: 'media-usages',
    where: { and: [{ asset: { in: assets.docs.map((asset) => asset.id) } }, { usageType: { equals: 'publishedVersion' } }] },
    limit: 5,
    depth: 0,
    overrideAccess: true, // trusted: a visitor cannot read usages; only whether the asset is published leaves here
    req,
  })
  const ids = assets.docs.map((asset) => asset.id)
  const published = new Set(usages.docs.map((usage) => String(relationId(usage.asset))))
  const unexplained = ids.filter((id) => !published.has(String(id)))
  if (unexplained.length) {
    // Plugins that show media outside the sites' configurations (a published event's picture); a plugin that
    // fails counts as "no".
    const answers = await Promise.all(
      getRegistry(req.payload.config).publicMedia.map(({ check }) => check({ req, assetIds: unexplained }).catch((): ID[] => [])),
    )
    for (const id of answers.flat()) published.add(String(id))
  }
  // Only the assets of this file name: a plugin cannot open another file by answering with other ids.
  return ids.filter((id) => published.has(String(id)))
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
