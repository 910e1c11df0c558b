import { captureChanges, changesLine, describeChanges, formatValue, MAX_KEPT_JSON, type FieldLike } from './changes'
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
  { name: 'owner', type: 'relationship', label: { en: 'Owner', pl: 'Właściciel' } },
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

  it('writes lists and big values by their size, rich text as its text, relations by number', () => {
    expect(formatValue({ $large: 'array', items: 5 }, undefined, 'pl')).toBe('5 elementów')
    expect(formatValue([1, 2], { type: 'array' }, 'pl')).toBe('2 elementy')
    expect(formatValue({ root: { children: [{ type: 'paragraph', children: [{ text: 'Witaj' }] }] } }, { type: 'richText' }, 'pl')).toBe('Witaj')
    expect(formatValue(7, { type: 'relationship' }, 'en')).toBe('#7')
    expect(formatValue({ a: 1 }, { type: 'json' }, 'pl')).toBe('(złożona wartość)')
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

  it("lists a new record's values without a 'before'", () => {
    expect(
      presentAuditEntry({ entry: { ...entry, operation: 'create', changes: [{ field: 'name', before: null, after: 'Studio' }] }, target, lang: 'pl' }),
    ).toMatchObject({
      sentence: 'Anna Kowalska utworzyła stronę „Studio Jogi”',
      changesLine: 'Nazwa: Studio',
    })
  })
})
