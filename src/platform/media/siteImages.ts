/**
 * The `<img>` URLs of a site's own image assets that a plugin shows on a public page (an event's picture):
 * the renderer's `ResolvedImage` (WebP variants for `srcset`), for `SiteImage`. Visitors can load the files
 * only when a published version or a plugin's `publicMedia` makes them public (publishedMediaAccess.ts).
 */
import type { Payload } from 'payload'

import type { ID } from '../access/ids'
import { toResolvedImage, type AssetDoc } from '../sites/render/loadSite'
import type { ResolvedImage } from '../sites/render/types'

/** `siteId`'s own image assets among `ids`, by id as a string (one query). */
export const siteImages = async (payload: Payload, siteId: ID, ids: ID[]): Promise<Map<string, ResolvedImage>> => {
  const images = new Map<string, ResolvedImage>()
  if (!ids.length) return images
  const found = await payload.find({
    collection: 'media-assets',
    where: { and: [{ id: { in: ids } }, { site: { equals: siteId } }] },
    select: { filename: true, mimeType: true, width: true, height: true, sizes: true },
    limit: ids.length,
    depth: 0,
    pagination: false,
    overrideAccess: true, // trusted: file names and sizes of the site's own assets a public page shows; only URLs leave this function
  })
  for (const asset of found.docs as unknown as AssetDoc[]) {
    const image = toResolvedImage(asset)
    if (image) images.set(String(asset.id), image)
  }
  return images
}
