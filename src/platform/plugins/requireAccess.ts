/**
 * Payload's default access is "any signed-in user". Every collection of the
 * platform, core or plugin, must say who may read, create, update and delete
 * it; this plugin runs last in payload.config.ts and refuses to build a config
 * in which any collection leaves one of them to the default.
 */
import type { CollectionConfig, Config } from 'payload'

export const OPERATIONS = ['read', 'create', 'update', 'delete'] as const

/** The operations a collection leaves to Payload's default ("any signed-in user"). */
export const missingAccess = (collection: Pick<CollectionConfig, 'access'>): string[] =>
  OPERATIONS.filter((operation) => typeof collection.access?.[operation] !== 'function')

export const requireAccess =
  () =>
  (config: Config): Config => {
    const gaps = (config.collections ?? [])
      .map((collection) => ({ slug: collection.slug, missing: missingAccess(collection) }))
      .filter(({ missing }) => missing.length)
    if (gaps.length) {
      const list = gaps.map(({ slug, missing }) => `${slug} (${missing.join(', ')})`).join('; ')
      throw new Error(`Collections without explicit access: ${list}. Give each an access function per operation, or build it with siteScopedCollection().`)
    }
    return config
  }
