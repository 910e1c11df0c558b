/**
 * Publishing: snapshot a configuration as the site's next version and make it
 * the published one. Used by the publish and restore endpoints after they have
 * checked the caller.
 *
 * Numbering is safe under concurrent publishes of one site: each attempt runs
 * in its own transaction that first writes the site row (so PostgreSQL holds a
 * row lock and concurrent publishes of the same site queue up behind it), then
 * reads the latest number and inserts the next. The unique (site, versionNumber)
 * index is the backstop: should two attempts still collide (another database,
 * a write conflict), the loser's transaction is rolled back and retried.
 */
import type { PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

import { relationId, type ID } from '../access/ids'
import { inTransaction } from '../db/transaction'
import { syncUsagesOfKind } from '../media/syncMediaUsages'
import { requestLocale } from '../i18n/requestLocale'
import { configRefusal } from './configErrors'
import { validateTemplateConfig } from './templateConfig'

const MAX_ATTEMPTS = 12
/** How many entries the site's `versionHistory` summary keeps (the full list is the site-versions collection). */
export const HISTORY_LENGTH = 50

export type VersionSummary = { id: ID; versionNumber: number; createdAt: string; createdBy: ID | null; note: string | null }

const isUniqueViolation = (error: unknown): boolean => {
  if (error instanceof ValidationError) {
    return (error.data?.errors ?? []).some((e: { tableName?: string; path?: string }) =>
      [e.tableName, e.path].some((v) => typeof v === 'string' && /site_versions|versionNumber|version_number|site/.test(v)),
    )
  }
  const code = (error as { code?: unknown; cause?: { code?: unknown } })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code
  // PostgreSQL unique violation / serialization failure / deadlock; MongoDB duplicate key / write conflict.
  return code === '23505' || code === '40001' || code === '40P01' || code === 11000 || code === 112
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const publishSite = async ({
  req,
  siteId,
  config,
  note,
  restoredFrom,
  makeDraft = false,
}: {
  req: PayloadRequest
  siteId: ID
  /** The configuration to publish (the site's current draft, or an old snapshot when restoring). */
  config: unknown
  note?: string
  /** The version number restored (the admin says "Restored from version N" in its reader's language). */
  restoredFrom?: number
  /** Also make `config` the site's draft (restoring). */
  makeDraft?: boolean
}) => {
  const checked = validateTemplateConfig(config, { lang: requestLocale(req) })
  if (!checked.ok) throw configRefusal({ req, field: 'templateConfig', issues: checked.issues, action: 'publish' })
  for (let attempt = 1; ; attempt++) {
    try {
      return await inTransaction(req, async () => {
        const publishedAt = new Date().toISOString()
        // The caller may publish this site (checked by the endpoint); publishedVersion and versionHistory
        // are platform bookkeeping no API user may write, so these writes skip access control.
        // Writing the row first takes its lock for the rest of the transaction (see the top of the file).
        await req.payload.update({
          collection: 'sites',
          id: siteId,
          data: { publishedAt, ...(makeDraft ? { templateConfig: config as Record<string, unknown> } : {}) },
          overrideAccess: true, // the endpoint checked the caller may publish; publishedAt is platform bookkeeping
          depth: 0,
          req,
        })
        const version = await req.payload.create({
          collection: 'site-versions',
          data: { site: siteId as number, configSnapshot: config as Record<string, unknown>, note: note || undefined, restoredFrom },
          overrideAccess: true, // versions are written only by publishing (checked by the endpoint)
          depth: 0,
          req,
        })
        const latest = await req.payload.find({
          collection: 'site-versions',
          where: { site: { equals: siteId } },
          sort: '-versionNumber',
          limit: HISTORY_LENGTH,
          depth: 0,
          overrideAccess: true, // the site's own version list, for its history
          select: { versionNumber: true, createdAt: true, createdBy: true, note: true },
          req,
        })
        const versionHistory: VersionSummary[] = latest.docs.map((doc) => ({
          id: doc.id,
          versionNumber: doc.versionNumber ?? 0,
          createdAt: doc.createdAt,
          createdBy: (typeof doc.createdBy === 'object' ? doc.createdBy?.id : doc.createdBy) ?? null,
          note: doc.note ?? null,
        }))
        const site = await req.payload.update({
          collection: 'sites',
          id: siteId,
          data: { publishedVersion: version.id, versionHistory },
          overrideAccess: true, // publishedVersion and versionHistory are platform bookkeeping no API user may write
          depth: 0,
          req,
        })
        // The published snapshot's files: visitors may load them, and they cannot be deleted while shown.
        await syncUsagesOfKind({
          req,
          siteId,
          config,
          usageType: 'publishedVersion',
          userId: req.user?.id ?? (relationId(site.owner) as number),
        })
        return { version, site }
      })
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(error)) throw error
      await sleep(Math.random() * 20 * attempt)
    }
  }
}
