/**
 * Same-site relationships: a record of site A may point only at records of
 * site A in other site-scoped collections (a booking's client, a session's
 * event). Checked on create and on update, for every relationship and upload
 * field at any depth, whatever the caller; enforced in the hook (all adapters)
 * and mirrored in the admin pickers' filterOptions.
 */
import type { CollectionBeforeChangeHook, Field, FilterOptions, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import { relationId, sameId, type ID } from '../access/ids'
import { labelIn } from '../audit/auditSentence'
import { requestLocale, say } from '../i18n/requestLocale'
import { t } from '../i18n/labels'
import { fieldLabel } from '../sites/configLabels'

/** `label`: the field's own label (`{ en, pl }`), to name it to the owner. */
type Reference = { field: string; relationTo: string; id: ID; label?: unknown }

const hasSiteField = (req: PayloadRequest, slug: string): boolean => {
  if (slug === 'sites') return false
  const collection = req.payload.config.collections.find((candidate) => candidate.slug === slug)
  return Boolean(collection?.fields.some((field) => 'name' in field && field.name === 'site' && field.type === 'relationship' && field.relationTo === 'sites'))
}

const referencesIn = (value: unknown, relationTo: string | string[], field: string, label?: unknown): Reference[] => {
  const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
  return values.flatMap((item): Reference[] => {
    if (Array.isArray(relationTo)) {
      const { relationTo: target, value: inner } = (item ?? {}) as { relationTo?: string; value?: unknown }
      const id = relationId(inner)
      return target && id !== undefined ? [{ field, relationTo: target, id, label }] : []
    }
    const id = relationId(item)
    return id !== undefined ? [{ field, relationTo, id, label }] : []
  })
}

/** Every relationship/upload value in `data`, following groups, arrays, blocks, rows, collapsibles and tabs. */
export const collectReferences = (fields: Field[], data: Record<string, unknown> | undefined, prefix = ''): Reference[] => {
  if (!data) return []
  return fields.flatMap((field): Reference[] => {
    const named = 'name' in field ? field.name : undefined
    const path = named ? `${prefix}${named}` : prefix
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return named && named !== 'site' ? referencesIn(data[named], field.relationTo, path, field.label) : []
      case 'group':
        return named ? collectReferences(field.fields, data[named] as Record<string, unknown>, `${path}.`) : collectReferences(field.fields, data, prefix)
      case 'array':
        return ((data[field.name] as Record<string, unknown>[] | undefined) ?? []).flatMap((row, index) =>
          collectReferences(field.fields, row, `${path}.${index}.`),
        )
      case 'blocks':
        return ((data[field.name] as Record<string, unknown>[] | undefined) ?? []).flatMap((row, index) => {
          const block = field.blocks.find((candidate) => candidate.slug === row?.blockType)
          return block ? collectReferences(block.fields, row, `${path}.${index}.`) : []
        })
      case 'row':
      case 'collapsible':
        return collectReferences(field.fields, data, prefix)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? collectReferences(tab.fields, data[tab.name] as Record<string, unknown>, `${prefix}${tab.name}.`)
            : collectReferences(tab.fields, data, prefix),
        )
      default:
        return []
    }
  })
}

export const sameSiteRelations: CollectionBeforeChangeHook = async ({ req, data, originalDoc, collection }) => {
  const siteId = relationId(data.site ?? originalDoc?.site)
  if (siteId === undefined) return data
  // When the record moves to another site, what it already points at must follow; otherwise only what is sent.
  const moved = originalDoc !== undefined && data.site !== undefined && !sameId(data.site, originalDoc.site)
  const references = collectReferences(collection.fields, moved ? { ...originalDoc, ...data } : data).filter((ref) => hasSiteField(req, ref.relationTo))
  const byCollection = new Map<string, Reference[]>()
  for (const ref of references) byCollection.set(ref.relationTo, [...(byCollection.get(ref.relationTo) ?? []), ref])
  for (const [slug, refs] of byCollection) {
    // Trusted read of the referenced records' site only; the answer never tells whether a record of another site exists.
    const found = await req.payload.find({
      collection: slug as 'clients',
      where: { id: { in: refs.map((ref) => ref.id) } },
      select: { site: true },
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: reads only the referenced records' site; the error never tells whether another site's record exists
      req,
    })
    const sites = new Map(found.docs.map((doc) => [String(doc.id), doc.site]))
    const stray = refs.find((ref) => !sameId(relationId(sites.get(String(ref.id))), siteId))
    if (stray) {
      const lang = requestLocale(req)
      const name = labelIn(stray.label, lang, fieldLabel(stray.field.split('.').pop() ?? stray.field, lang))
      const message = say(
        req,
        t(`"${name}" must be a record of this site: choose one from the list.`, `Pole „${name}” musi wskazywać rekord z tej strony – wybierz go z listy.`),
      )
      throw new APIError(message, 400, [{ path: stray.field, message }])
    }
  }
  return data
}

/** Admin pickers of site-scoped targets offer only records of the record's own site. */
const sameSiteFilter =
  (own?: FilterOptions): FilterOptions =>
  async (args) => {
    const base = typeof own === 'function' ? await own(args) : (own ?? true)
    const siteId = relationId((args.data as Record<string, unknown> | undefined)?.site)
    if (base === false || siteId === undefined || !hasSiteField(args.req, args.relationTo)) return base
    const scope: Where = { site: { equals: siteId } }
    return base === true ? scope : { and: [base, scope] }
  }

/** Adds the same-site filter to the relationship and upload fields of a collection (top level and nested). */
export const sameSiteOptions = (fields: Field[]): Field[] =>
  fields.map((field): Field => {
    switch (field.type) {
      case 'relationship':
      case 'upload':
        return field.relationTo === 'sites' || field.relationTo === 'users'
          ? field
          : ({ ...field, filterOptions: sameSiteFilter(field.filterOptions) } as Field)
      case 'group':
      case 'array':
      case 'row':
      case 'collapsible':
        return { ...field, fields: sameSiteOptions(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: sameSiteOptions(tab.fields) })) }
      default:
        return field
    }
  })
