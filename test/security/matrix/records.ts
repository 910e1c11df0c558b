/** Trusted reads of what is really stored, and the relationship fields the cross-site checks aim at. */
import type { Field, Payload, SanitizedCollectionConfig } from 'payload'

import type { ID } from './doors'

type Row = Record<string, unknown> & { id: ID }

export const stored = async (payload: Payload, slug: string, id: ID): Promise<Row | null> =>
  (await payload.db.findOne({ collection: slug as 'clients', where: { id: { equals: id } } })) as Row | null

/** Ids of a collection's records in a site, sorted, to compare before and after a request. */
export const idsInSite = async (payload: Payload, slug: string, siteId: ID): Promise<string[]> => {
  const found = await payload.db.find({ collection: slug as 'clients', where: { site: { equals: siteId } }, pagination: false, limit: 0 })
  return found.docs.map((doc) => String(doc.id)).sort()
}

/** A collection's unique constraints: each unique field, and each unique compound index of its config (`indexes`). */
export const uniqueKeys = (collection: SanitizedCollectionConfig): string[][] => [
  ...collection.flattenedFields.filter((field) => 'unique' in field && field.unique === true).map((field) => [field.name]),
  ...(collection.indexes ?? []).filter((index) => index.unique === true).map((index) => index.fields),
]

const valueAt = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), data)

/**
 * Deletes the records of a site that `data` would clash with on a unique constraint (one record per site, one per
 * site and language, …), so a create of `data` is answered on its access, not refused as a duplicate. Only
 * constraints that include the site and whose every value `data` sets plainly count: those the generator fills at
 * random (an email, a name) never clash, so other records, and other sites', are left alone.
 */
export const clearClashes = async (payload: Payload, collection: SanitizedCollectionConfig, data: Record<string, unknown>): Promise<void> => {
  for (const key of uniqueKeys(collection)) {
    const values = key.map((path) => valueAt(data, path))
    if (!key.includes('site') || values.some((value) => value === undefined || value === null || typeof value === 'object')) continue
    const where = { and: key.map((path, at) => ({ [path]: { equals: values[at] } })) }
    await payload.db.deleteMany({ collection: collection.slug as 'clients', where })
  }
}

export type Reference = { path: string[]; target: string; hasMany: boolean; polymorphic: boolean }

/** Relationship and upload fields outside arrays and blocks, with the path to set them in a body. */
export const referenceFields = (fields: Field[], prefix: string[] = []): Reference[] =>
  fields.flatMap((field): Reference[] => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        if (field.name === 'site') return []
        return (Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]).map((target) => ({
          path: [...prefix, field.name],
          target,
          hasMany: 'hasMany' in field && field.hasMany === true,
          polymorphic: Array.isArray(field.relationTo),
        }))
      case 'group':
        return 'name' in field && field.name ? referenceFields(field.fields, [...prefix, field.name]) : referenceFields(field.fields, prefix)
      case 'row':
      case 'collapsible':
        return referenceFields(field.fields, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name ? referenceFields(tab.fields, [...prefix, tab.name]) : referenceFields(tab.fields, prefix),
        )
      default:
        return []
    }
  })

/** `body` with `value` at `path` (groups and named tabs are objects in the body). */
export const withValue = (body: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> => {
  const [head, ...rest] = path
  if (!rest.length) return { ...body, [head]: value }
  return { ...body, [head]: withValue((body[head] as Record<string, unknown>) ?? {}, rest, value) }
}

/** Runs the tasks at most `limit` at a time (the machine is shared; the server answers faster than it is asked). */
export const inPool = async <T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> => {
  const results: T[] = new Array(tasks.length)
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++
      results[index] = await tasks[index]()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker))
  return results
}
