/**
 * Staff writes are logged with what a person reads: who (by name), what (the record's title), and per field the
 * values before and after; secrets keep no values. The list cell and the document view render these
 * (presentAuditEntry) instead of the raw JSON; only staff read the log.
 */
import { presentAuditEntry } from '../../src/platform/audit/present'
import type { FieldLike } from '../../src/platform/audit/changes'
import { randomBytes } from 'node:crypto'

import { plainTextToLexical } from '../../src/platform/auth/termsContent'

import { createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn, type Session } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'

const unique = () => randomBytes(4).toString('hex')
let platform: TestPlatform
let asStaff: Session
let staffUserId: number | string
let staffEmail: string

const entriesFor = async (collection: string, id: number | string) =>
  (
    await platform.payload.find({
      collection: 'audit-logs',
      where: { and: [{ targetCollection: { equals: collection } }, { targetId: { equals: String(id) } }] },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: the test reads the log it checks
    })
  ).docs

const targetOf = (slug: string) => {
  const config = platform.payload.collections[slug as 'users'].config
  return { slug, labels: config.labels, fields: config.fields as unknown as FieldLike[] }
}

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const staff = await createUser(platform.payload, { isStaff: true })
  staffUserId = staff.id
  staffEmail = staff.email
  await platform.payload.update({
    collection: 'users',
    id: staff.id,
    data: { firstName: 'Anna', lastName: 'Kowalska' },
    overrideAccess: true, // trusted: test setup or inspection
    context: { skipAudit: true },
  })
  asStaff = await signIn(platform.baseURL, staff.email, PASSWORD)
})

afterAll(async () => {
  await platform?.close()
})

it("records a system template's rename with the staff member's name, the title and both values", async () => {
  const created = await asStaff.request('POST', '/api/templates', { name: `Studio Jogi ${unique()}`, config: {} })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const oldName = created.body.doc.name
  const renamed = await asStaff.request('PATCH', `/api/templates/${id}`, { name: 'Studio Jogi (nowy)' })
  expect(renamed.status).toBe(200)

  const [create, update] = await entriesFor('templates', id)
  expect(create).toMatchObject({ operation: 'create', actorName: 'Anna Kowalska', targetTitle: oldName })
  expect(update).toMatchObject({
    operation: 'update',
    actorName: 'Anna Kowalska',
    targetTitle: 'Studio Jogi (nowy)',
    changes: [{ field: 'name', before: oldName, after: 'Studio Jogi (nowy)' }],
  })
  expect(presentAuditEntry({ entry: update, target: targetOf('templates'), lang: 'pl' })).toMatchObject({
    sentence: 'Anna Kowalska zmieniła szablon „Studio Jogi (nowy)”',
    recordHref: `/admin/collections/templates/${id}`,
    changesLine: `Nazwa: ${oldName} → Studio Jogi (nowy)`,
  })
  expect(presentAuditEntry({ entry: update, target: targetOf('templates'), lang: 'en' }).sentence).toBe(
    'Anna Kowalska changed the template “Studio Jogi (nowy)”',
  )

  expect((await asStaff.request('DELETE', `/api/templates/${id}`)).status).toBe(200)
  const deleted = (await entriesFor('templates', id)).at(-1)!
  expect(presentAuditEntry({ entry: deleted, target: targetOf('templates'), lang: 'pl' })).toMatchObject({
    sentence: 'Anna Kowalska usunęła szablon „Studio Jogi (nowy)”',
    recordHref: null,
  })
})

it("keeps labelled yes/no values for an account's deactivation, and never its password, hash or salt", async () => {
  const password = `Secret-${unique()}-Pass`
  const made = await asStaff.request('POST', '/api/users', { email: `made-${unique()}@example.test`, password, firstName: 'Ewa' })
  expect(made.status).toBe(201)
  const id = made.body.doc.id
  expect((await asStaff.request('PATCH', `/api/users/${id}`, { isActive: false })).status).toBe(200)
  const [create, update] = await entriesFor('users', id)
  expect(update.changes).toEqual([{ field: 'isActive', before: true, after: false }])
  expect(presentAuditEntry({ entry: update, target: targetOf('users'), lang: 'pl' }).changes).toEqual([
    { field: 'isActive', label: 'Aktywne', before: 'tak', after: 'nie', redacted: false },
  ])
  expect(create.changes).toEqual(expect.arrayContaining([{ field: 'firstName', before: null, after: 'Ewa' }]))
  const { rows } = (await platform.payload.db.drizzle.execute(`select hash, salt from users where id = ${Number(id)}` as never)) as unknown as {
    rows: { hash: string; salt: string }[]
  }
  const stored = JSON.stringify([create, update])
  for (const secret of [password, rows[0].hash, rows[0].salt]) expect(stored).not.toContain(secret)
})

