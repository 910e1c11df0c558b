/**
 * The database reads behind the public pages (none of them runs on a cache
 * hit): a site's public fields by identifier, domain or id; a version's
 * snapshot; the snapshot's images. Visitors have no read access to sites,
 * versions or asset documents, so these trusted reads name exactly the public
 * fields they take, each with its reason beside `overrideAccess`.
 */
import type { Payload, Where } from 'payload'

import { relationId, type ID } from '../../access'
import { collectMediaIds } from '../../media/collectMediaIds'
import type { ResolvedImage } from './types'

export type SiteHead = {
  id: ID
  identifier: string
  name: string
  domain: string | null
  publishedAt: string | null
  /** The published version's id, or undefined when the site was never published. */
  versionId: ID | undefined
}

const SITE_FIELDS = { identifier: true, name: true, domain: true, publishedVersion: true, publishedAt: true } as const

/** One site's public fields (identifier, name, domain, published version id), or undefined. */
export const readSiteHead = async (payload: Payload, where: Where): Promise<SiteHead | undefined> => {
  const found = await payload.find({
    collection: 'sites',
    where,
    select: SITE_FIELDS,
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true, // visitors cannot read sites; this takes only the public fields named in SITE_FIELDS
  })
  const site = found.docs[0]
  if (!site) return undefined
  return {
    id: site.id,
    identifier: site.identifier,
    name: site.name,
    domain: (site as { domain?: string | null }).domain ?? null,
    publishedAt: site.publishedAt ?? null,
    versionId: relationId(site.publishedVersion),
  }
}

/** The configuration snapshot of the site's version `versionId` (undefined if it is not that site's). */
export const readSnapshot = async (payload: Payload, siteId: ID, versionId: ID): Promise<Record<string, unknown> | undefined> => {
  const found = await payload.find({
    collection: 'site-versions',
    where: { and: [{ id: { equals: versionId } }, { site: { equals: siteId } }] },
    select: { configSnapshot: true },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true, // visitors cannot read versions; this is the snapshot the site itself published
  })
  const snapshot = found.docs[0]?.configSnapshot
  return snapshot && typeof snapshot === 'object' && !Array.isArray(snapshot) ? (snapshot as Record<string, unknown>) : undefined
}

type SizeDoc = { filename?: string | null; width?: number | null; height?: number | null } | null | undefined
export type AssetDoc = {
  id: ID
  filename?: string | null
  mimeType?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, SizeDoc> | null
}

const fileUrl = (filename: string) => `/api/media-assets/file/${encodeURIComponent(filename)}`

/** An asset's file URLs: the original as `src` fallback, its WebP variants narrowest first for `srcset`. */
export const toResolvedImage = (asset: AssetDoc): ResolvedImage | undefined => {
  if (!asset.filename || !asset.mimeType?.startsWith('image/')) return undefined
  const variants = Object.values(asset.sizes ?? {})
    .filter((size): size is { filename: string; width: number; height?: number | null } => Boolean(size?.filename && size.width))
    .map((size) => ({ url: fileUrl(size.filename), width: size.width, height: size.height ?? undefined }))
    .sort((a, b) => a.width - b.width)
  // The widest variant up to the card size is a sensible default `src`; the original when there is no variant.
  const fallback = [...variants].reverse().find((variant) => variant.width <= 768) ?? variants[0]
  return {
    src: fallback?.url ?? fileUrl(asset.filename),
    width: asset.width ?? undefined,
    height: asset.height ?? undefined,
    variants,
  }
}

/** Every image the config references that belongs to the site, by id (one query). */
export const resolveImages = async (payload: Payload, siteId: ID, config: unknown): Promise<Map<string, ResolvedImage>> => {
  const ids = collectMediaIds(config)
  const images = new Map<string, ResolvedImage>()
  if (!ids.length) return images
  const found = await payload.find({
    collection: 'media-assets',
    where: { and: [{ id: { in: ids } }, { site: { equals: siteId } }] },
    select: { filename: true, mimeType: true, width: true, height: true, sizes: true },
    limit: ids.length,
    depth: 0,
    pagination: false,
    overrideAccess: true, // file names and sizes of the site's own assets its page shows; only URLs leave this function
  })
  for (const asset of found.docs as unknown as AssetDoc[]) {
    const image = toResolvedImage(asset)
    if (image) images.set(String(asset.id), image)
  }
  return images
}
