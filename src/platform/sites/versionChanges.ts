/**
 * Pure: what changed between two site configurations, as an owner reads it (compare versions, the version
 * list's summaries): "Start › Baner główny › Nagłówek (PL): „Witaj” → „Dzień dobry”", an image as its media id
 * (the admin shows a thumbnail), a section added or removed as its name and heading.
 *
 * Sections are matched by their `id` and pages by their `slug`, so adding a section at the top is one added
 * section, not every later section changed; other lists are compared position by position. A section or page
 * that only moved is not a change. Keys are compared alphabetically (the Polish text before the English one).
 */
import type { Lang } from '../i18n/format'
import { polishPlural } from '../i18n/format'
import { labelConfigPath, type SectionLabelOf } from './configLabels'
import { formatPath } from './templateConfig'

/** A value as the admin shows it: a short text, an image (media id), or nothing (absent). */
export type ShownValue = { text: string } | { mediaId: string | number }

export type VersionChange = {
  kind: 'changed' | 'added' | 'removed'
  /** The config path in the version it belongs to (`to`, or `from` for a removal). */
  path: string
  /** "Start › Baner główny › Nagłówek (PL)". */
  label: string
  from?: ShownValue
  to?: ShownValue
}

type Segments = (string | number)[]
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)
const isLocalized = (value: unknown): value is { pl?: unknown; en?: unknown } =>
  isObject(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => key === 'pl' || key === 'en')
const isMedia = (value: unknown): value is { mediaId: string | number; alt?: unknown } =>
  isObject(value) && (typeof value.mediaId === 'string' || typeof value.mediaId === 'number')

const cut = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const quoted = (text: string, lang: Lang) => (lang === 'pl' ? `„${cut(text)}”` : `“${cut(text)}”`)

const localizedText = (value: { pl?: unknown; en?: unknown }, lang: Lang): string | undefined => {
  const own = value[lang]
  const other = value[lang === 'pl' ? 'en' : 'pl']
  return typeof own === 'string' && own.trim() ? own : typeof other === 'string' && other.trim() ? other : undefined
}

/** The name of a thing in a list: a heading, title, name or label. */
const nameOf = (value: Record<string, unknown>, lang: Lang): string | undefined => {
  for (const key of ['heading', 'title', 'name', 'label']) {
    const field = value[key]
    if (typeof field === 'string' && field.trim()) return field
    if (isLocalized(field)) {
      const text = localizedText(field, lang)
      if (text) return text
    }
  }
  return undefined
}

/** How a value reads in one short line. */
export const showValue = (value: unknown, { lang, sectionLabel }: { lang: Lang; sectionLabel?: SectionLabelOf }): ShownValue | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return { text: value === '' ? (lang === 'pl' ? '(pusto)' : '(empty)') : quoted(value, lang) }
  if (typeof value === 'boolean') return { text: value ? (lang === 'pl' ? 'tak' : 'yes') : lang === 'pl' ? 'nie' : 'no' }
  if (typeof value === 'number') return { text: String(value) }
  if (isMedia(value)) return { mediaId: value.mediaId }
  if (isLocalized(value)) {
    const text = localizedText(value, lang)
    return { text: text ? quoted(text, lang) : lang === 'pl' ? '(pusto)' : '(empty)' }
  }
  if (Array.isArray(value)) {
    const n = value.length
    return { text: lang === 'pl' ? `${n} ${polishPlural(n, { one: 'pozycja', few: 'pozycje', many: 'pozycji' })}` : `${n} ${n === 1 ? 'item' : 'items'}` }
  }
  if (isObject(value)) {
    const name = nameOf(value, lang)
    const type = typeof value.type === 'string' ? (sectionLabel?.(value.type)?.[lang] ?? value.type) : undefined
    if (type && name) return { text: `${type}: ${quoted(name, lang)}` }
    if (type || name) return { text: type ?? quoted(name!, lang) }
    return { text: cut(JSON.stringify(value)) }
  }
  return { text: String(value) }
}

/** A list whose items all carry a distinct `key` (sections' `id`, pages' `slug`) is compared item by item by that key. */
const keyOf = (list: unknown[]): string | undefined => {
  for (const key of ['id', 'slug']) {
    const values = list.map((item) => (isObject(item) ? item[key] : undefined))
    if (values.every((value) => typeof value === 'string' && value) && new Set(values).size === values.length) return key
  }
  return undefined
}

