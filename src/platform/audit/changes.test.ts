import { captureChanges, changesLine, describeChanges, formatValue, MAX_KEPT_JSON, relationRefs, type FieldLike } from './changes'
import { presentAuditEntry } from './present'

const fields: FieldLike[] = [
  { name: 'name', type: 'text', label: { en: 'Name', pl: 'Nazwa' } },
  {
    type: 'tabs',
    tabs: [{ fields: [{ name: 'isActive', type: 'checkbox', label: { en: 'Active', pl: 'Aktywne' } }] }],
  },
  {
    type: 'row',
    fields: [{ name: 'plan', type: 'select', label: 'Plan', options: [{ value: 'pro', label: { en: 'Professional', pl: 'Profesjonalny' } }, 'basic'] }],
  },
  { name: 'publishedAt', type: 'date', label: { en: 'Published', pl: 'Opublikowano' } },
  { name: 'owner', type: 'relationship', relationTo: 'users', label: { en: 'Owner', pl: 'Właściciel' } },
  { name: 'gallery', type: 'upload', relationTo: 'media-assets', hasMany: true, label: { en: 'Gallery', pl: 'Galeria' } },
  { name: 'about', type: 'relationship', relationTo: ['pages', 'events'], label: { en: 'About', pl: 'Dotyczy' } },
  { name: 'templateConfig', type: 'json', label: { en: 'Site configuration', pl: 'Konfiguracja strony' } },
  { name: 'sourceHash', type: 'text', hidden: true },
  { name: 'contactEmail', type: 'email' },
]

describe('captureChanges', () => {
  it('keeps the fields that changed with both values, leaving timestamps out', () => {
    const changes = captureChanges({
      before: { id: 1, name: 'Stara', isActive: true, plan: 'basic', owner: { id: 4, email: 'x' }, updatedAt: '2026-01-01' },
      after: { id: 1, name: 'Nowa', isActive: true, plan: 'pro', owner: 4, updatedAt: '2026-02-01' },
      fields,
    })
    expect(changes).toEqual([
      { field: 'name', before: 'Stara', after: 'Nowa' },
      { field: 'plan', before: 'basic', after: 'pro' },
    ])
  })

  it('redacts hidden and secret-looking fields, and summarises values too big to keep', () => {
    const big = { pages: Array.from({ length: 200 }, (_, index) => ({ slug: `page-${index}` })) }
    const changes = captureChanges({
      before: { sourceHash: 'a', resetPasswordToken: 'x', templateConfig: {} },
      after: { sourceHash: 'b', resetPasswordToken: 'y', templateConfig: big },
      fields,
    })
    expect(JSON.stringify(big).length).toBeGreaterThan(MAX_KEPT_JSON)
    expect(changes).toEqual([
      { field: 'sourceHash', redacted: true },
      { field: 'resetPasswordToken', redacted: true },
      { field: 'templateConfig', before: {}, after: { $large: 'object', items: 1 } },
    ])
  })

  it('on a create, lists every field given, with nothing before', () => {
    expect(captureChanges({ before: undefined, after: { id: 3, name: 'Studio', contactEmail: null }, fields })).toEqual([
      { field: 'name', before: null, after: 'Studio' },
    ])
  })
})

describe('describeChanges', () => {
  it('labels fields in the reader language and writes values as a person reads them', () => {
    const changes = [
      { field: 'name', before: 'Stara', after: 'Nowa' },
      { field: 'isActive', before: true, after: false },
      { field: 'plan', before: 'basic', after: 'pro' },
      { field: 'publishedAt', before: null, after: '2026-11-30T13:05:00.000Z' },
      { field: 'sourceHash', redacted: true as const },
      { field: 'contactEmail', before: 'a@b.pl', after: '' },
    ]
    const pl = describeChanges(changes, fields, 'pl')
    expect(changesLine(pl, 'pl')).toBe(
      'Nazwa: Stara → Nowa; Aktywne: tak → nie; Plan: basic → Profesjonalny; Opublikowano: (puste) → 30 listopada 2026, 14:05; Source hash: zmieniono; Contact email: a@b.pl → (puste)',
    )
    expect(changesLine(describeChanges(changes.slice(0, 3), fields, 'en'), 'en')).toBe('Name: Stara → Nowa; Active: yes → no; Plan: basic → Professional')
  })

  it('writes lists and big values by their size, rich text as its text', () => {
    expect(formatValue({ $large: 'array', items: 5 }, undefined, 'pl')).toBe('5 elementów')
    expect(formatValue([1, 2], { type: 'array' }, 'pl')).toBe('2 elementy')
    expect(formatValue({ root: { children: [{ type: 'paragraph', children: [{ text: 'Witaj' }] }] } }, { type: 'richText' }, 'pl')).toBe('Witaj')
    expect(formatValue({ a: 1 }, { type: 'json' }, 'pl')).toBe('(złożona wartość)')
  })
})

