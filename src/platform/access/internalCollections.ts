/**
 * Payload adds collections of its own while it sanitizes the config, after
 * every plugin has run, so neither the collections' builders nor the
 * requireAccess guard ever see them. Some come with Payload's default access
 * ("any signed-in user"): edit locks on every operation, preferences on
 * create, migrations on all. This sets the platform's access on each of them,
 * on the sanitized config before Payload starts (access is read from there on
 * every request, REST, GraphQL and Local API alike), and refuses a config in
 * which Payload added one it does not know, so a Payload upgrade cannot bring
 * an open collection in unnoticed.
 */
import type { CollectionConfig, SanitizedConfig } from 'payload'

import { createLocks, deleteLocks, lockInCallersName, LOCKS_COLLECTION, readLocks, updateLocks } from './lockedDocuments'
import { loggedIn, nobody } from './user'

type Access = Required<Pick<NonNullable<CollectionConfig['access']>, 'read' | 'create' | 'update' | 'delete'>>

/**
 * The access each internal collection gets. Preferences keep Payload's own
 * read/update/delete (the caller's own rows); create is any signed-in user,
 * as Payload's field hook writes the row in the caller's name whatever the
 * request says. Migrations and the key-value store are the platform's
 * bookkeeping, used only by trusted code with access overridden.
 */
export const internalAccess = (existing: Pick<CollectionConfig, 'access'> | undefined, slug: string): Access | undefined => {
  switch (slug) {
    case LOCKS_COLLECTION:
      return { read: readLocks, create: createLocks, update: updateLocks, delete: deleteLocks }
    case 'payload-preferences': {
      const own = existing?.access
      if (typeof own?.read !== 'function' || typeof own.update !== 'function' || typeof own.delete !== 'function')
        throw new Error('payload-preferences: Payload no longer scopes preferences to their user; review internalCollections.ts.')
      return { read: own.read, create: loggedIn, update: own.update, delete: own.delete }
    }
    case 'payload-migrations':
    case 'payload-kv':
      return { read: nobody, create: nobody, update: nobody, delete: nobody }
    default:
      return undefined
  }
}

/** The internal collections Payload 3.90 adds (edit locks, preferences, migrations, key-value store), each handled above. */
export const INTERNAL_COLLECTIONS = [LOCKS_COLLECTION, 'payload-preferences', 'payload-migrations', 'payload-kv'] as const

/** Payload names its own collections `payload-*`; the platform's never are. */
export const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

/** Use as `buildConfig({...}).then(secureInternalCollections)`. */
export const secureInternalCollections = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    if (!isPayloadInternal(collection.slug)) continue
    const access = internalAccess(collection, collection.slug)
    if (!access) throw new Error(`Payload added the collection "${collection.slug}", whose access the platform has not set: add it to internalCollections.ts.`)
    Object.assign(collection.access, access)
    if (collection.slug === LOCKS_COLLECTION) collection.hooks.beforeValidate = [...(collection.hooks.beforeValidate ?? []), lockInCallersName]
  }
  return config
}