const byKey = (x: string, y: string) => (x === 'pl' && y === 'en' ? -1 : x === 'en' && y === 'pl' ? 1 : x < y ? -1 : x > y ? 1 : 0)

type RawChange = { kind: VersionChange['kind']; segments: Segments; from?: unknown; to?: unknown }

const walk = (a: unknown, b: unknown, segments: Segments, out: RawChange[], fromSegments: Segments = segments): void => {
  if (Array.isArray(a) && Array.isArray(b)) {
    const key = a.length && b.length ? (keyOf(a) && keyOf(a) === keyOf(b) ? keyOf(a) : undefined) : undefined
    if (key) {
      const before = new Map(a.map((item, index) => [(item as Record<string, unknown>)[key] as string, index]))
      const after = new Set(b.map((item) => (item as Record<string, unknown>)[key] as string))
      a.forEach((item, index) => {
        if (!after.has((item as Record<string, unknown>)[key] as string)) out.push({ kind: 'removed', segments: [...fromSegments, index], from: item })
      })
      b.forEach((item, index) => {
        const old = before.get((item as Record<string, unknown>)[key] as string)
        if (old === undefined) out.push({ kind: 'added', segments: [...segments, index], to: item })
        else walk(a[old], item, [...segments, index], out, [...fromSegments, old])
      })
      return
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (i >= a.length) out.push({ kind: 'added', segments: [...segments, i], to: b[i] })
      else if (i >= b.length) out.push({ kind: 'removed', segments: [...fromSegments, i], from: a[i] })
      else walk(a[i], b[i], [...segments, i], out, [...fromSegments, i])
    }
    return
  }
  // A text in both languages, or an image, is one value: its change reads as one line.
  if (isObject(a) && isObject(b) && !isMedia(a) && !isMedia(b)) {
    // A stable order whatever order the database kept the keys in: alphabetical, Polish before English.
    for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort(byKey)) {
      if (!(key in b)) out.push({ kind: 'removed', segments: [...fromSegments, key], from: a[key] })
      else if (!(key in a)) out.push({ kind: 'added', segments: [...segments, key], to: b[key] })
      else walk(a[key], b[key], [...segments, key], out, [...fromSegments, key])
    }
    return
  }
  if (isMedia(a) && isMedia(b)) {
    if (String(a.mediaId) !== String(b.mediaId)) out.push({ kind: 'changed', segments, from: a, to: b })
    if (JSON.stringify(a.alt ?? null) !== JSON.stringify(b.alt ?? null)) walk(a.alt ?? {}, b.alt ?? {}, [...segments, 'alt'], out, [...fromSegments, 'alt'])
    return
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ kind: 'changed', segments, from: a, to: b })
}

/** The changes from `from` to `to`, in the order of `to` (removals where they were), labelled in `lang`. */
export const versionChanges = ({
  from,
  to,
  lang,
  sectionLabel,
}: {
  from: unknown
  to: unknown
  lang: Lang
  sectionLabel?: SectionLabelOf
}): VersionChange[] => {
  const raw: RawChange[] = []
  walk(from ?? {}, to ?? {}, [], raw)
  return raw.map((change) => {
    const config = change.kind === 'removed' ? from : to
    return {
      kind: change.kind,
      path: formatPath(change.segments),
      label: labelConfigPath(change.segments, { config, lang, sectionLabel }).label,
      from: showValue(change.from, { lang, sectionLabel }),
      to: showValue(change.to, { lang, sectionLabel }),
    }
  })
}

/** One line for a version list: "Zmieniono 3 elementy: Baner główny › Nagłówek (PL), Motyw › Kolor główny i 1 więcej". */
export const summarizeChanges = (changes: readonly VersionChange[], lang: Lang, { show = 2 }: { show?: number } = {}): string => {
  const n = changes.length
  if (!n) return lang === 'pl' ? 'Bez zmian' : 'No changes'
  const names = [...new Set(changes.map((change) => change.label.split(' › ').slice(-2).join(' › ')))]
  const shown = names.slice(0, show).join(', ')
  const more = names.length - Math.min(show, names.length)
  if (lang === 'pl') {
    const head = `${n} ${polishPlural(n, { one: 'zmiana', few: 'zmiany', many: 'zmian' })}`
    return `${head}: ${shown}${more ? ` i ${more} ${polishPlural(more, { one: 'inna', few: 'inne', many: 'innych' })}` : ''}`
  }
  return `${n} ${n === 1 ? 'change' : 'changes'}: ${shown}${more ? ` and ${more} more` : ''}`
}
