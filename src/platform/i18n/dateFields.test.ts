import type { Field } from 'payload'

import { localDateFormats, withDateFormats } from './dateFields'

test('every date field gets the platform format for its picker, unless it names its own', () => {
  const fields: Field[] = [
    { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'day', type: 'date' },
    { name: 'own', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
    { name: 'group', type: 'group', fields: [{ name: 'inner', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } }] },
    { type: 'tabs', tabs: [{ label: 'A', fields: [{ name: 'tabbed', type: 'date' }] }] },
    { name: 'title', type: 'text' },
  ]
  const [at, day, own, group, tabs, title] = fields.map(withDateFormats) as any[]
  expect(at.admin.date).toEqual({ pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy, HH:mm', timeFormat: 'HH:mm' })
  expect(day.admin.date.displayFormat).toBe('d MMMM yyyy')
  expect(own.admin.date.displayFormat).toBe('yyyy-MM-dd HH:mm')
  expect(group.fields[0].admin.date.displayFormat).toBe('HH:mm')
  expect(tabs.tabs[0].fields[0].admin.date.displayFormat).toBe('d MMMM yyyy')
  expect(title).toEqual(fields[5])
  const config = localDateFormats()({ collections: [{ slug: 'x', fields: [fields[0]] }] } as never)
  expect((config.collections![0].fields[0] as any).admin.date.displayFormat).toBe('d MMMM yyyy, HH:mm')
})
