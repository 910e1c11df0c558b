/**
 * What a staff write changed, field by field: captured when the entry is written (`captureChanges`, server)
 * and labelled for reading (`describeChanges`, the admin): "Nazwa: stara → nowa". Pure functions over a
 * minimal field shape that both Payload's server fields and the admin's client fields satisfy.
 */
import { formatDateTime, polishPlural, type Lang } from '../i18n/format'

/** One changed top-level field. Secret or hidden fields keep no values (`redacted`). */
export type AuditChange = { field: string; before?: unknown; after?: unknown; redacted?: true }

/** A value too big to keep in the log (a whole site configuration): only its kind and size. */
export type LargeValue = { $large: 'object' | 'array'; items: number }

type Label = string | Record<string, string> | false | ((...args: never[]) => unknown) | undefined

/** The part of a Payload field these functions read (server `Field` and admin `ClientField` both fit). */
export type FieldLike = {
  name?: string
  type: string
  label?: Label
  hidden?: boolean
  access?: { read?: unknown }
  options?: readonly (string | { value: string; label?: Label })[]
  hasMany?: boolean
  /** A relationship's or upload's collection(s). */
  relationTo?: string | readonly string[]
  fields?: readonly FieldLike[]
  tabs?: readonly { name?: string; fields: readonly FieldLike[] }[]
}

const IGNORED = new Set(['updatedAt', 'createdAt', 'id', '_status'])
const SECRET = /hash|salt|token|secret|password|apikey|sessions/i
export const MAX_KEPT_JSON = 2000

/** The named field `name` among `fields`, looking through rows, collapsibles and unnamed tabs. */
export const findField = (fields: readonly FieldLike[], name: string): FieldLike | undefined => {
  for (const field of fields) {
    if (field.name === name) return field
    if (!field.name && field.fields) {
      const found = findField(field.fields, name)
      if (found) return found
    }
    if (field.type === 'tabs' && field.tabs) {
      for (const tab of field.tabs) {
        if (tab.name === name) return { name: tab.name, type: 'group', fields: tab.fields }
        if (!tab.name) {
          const found = findField(tab.fields, name)
          if (found) return found
        }
      }
    }
  }
  return undefined
}

const isSecret = (name: string, field: FieldLike | undefined) => SECRET.test(name) || Boolean(field?.hidden) || Boolean(field?.access?.read)

const compact = (value: unknown): unknown => {
  if (value === undefined) return null
  if (value && typeof value === 'object') {
    const json = JSON.stringify(value)
    if (json.length > MAX_KEPT_JSON) {
      return { $large: Array.isArray(value) ? 'array' : 'object', items: Array.isArray(value) ? value.length : Object.keys(value).length } satisfies LargeValue
    }
  }
  if (typeof value === 'string' && value.length > MAX_KEPT_JSON) return `${value.slice(0, MAX_KEPT_JSON)}…`
  return value
}

/**
 * A relationship's stored value is an id, or the related document at depth > 0: keep its id. A polymorphic one
 * (`{ relationTo, value }`) keeps its collection too, so the reader can be shown the record's title.
 */
const relationValue = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(relationValue)
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    return { relationTo: (value as { relationTo: unknown }).relationTo, value: relationValue((value as { value: unknown }).value) }
  }
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id
  if (value && typeof value === 'object' && 'value' in value) return relationValue((value as { value: unknown }).value)
  return value
}

/**
 * The top-level fields whose value differs between `before` and `after` (timestamps left out), with both values
 * (large ones summarised, secret and hidden ones redacted). `before` is undefined for a create.
 */
export const captureChanges = ({
  before,
  after,
  fields,
}: {
  before: Record<string, unknown> | undefined
  after: Record<string, unknown>
  fields: readonly FieldLike[]
}): AuditChange[] => {
  const names = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])].filter((name) => !IGNORED.has(name))
  const changes: AuditChange[] = []
  for (const name of names) {
    const field = findField(fields, name)
    const relational = field?.type === 'relationship' || field?.type === 'upload'
    const was = relational ? relationValue(before?.[name]) : before?.[name]
    const is = relational ? relationValue(after[name]) : after[name]
    if (JSON.stringify(was ?? null) === JSON.stringify(is ?? null)) continue
    if (!field && !(name in after)) continue
    if (isSecret(name, field)) changes.push({ field: name, redacted: true })
    else changes.push({ field: name, before: before ? compact(was) : null, after: compact(is) })
  }
  return changes
}

