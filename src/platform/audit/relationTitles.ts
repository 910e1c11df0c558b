/**
 * Titles for the related records that audit entries' before/after values name ("Właściciel: Anna Kowalska →
 * Marek Nowak" instead of "#2 → #3"). Added to the entries as they are read (an afterOperation hook on the log),
 * with one query per related collection for the whole page of entries, read with the reader's own access.
 */
import type { CollectionAfterOperationHook, CollectionSlug, Payload, PayloadRequest } from 'payload'

import { langOf, type Lang } from '../i18n/format'
import { labelText, readChanges, relationRefs, type FieldLike, type RelationRef, type RelationTitles } from './changes'

type Entry = { targetCollection?: unknown; changes?: unknown; relationTitles?: RelationTitles }

const collectionConfig = (payload: Payload, slug: string) =>
  (payload.collections as Record<string, { config: Payload['collections'][CollectionSlug]['config'] } | undefined>)[slug]?.config

/** A record's title as the admin shows it: its `useAsTitle` value (a `{pl, en}` one in the reader's language). */
const titleText = (value: unknown, lang: Lang): string | undefined => {
  if (typeof value === 'string' && value.trim()) return value.length > 140 ? `${value.slice(0, 139)}…` : value
  if (typeof value === 'number') return String(value)
  if (value && typeof value === 'object') return titleText((value as Record<string, unknown>)[lang] ?? Object.values(value)[0], lang)
  return undefined
}

/**
 * The titles of `refs`, by collection and id, as `req.user` may read them (a record gone or out of reach has none).
 * A collection without a title field shows its singular label ("Płatność"), never the id.
 */
export const loadRelationTitles = async (req: PayloadRequest, refs: readonly RelationRef[]): Promise<RelationTitles> => {
  const lang = langOf(req.i18n?.language)
  const byCollection = new Map<string, string[]>()
  for (const ref of refs) byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref.id])
  const titles: RelationTitles = {}
  await Promise.all(
    [...byCollection].map(async ([slug, ids]) => {
      const config = collectionConfig(req.payload, slug)
      if (!config) return
      const key = config.admin?.useAsTitle && config.admin.useAsTitle !== 'id' ? config.admin.useAsTitle : undefined
      const found = await req.payload.find({
        collection: slug as CollectionSlug,
        where: { id: { in: ids } },
        depth: 0,
        limit: ids.length,
        pagination: false,
        select: key ? { [key]: true } : { createdAt: true },
        overrideAccess: false,
        user: req.user,
        req,
      })
      const fallback = labelText(config.labels?.singular as never, lang, slug)
      titles[slug] = Object.fromEntries(found.docs.map((doc) => [String(doc.id), (key && titleText((doc as Record<string, unknown>)[key], lang)) || fallback]))
    }),
  )
  return titles
}

/** The log's afterOperation hook: each entry read (a list page or one entry) gets `relationTitles`. */
export const auditRelationTitles: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if ((operation !== 'find' && operation !== 'findByID') || !result || !req.user) return result
  const entries: Entry[] = operation === 'find' ? ((result as { docs?: Entry[] }).docs ?? []) : [result as Entry]
  const fieldsOf = (entry: Entry) =>
    ((typeof entry.targetCollection === 'string' && collectionConfig(req.payload, entry.targetCollection)?.fields) || []) as unknown as FieldLike[]
  const perEntry = entries.map((entry) => relationRefs(readChanges(entry.changes), fieldsOf(entry)))
  if (!perEntry.some((refs) => refs.length)) return result
  const titles = await loadRelationTitles(req, perEntry.flat())
  // Each entry carries only the titles its own values name.
  entries.forEach((entry, index) => {
    const own: RelationTitles = {}
    for (const { collection, id } of perEntry[index]) {
      const title = titles[collection]?.[id]
      if (title !== undefined) own[collection] = { ...own[collection], [id]: title }
    }
    entry.relationTitles = own
  })
  return result
}
