import { z } from 'zod'

import { localizedText, mediaRef, sectionSchema } from '../../../../src/platform/sites/sectionRegistry'
import { describeSection, emptyValue, newSection, newSectionId, type JsonSchema } from './describeSchema'

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema

const schema = jsonSchema(
  sectionSchema({
    heading: localizedText,
    intro: localizedText.optional(),
    image: mediaRef.optional(),
    componentId: z.union([z.string().min(1), z.number().int().positive()]),
    eventIds: z.array(z.union([z.string(), z.number()])).optional(),
    layout: z.enum(['left', 'right']).optional(),
    showForm: z.boolean().optional(),
    limit: z.number().int().min(1).max(50).optional(),
    email: z.email().optional(),
    items: z.array(z.strictObject({ title: localizedText, photo: mediaRef.optional(), name: z.string() })).min(1),
    cta: z.strictObject({ label: localizedText, href: z.string() }).optional(),
  }),
)

test('maps each JSON Schema shape to the input that edits it, without the card-owned keys', () => {
  const fields = describeSection(schema)
  const byName = Object.fromEntries(fields.map((item) => [item.name, item]))
  expect(fields.map((item) => item.name)).toEqual([
    'heading',
    'intro',
    'image',
    'componentId',
    'eventIds',
    'layout',
    'showForm',
    'limit',
    'email',
    'items',
    'cta',
  ])
  expect(byName.heading).toEqual({ name: 'heading', required: true, field: { kind: 'localized', multiline: false } })
  expect(byName.intro).toEqual({ name: 'intro', required: false, field: { kind: 'localized', multiline: true } })
  expect(byName.image.field).toEqual({ kind: 'media' })
  expect(byName.componentId).toEqual({ name: 'componentId', required: true, field: { kind: 'id', component: true } })
  expect(byName.eventIds.field).toEqual({ kind: 'list', of: 'id' })
  expect(byName.layout.field).toEqual({ kind: 'select', options: ['left', 'right'] })
  expect(byName.showForm.field).toEqual({ kind: 'boolean' })
  expect(byName.limit.field).toEqual({ kind: 'number', integer: true, min: 1, max: 50 })
  expect(byName.email.field).toEqual({ kind: 'text', format: 'email' })
  expect(byName.items.field).toEqual({
    kind: 'array',
    minItems: 1,
    item: {
      kind: 'object',
      fields: [
        { name: 'title', required: true, field: { kind: 'localized', multiline: false } },
        { name: 'photo', required: false, field: { kind: 'media' } },
        { name: 'name', required: true, field: { kind: 'text', format: undefined } },
      ],
    },
  })
  expect(byName.cta.field.kind).toBe('object')
})

test('unknown shapes fall back to a JSON input', () => {
  expect(describeSection({ type: 'object', properties: { type: { type: 'string' }, extra: {} } })).toEqual([
    { name: 'extra', required: false, field: { kind: 'json' } },
  ])
})

test('a new section has an anchor-safe unique id and its required fields empty', () => {
  expect(newSection('services', schema, ['services'])).toEqual({
    type: 'services',
    id: 'services-2',
    heading: { pl: '', en: '' },
    items: [{ title: { pl: '', en: '' }, name: '' }],
  })
  expect(newSectionId('my-plugin/photoGallery', [])).toBe('my-plugin-photo-gallery')
  expect(emptyValue({ kind: 'media' })).toBeUndefined()
})