/** A label in the reader's language: `{ en, pl }`, plain text, or the field's name made readable. */
export const labelText = (label: Label, lang: Lang, fallback: string): string => {
  if (typeof label === 'string' && label) return label
  if (label && typeof label === 'object') return label[lang] ?? label.en ?? Object.values(label)[0] ?? fallback
  const words = fallback
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const EMPTY = { pl: '(puste)', en: '(empty)' }
const DELETED = { pl: '(usunięty)', en: '(deleted)' }
const RECORD = { pl: '(rekord)', en: '(a record)' }

/** Titles of related records, by collection slug and id, as the reader may read them (loaded per page of entries). */
export type RelationTitles = Record<string, Record<string, string>>

/** What formatting relationship values needs: the titles found, and where the admin's record pages are. */
export type RelationContext = { titles: RelationTitles; adminRoute?: string }

/** A related record a stored value points to. */
export type RelationRef = { collection: string; id: string }

/** One piece of a value as shown: text, a link to a record when it is one. */
export type ValuePart = { text: string; href?: string }

const isRelational = (field: FieldLike | undefined) => field?.type === 'relationship' || field?.type === 'upload'

/** The records one stored relationship value points to (a single collection's ids, or polymorphic pairs). */
const refsOf = (value: unknown, field: FieldLike): RelationRef[] =>
  (Array.isArray(value) ? value : [value]).flatMap((item): RelationRef[] => {
    if (item && typeof item === 'object' && 'relationTo' in item && 'value' in item) {
      const { relationTo, value: id } = item as { relationTo: unknown; value: unknown }
      return typeof relationTo === 'string' && (typeof id === 'string' || typeof id === 'number') ? [{ collection: relationTo, id: String(id) }] : []
    }
    if (typeof field.relationTo === 'string' && (typeof item === 'string' || typeof item === 'number'))
      return [{ collection: field.relationTo, id: String(item) }]
    return []
  })

/** Every related record an entry's relationship changes name (before and after), without repeats. */
export const relationRefs = (changes: readonly AuditChange[], fields: readonly FieldLike[]): RelationRef[] => {
  const seen = new Map<string, RelationRef>()
  for (const change of changes) {
    const field = findField(fields, change.field)
    if (change.redacted || !field || !isRelational(field)) continue
    for (const ref of [...refsOf(change.before, field), ...refsOf(change.after, field)]) seen.set(`${ref.collection}:${ref.id}`, ref)
  }
  return [...seen.values()]
}

/** A relationship value as titled links ("Anna Kowalska Coaching"), "(usunięty)" for a record that is gone. */
export const relationParts = (value: unknown, field: FieldLike, lang: Lang, relations: RelationContext | undefined): ValuePart[] =>
  (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]).map((item): ValuePart => {
    // An older entry's polymorphic value kept only the id: the collection is unknown, so is the title.
    const [ref] = refsOf(item, field)
    if (!ref) return { text: RECORD[lang] }
    const title = relations?.titles[ref.collection]?.[ref.id]
    if (title === undefined) return { text: DELETED[lang] }
    return { text: title, href: `${relations?.adminRoute ?? '/admin'}/collections/${encodeURIComponent(ref.collection)}/${encodeURIComponent(ref.id)}` }
  })

/** Plain text of a Lexical rich-text value (paragraph texts joined). */
const richTextPlain = (value: unknown): string => {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children, type } = node as { text?: unknown; children?: unknown[]; type?: string }
    if (typeof text === 'string') return text
    const inner = Array.isArray(children) ? children.map(walk).join('') : ''
    return type === 'paragraph' || type === 'heading' || type === 'listitem' ? `${inner} ` : inner
  }
  return walk((value as { root?: unknown })?.root).trim()
}

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

