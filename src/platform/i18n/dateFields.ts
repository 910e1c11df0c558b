/**
 * Dates in the admin as people write them: "30 listopada 2026, 14:42" / "30 November 2026, 14:42", on a
 * 24-hour clock. Payload's date fields default to "MMM d, yyy h:mm a" ("lis 30, 2026 2:42 PM"); this pass
 * gives every date field of every collection and global (plugins' included) the platform's format unless
 * the field names its own. date-fns writes it in the admin's language (Polish months in the genitive).
 * `admin.dateFormat` in payload.config.ts does the same for lists and document headers.
 */
import type { Config, Field } from 'payload'

export const DATE_AND_TIME_FORMAT = 'd MMMM yyyy, HH:mm'
export const DATE_FORMAT = 'd MMMM yyyy'
export const TIME_FORMAT = 'HH:mm'

const DISPLAY: Record<string, string> = {
  dayAndTime: DATE_AND_TIME_FORMAT,
  dayOnly: DATE_FORMAT,
  timeOnly: TIME_FORMAT,
  monthOnly: 'LLLL yyyy',
}

/** One field (and the fields inside it) with the platform's date formats filled in where it has none. */
export const withDateFormats = (field: Field): Field => {
  if (field.type === 'date') {
    const date = (field.admin?.date ?? {}) as { pickerAppearance?: string; displayFormat?: string; timeFormat?: string }
    const appearance = date.pickerAppearance ?? 'dayOnly'
    return {
      ...field,
      admin: {
        ...field.admin,
        date: { ...date, displayFormat: date.displayFormat ?? DISPLAY[appearance] ?? DATE_FORMAT, timeFormat: date.timeFormat ?? TIME_FORMAT },
      } as typeof field.admin,
    }
  }
  if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(withDateFormats) })) }
  if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: block.fields.map(withDateFormats) })) }
  if ('fields' in field && Array.isArray(field.fields)) return { ...field, fields: field.fields.map(withDateFormats) } as Field
  return field
}

/** The pass, as a Payload plugin; apply it after the feature plugins so their collections are covered. */
export const localDateFormats =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({ ...collection, fields: collection.fields.map(withDateFormats) })),
    globals: (config.globals ?? []).map((global) => ({ ...global, fields: global.fields.map(withDateFormats) })),
  })