describe('relationships', () => {
  const titles = { users: { '4': 'anna@example.com', '5': 'marek@example.com' }, 'media-assets': { '8': 'las.jpg' }, events: { '3': 'Joga' } }
  const relations = { titles, adminRoute: '/panel' }

  it('keeps a polymorphic value with its collection when capturing', () => {
    expect(captureChanges({ before: { about: null }, after: { about: { relationTo: 'events', value: { id: 3, title: 'Joga' } } }, fields })).toEqual([
      { field: 'about', before: null, after: { relationTo: 'events', value: 3 } },
    ])
  })

  it('lists the records an entry names, once each, and none for redacted or plain fields', () => {
    const changes = [
      { field: 'owner', before: 4, after: 5 },
      { field: 'gallery', before: [8], after: [8, 9] },
      { field: 'about', before: null, after: { relationTo: 'events', value: 3 } },
      { field: 'name', before: 'a', after: 'b' },
      { field: 'sourceHash', redacted: true as const },
    ]
    expect(relationRefs(changes, fields)).toEqual([
      { collection: 'users', id: '4' },
      { collection: 'users', id: '5' },
      { collection: 'media-assets', id: '8' },
      { collection: 'media-assets', id: '9' },
      { collection: 'events', id: '3' },
    ])
  })

  it('shows related records by title with a link, a missing one as deleted, never an id', () => {
    const [owner, gallery, about] = describeChanges(
      [
        { field: 'owner', before: 4, after: 5 },
        { field: 'gallery', before: [8], after: [8, 9] },
        { field: 'about', before: 12, after: { relationTo: 'events', value: 3 } },
      ],
      fields,
      'pl',
      relations,
    )
    expect(owner).toEqual({
      field: 'owner',
      label: 'Właściciel',
      before: 'anna@example.com',
      after: 'marek@example.com',
      beforeParts: [{ text: 'anna@example.com', href: '/panel/collections/users/4' }],
      afterParts: [{ text: 'marek@example.com', href: '/panel/collections/users/5' }],
      redacted: false,
    })
    expect(gallery.after).toBe('las.jpg, (usunięty)')
    expect(gallery.afterParts).toEqual([{ text: 'las.jpg', href: '/panel/collections/media-assets/8' }, { text: '(usunięty)' }])
    // An older entry kept a polymorphic value's id alone: its collection, so its title, is unknown.
    expect([about.before, about.after]).toEqual(['(rekord)', 'Joga'])
    expect(
      formatValue(
        9,
        fields.find((field) => field.name === 'owner'),
        'en',
        relations,
      ),
    ).toBe('(deleted)')
    expect(
      formatValue(
        null,
        fields.find((field) => field.name === 'owner'),
        'en',
        relations,
      ),
    ).toBe('(empty)')
    expect(JSON.stringify([owner, gallery, about])).not.toMatch(/#\d/)
  })
})

describe('presentAuditEntry', () => {
  const target = { slug: 'sites', labels: { singular: { en: 'Site', pl: 'Strona' } }, fields }
  const entry = {
    id: 9,
    operation: 'update',
    targetCollection: 'sites',
    targetId: '12',
    targetTitle: 'Studio Jogi',
    actorName: 'Anna Kowalska',
    changes: [{ field: 'name', before: 'stara', after: 'nowa' }],
  }

  it('makes the sentence, the record link and the labelled changes', () => {
    expect(presentAuditEntry({ entry, target, lang: 'pl' })).toEqual({
      sentence: 'Anna Kowalska zmieniła stronę „Studio Jogi”',
      recordHref: '/admin/collections/sites/12',
      changes: [{ field: 'name', label: 'Nazwa', before: 'stara', after: 'nowa', redacted: false }],
      changesLine: 'Nazwa: stara → nowa',
    })
  })

  it('has no link once the record is deleted or its collection is unknown', () => {
    expect(presentAuditEntry({ entry: { ...entry, operation: 'delete', changes: null }, target, lang: 'en' })).toMatchObject({
      sentence: 'Anna Kowalska deleted the site “Studio Jogi”',
      recordHref: null,
      changes: [],
    })
    expect(presentAuditEntry({ entry, target: undefined, lang: 'pl' }).recordHref).toBeNull()
  })

  it('names related records by the titles loaded with the entry, linked under the admin route', () => {
    const changed = { ...entry, changes: [{ field: 'owner', before: 4, after: 5 }], relationTitles: { users: { '4': 'Anna', '5': 'Marek' } } }
    const view = presentAuditEntry({ entry: changed, target, lang: 'pl', adminRoute: '/admin' })
    expect(view.changesLine).toBe('Właściciel: Anna → Marek')
    expect(view.changes[0].afterParts).toEqual([{ text: 'Marek', href: '/admin/collections/users/5' }])
    expect(presentAuditEntry({ entry: { ...changed, relationTitles: undefined }, target, lang: 'en' }).changesLine).toBe('Owner: (deleted) → (deleted)')
  })

  it("lists a new record's values without a 'before'", () => {
    expect(
      presentAuditEntry({ entry: { ...entry, operation: 'create', changes: [{ field: 'name', before: null, after: 'Studio' }] }, target, lang: 'pl' }),
    ).toMatchObject({
      sentence: 'Anna Kowalska utworzyła stronę „Studio Jogi”',
      changesLine: 'Nazwa: Studio',
    })
  })
})