const isLarge = (value: unknown): value is LargeValue => Boolean(value && typeof value === 'object' && '$large' in value)

/** One stored value as a reader sees it: option labels, dates in Warsaw time, yes/no, counts for lists. */
export const formatValue = (value: unknown, field: FieldLike | undefined, lang: Lang, relations?: RelationContext): string => {
  const pl = lang === 'pl'
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY[lang]
  if (isLarge(value)) {
    return value.$large === 'array'
      ? `${value.items} ${pl ? polishPlural(value.items, { one: 'element', few: 'elementy', many: 'elementów' }) : value.items === 1 ? 'item' : 'items'}`
      : pl
        ? '(złożona wartość)'
        : '(structured value)'
  }
  switch (field?.type) {
    case 'checkbox':
      return value ? (pl ? 'tak' : 'yes') : pl ? 'nie' : 'no'
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? formatDateTime(value, lang) : String(value)
    case 'select':
    case 'radio': {
      const one = (item: unknown) => {
        const option = field.options?.find((candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === item)
        return option && typeof option === 'object' ? labelText(option.label, lang, String(item)) : String(item)
      }
      return Array.isArray(value) ? value.map(one).join(', ') : one(value)
    }
    case 'relationship':
    case 'upload':
      return relationParts(value, field, lang, relations)
        .map((part) => part.text)
        .join(', ')
    case 'richText':
      return shorten(richTextPlain(value)) || EMPTY[lang]
    default:
      break
  }
  if (Array.isArray(value)) {
    return `${value.length} ${pl ? polishPlural(value.length, { one: 'element', few: 'elementy', many: 'elementów' }) : value.length === 1 ? 'item' : 'items'}`
  }
  if (typeof value === 'object') return pl ? '(złożona wartość)' : '(structured value)'
  return shorten(String(value))
}

export type DescribedChange = {
  field: string
  label: string
  before?: string
  after?: string
  /** For a relationship: the related records as titles with links (an empty value has none). */
  beforeParts?: ValuePart[]
  afterParts?: ValuePart[]
  redacted: boolean
}

/**
 * Stored changes labelled for the reader: "Nazwa", "stara" → "nowa"; redacted ones say only that they changed.
 * Relationship values show the related records' titles from `relations` (see loadRelationTitles), never their ids.
 */
export const describeChanges = (changes: readonly AuditChange[], fields: readonly FieldLike[], lang: Lang, relations?: RelationContext): DescribedChange[] =>
  changes.map((change) => {
    const field = findField(fields, change.field)
    const label = labelText(field?.label, lang, change.field)
    if (change.redacted) return { field: change.field, label, redacted: true }
    const described: DescribedChange = {
      field: change.field,
      label,
      before: formatValue(change.before, field, lang, relations),
      after: formatValue(change.after, field, lang, relations),
      redacted: false,
    }
    if (field && isRelational(field)) {
      described.beforeParts = relationParts(change.before, field, lang, relations)
      described.afterParts = relationParts(change.after, field, lang, relations)
    }
    return described
  })

/** "Nazwa: stara → nowa; Aktywne: tak → nie" (redacted: "Hasło: zmieniono"); for a new record only the values: "Nazwa: nowa". */
export const changesLine = (described: readonly DescribedChange[], lang: Lang, { created = false }: { created?: boolean } = {}): string =>
  described
    .map((change) =>
      change.redacted
        ? `${change.label}: ${lang === 'pl' ? 'zmieniono' : 'changed'}`
        : created
          ? `${change.label}: ${change.after}`
          : `${change.label}: ${change.before} → ${change.after}`,
    )
    .join('; ')

/** Reads the stored `changes` value defensively (older entries have none; the JSON column holds anything). */
export const readChanges = (value: unknown): AuditChange[] =>
  Array.isArray(value)
    ? value.filter((item): item is AuditChange => Boolean(item && typeof item === 'object' && typeof (item as AuditChange).field === 'string'))
    : []
