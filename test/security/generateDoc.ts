/**
 * Makes a document of any collection from its field config alone, so the
 * whole-config access test covers collections it has never heard of (a new
 * plugin's included). Only required fields get values; relationships to sites
 * and users point at the tenant's own, other relationships at a generated
 * document of the same site. Created through the Local API without
 * access, as trusted setup code (a seed) would.
 */
import type { CollectionSlug, Field, Payload, SanitizedCollectionConfig } from 'payload'

import { randomBytes } from 'node:crypto'
import sharp from 'sharp'

export type Owner = { siteId: number; userId: number }
type Doc = Record<string, unknown> & { id: number | string }

const token = () => randomBytes(4).toString('hex')

const collectionOf = (payload: Payload, slug: string): SanitizedCollectionConfig => {
  const found = payload.config.collections.find((collection) => collection.slug === slug)
  if (!found) throw new Error(`No collection ${slug}`)
  return found
}

const text = (field: { minLength?: number; maxLength?: number }) => {
  const value = `gen-${token()}`
  const long = value.padEnd(Math.max(field.minLength ?? 0, value.length), 'x')
  return field.maxLength ? long.slice(0, field.maxLength) : long
}

const valueFor = async (payload: Payload, field: Field, owner: Owner, depth: number): Promise<unknown> => {
  switch (field.type) {
    case 'text':
    case 'textarea':
      return text(field)
    case 'code':
      // Code fields may be compiled on save: a module that is valid JS, TS and TSX alike.
      return `export default function Generated() { return null } // ${token()}\n`
    case 'email':
      return `gen-${token()}@example.test`
    case 'number':
      return field.min ?? (field.max !== undefined && field.max < 1 ? field.max : 1)
    case 'checkbox':
      return false
    case 'date':
      return new Date().toISOString()
    case 'select':
    case 'radio': {
      const first = field.options[0]
      const value = typeof first === 'string' ? first : first.value
      return field.type === 'select' && field.hasMany ? [value] : value
    }
    case 'json':
      return {}
    case 'point':
      return [0, 0]
    case 'group':
      return fieldsData(payload, field.fields, owner, depth)
    case 'array':
      return field.minRows ? await Promise.all(Array.from({ length: field.minRows }, () => fieldsData(payload, field.fields, owner, depth))) : []
    case 'relationship':
    case 'upload': {
      const target = Array.isArray(field.relationTo) ? field.relationTo[0] : field.relationTo
      const id = target === 'sites' ? owner.siteId : target === 'users' ? owner.userId : (await generateDoc(payload, target, owner, depth + 1)).id
      const one = Array.isArray(field.relationTo) ? { relationTo: target, value: id } : id
      return 'hasMany' in field && field.hasMany ? [one] : one
    }
    default:
      return undefined
  }
}

const fieldsData = async (payload: Payload, fields: Field[], owner: Owner, depth: number): Promise<Record<string, unknown>> => {
  const data: Record<string, unknown> = {}
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') Object.assign(data, await fieldsData(payload, field.fields, owner, depth))
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabData = await fieldsData(payload, tab.fields, owner, depth)
        if ('name' in tab && tab.name) data[tab.name] = tabData
        else Object.assign(data, tabData)
      }
    } else if ('name' in field && (('required' in field && field.required) || field.name === 'site' || field.type === 'group')) {
      const value = await valueFor(payload, field, owner, depth)
      if (value !== undefined) data[field.name] = value
    }
  }
  return data
}

/** The data `generateDoc` would write, for an API create body. */
export const generateData = async (payload: Payload, slug: string, owner: Owner, depth = 0): Promise<Record<string, unknown>> => {
  if (depth > 4) throw new Error(`Relationships nest too deep at ${slug}`)
  return fieldsData(payload, collectionOf(payload, slug).fields, owner, depth)
}

/** A real small image for upload collections (they refuse a create without a file). */
export const imageFile = async () => {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: `#${token().slice(0, 6)}` } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name: `gen-${token()}.png`, size: data.length }
}

/**
 * Through the Local API as trusted setup code, so hooks fill defaults and derived fields. A collection whose
 * hooks hold business rules this generator cannot know (a host to choose, a source to compile) gets the row
 * written by the database adapter instead, which is what such a document is in storage.
 */
export const generateDoc = async (payload: Payload, slug: string, owner: Owner, depth = 0): Promise<Doc> =>
  storeDoc(payload, slug, await generateData(payload, slug, owner, depth))

/** Stores data made by `generateData` the way `generateDoc` does (for a caller that had to look at it first). */
export const storeDoc = async (payload: Payload, slug: string, data: Record<string, unknown>): Promise<Doc> => {
  const collection = collectionOf(payload, slug)
  const file = collection.upload ? await imageFile() : undefined
  try {
    const created = await payload.create({ collection: slug as CollectionSlug, data, file, overrideAccess: true, depth: 0 } as Parameters<Payload['create']>[0])
    return created as unknown as Doc
  } catch {
    const customId = collection.flattenedFields.some((field) => field.name === 'id')
    const row = await payload.db.create({ collection: slug as CollectionSlug, data: customId ? { ...data, id: `gen-${token()}` } : data })
    return row as unknown as Doc
  }
}
