/**
 * Pure: turns a section type's JSON Schema (from GET /api/sites/config-schema)
 * into descriptors the editor draws as inputs, and builds a new section's
 * starting value. Recognised shapes: `{pl,en}` texts, `{mediaId, alt?}` images,
 * enums, booleans, numbers, strings, ids (string or integer), arrays and objects;
 * anything else is edited as JSON.
 */
export type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  anyOf?: JsonSchema[]
  minItems?: number
  minimum?: number
  maximum?: number
  format?: string
}

export type FieldDescriptor =
  | { kind: 'localized'; multiline: boolean }
  | { kind: 'media' }
  | { kind: 'text'; format?: string }
  | { kind: 'id'; component: boolean }
  | { kind: 'number'; integer: boolean; min?: number; max?: number }
  | { kind: 'boolean' }
  | { kind: 'select'; options: string[] }
  | { kind: 'list'; of: 'text' | 'id' }
  | { kind: 'array'; item: FieldDescriptor; minItems: number }
  | { kind: 'object'; fields: NamedField[] }
  | { kind: 'json' }

export type NamedField = { name: string; required: boolean; field: FieldDescriptor }

/** Texts long enough for a textarea. */
const MULTILINE = new Set(['body', 'description', 'intro', 'bio', 'text', 'content', 'address'])
/** Keys every section has, edited by the section card itself, not its form. */
const SECTION_KEYS = new Set(['type', 'id', 'hidden'])

const typesOf = (schema: JsonSchema): string[] => (Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [])

const isLocalized = (schema: JsonSchema): boolean => {
  const keys = Object.keys(schema.properties ?? {})
  return keys.length === 2 && keys.includes('pl') && keys.includes('en') && keys.every((key) => typesOf(schema.properties![key]).includes('string'))
}

const isId = (schema: JsonSchema): boolean => {
  // zod writes string-or-number as `anyOf`, or as `type: ['string', 'number']` when neither has checks.
  const kinds = schema.anyOf ? schema.anyOf.flatMap(typesOf) : typesOf(schema)
  return kinds.length > 1 && kinds.includes('string') && kinds.every((kind) => kind === 'string' || kind === 'integer' || kind === 'number')
}

export const describeField = (name: string, schema: JsonSchema): FieldDescriptor => {
  if (schema.enum?.every((value) => typeof value === 'string')) return { kind: 'select', options: schema.enum as string[] }
  if (isId(schema)) return { kind: 'id', component: name === 'componentId' }
  const types = typesOf(schema)
  if (types.includes('object') || schema.properties) {
    if (isLocalized(schema)) return { kind: 'localized', multiline: MULTILINE.has(name) }
    if (schema.properties?.mediaId) return { kind: 'media' }
    return { kind: 'object', fields: describeFields(schema) }
  }
  if (types.includes('array')) {
    const items = schema.items ?? {}
    if (isId(items)) return { kind: 'list', of: 'id' }
    if (typesOf(items).includes('string') && !items.enum) return { kind: 'list', of: 'text' }
    return { kind: 'array', item: describeField(name, items), minItems: schema.minItems ?? 0 }
  }
  if (types.includes('boolean')) return { kind: 'boolean' }
  if (types.includes('integer') || types.includes('number')) {
    return { kind: 'number', integer: types.includes('integer'), min: schema.minimum, max: schema.maximum }
  }
  if (types.includes('string')) return { kind: 'text', format: schema.format }
  return { kind: 'json' }
}

export const describeFields = (schema: JsonSchema, { skip = new Set<string>() } = {}): NamedField[] =>
  Object.entries(schema.properties ?? {})
    .filter(([name]) => !skip.has(name))
    .map(([name, property]) => ({ name, required: (schema.required ?? []).includes(name), field: describeField(name, property) }))

/** The fields of a section type's form (type, id and hidden are the card's). */
export const describeSection = (schema: JsonSchema): NamedField[] => describeFields(schema, { skip: SECTION_KEYS })

/**
 * The starting value of a required field: empty texts for the owner to fill
 * (saving them empty names the path as "Required"), one item for a list that
 * needs one; `undefined` for a field that may stay absent.
 */
export const emptyValue = (field: FieldDescriptor): unknown => {
  switch (field.kind) {
    case 'localized':
      return { pl: '', en: '' }
    case 'text':
      return ''
    case 'boolean':
      return false
    case 'array':
      return Array.from({ length: field.minItems }, () => emptyValue(field.item))
    case 'list':
      return []
    case 'object':
      return Object.fromEntries(field.fields.filter((item) => item.required).map((item) => [item.name, emptyValue(item.field)]))
    case 'select':
      return field.options[0]
    default:
      return undefined
  }
}

/** A section id a navigation anchor may point at (`[a-z0-9-]`), unique among `taken`. */
export const newSectionId = (type: string, taken: readonly unknown[]): string => {
  const base =
    type
      .replace(/([a-z])([A-Z])/g, '$1-$2')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  let id = base
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`
  return id
}

/** A new section of `type`: its required fields empty, ready for the form. */
export const newSection = (type: string, schema: JsonSchema, takenIds: readonly unknown[]): Record<string, unknown> => {
  const section: Record<string, unknown> = { type, id: newSectionId(type, takenIds) }
  for (const item of describeSection(schema)) {
    if (!item.required) continue
    const value = emptyValue(item.field)
    if (value !== undefined) section[item.name] = value
  }
  return section
}
