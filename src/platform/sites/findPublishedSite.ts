/**
 * The one lookup of a published site by the identifier in a public URL
 * (`/api/public/sites/:identifier/...`), for the platform's endpoints and for
 * plugins. Visitors have no read access to sites or versions, so this reads
 * with access control skipped and returns only public fields (the owner's id
 * is for server-side use, e.g. host names; never send it).
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ID } from '../access/ids'

import { relationId } from '../access/ids'

export type PublishedSite = { id: number; identifier: string; name: string; owner?: number; publishedAt?: string | null }
export type PublishedVersion = { id: ID; versionNumber?: number | null; configSnapshot?: unknown }

/**
 * The identifier a route parameter names, or undefined when it cannot name a
 * site. Payload hands route parameters over decoded already; decoding again
 * would read `%2541` as `A` and throw on `%25E0` (a 500), so this never does.
 */
export const parseSiteIdentifier = (raw: unknown): string | undefined => {
  if (typeof raw !== 'string') return undefined
  const identifier = raw.trim().toLowerCase()
  return identifier && identifier.length <= 63 ? identifier : undefined
}

/** A request, or outside one (a page, a job) just the Payload instance. */
type Caller = PayloadRequest | { payload: Payload; transactionID?: undefined }

/** The published site called `raw` (a route parameter), with its published version when asked; undefined if there is none. */
export async function findPublishedSite(
  req: Caller,
  raw: unknown,
  options: { withVersion: true },
): Promise<(PublishedSite & { version: PublishedVersion }) | undefined>
export async function findPublishedSite(req: Caller, raw: unknown, options?: { withVersion?: false }): Promise<PublishedSite | undefined>
export async function findPublishedSite(caller: Caller, raw: unknown, { withVersion = false }: { withVersion?: boolean } = {}) {
  const { payload } = caller
  const req = 'headers' in caller ? caller : undefined
  const identifier = parseSiteIdentifier(raw)
  if (!identifier) return undefined
  const found = await payload.find({
    collection: 'sites',
    // A site its owner has not launched is not public yet.
    where: { and: [{ identifier: { equals: identifier } }, { publishedVersion: { exists: true } }] },
    select: { identifier: true, name: true, owner: true, publishedVersion: true, publishedAt: true },
    limit: 1,
    depth: 0,
    overrideAccess: true, // visitors cannot read sites; this selects only the published site's public fields and the owner's id
    req,
  })
  const doc = found.docs[0]
  if (!doc) return undefined
  const site: PublishedSite = {
    id: doc.id,
    identifier: doc.identifier,
    name: doc.name,
    owner: typeof doc.owner === 'object' ? doc.owner?.id : (doc.owner ?? undefined),
    publishedAt: doc.publishedAt ?? null,
  }
  if (!withVersion) return site
  const versionId = relationId(doc.publishedVersion)
  if (versionId === undefined) return undefined
  const versions = await payload.find({
    collection: 'site-versions',
    where: { and: [{ id: { equals: versionId } }, { site: { equals: doc.id } }] },
    select: { configSnapshot: true, versionNumber: true },
    limit: 1,
    depth: 0,
    overrideAccess: true, // only the snapshot the site publishes, matched to that site
    req,
  })
  const version = versions.docs[0]
  if (!version) return undefined
  return { ...site, version: { id: version.id, versionNumber: version.versionNumber ?? null, configSnapshot: version.configSnapshot } }
}