it('shows related records by title with a link, read with the reader’s access; a deleted one as “(usunięty)”, never an id', async () => {
  // A template made by staff names its owner (the staff account); an account's accepted terms name a terms version.
  const created = await asStaff.request('POST', '/api/templates', { name: `Szablon ${unique()}`, config: {} })
  expect(created.status).toBe(201)
  const version = `v-${unique()}`
  const terms = await asStaff.request('POST', '/api/terms-of-service', {
    version,
    effectiveDate: new Date(Date.now() + 365 * 86_400_000).toISOString(),
    contentPl: plainTextToLexical('Regulamin'),
    contentEn: plainTextToLexical('Terms'),
  })
  expect(terms.status).toBe(201)
  const account = await asStaff.request('POST', '/api/users', { email: `rel-${unique()}@example.com`, password: `Secret-${unique()}-Pass` })
  expect(account.status).toBe(201)
  expect((await asStaff.request('PATCH', `/api/users/${account.body.doc.id}`, { termsAgreement: terms.body.doc.id })).status).toBe(200)

  // The list, as the admin reads it: every entry carries the titles its values name.
  const where = (collection: string, id: number | string) => `where[targetCollection][equals]=${collection}&where[targetId][equals]=${id}&sort=createdAt`
  const templateEntries = await asStaff.request('GET', `/api/audit-logs?${where('templates', created.body.doc.id)}`)
  const [templateCreate] = templateEntries.body.docs
  expect(templateCreate.changes).toEqual(expect.arrayContaining([{ field: 'owner', before: null, after: staffUserId }]))
  expect(templateCreate.relationTitles).toEqual({ users: { [String(staffUserId)]: staffEmail } })
  expect(presentAuditEntry({ entry: templateCreate, target: targetOf('templates'), lang: 'pl' }).changesLine).toContain(`Właściciel: ${staffEmail}`)

  const accountEntry = async () =>
    (await asStaff.request('GET', `/api/audit-logs?${where('users', account.body.doc.id)}`)).body.docs.find(
      (entry: { operation: string }) => entry.operation === 'update',
    )
  const update = await accountEntry()
  expect(update.relationTitles).toEqual({ 'terms-of-service': { [String(terms.body.doc.id)]: version } })
  const shown = presentAuditEntry({ entry: update, target: targetOf('users'), lang: 'pl' }).changes.find((change) => change.field === 'termsAgreement')
  expect(shown).toMatchObject({ label: 'Zaakceptowany regulamin', before: '(puste)', after: version })
  expect(shown?.afterParts).toEqual([{ text: version, href: `/admin/collections/terms-of-service/${terms.body.doc.id}` }])

  // One entry read on its own gets them too; once the terms are deleted the value reads "(usunięty)", not an id.
  expect((await asStaff.request('GET', `/api/audit-logs/${update.id}`)).body.relationTitles).toEqual(update.relationTitles)
  expect((await asStaff.request('DELETE', `/api/terms-of-service/${terms.body.doc.id}`)).status).toBe(200)
  const afterDelete = await accountEntry()
  expect(afterDelete.relationTitles).toEqual({})
  const gone = presentAuditEntry({ entry: afterDelete, target: targetOf('users'), lang: 'pl' })
  expect(gone.changesLine).toContain('Zaakceptowany regulamin: (puste) → (usunięty)')
  expect(gone.changesLine).not.toMatch(/#\d/)
})

it('is read by staff only', async () => {
  const owner = await createUser(platform.payload)
  const asOwner = await signIn(platform.baseURL, owner.email, PASSWORD)
  expect((await asOwner.request('GET', '/api/audit-logs')).status).toBe(403)
  const list = await asStaff.request('GET', '/api/audit-logs?limit=1')
  expect(list.status).toBe(200)
  expect(list.body.docs[0]).toHaveProperty('changes')
})
