/**
 * Staff writes are logged with what a person reads: who (by name), what (the record's title), and per field the
 * values before and after; secrets keep no values. The list cell and the document view render these
 * (presentAuditEntry) instead of the raw JSON; only staff read the log.
 */
import { presentAuditEntry } from '../../src/platform/audit/present'
import type { FieldLike } from '../../src/platform/audit/changes'
import { randomBytes } from 'node:crypto'

import { createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn, type Session } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'

const unique = () => randomBytes(4).toString('hex')
let platform: TestPlatform
let asStaff: Session

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

it('is read by staff only', async () => {
  const owner = await createUser(platform.payload)
  const asOwner = await signIn(platform.baseURL, owner.email, PASSWORD)
  expect((await asOwner.request('GET', '/api/audit-logs')).status).toBe(403)
  const list = await asStaff.request('GET', '/api/audit-logs?limit=1')
  expect(list.status).toBe(200)
  expect(list.body.docs[0]).toHaveProperty('changes')
})
