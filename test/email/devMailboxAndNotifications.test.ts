/**
 * Without SMTP_URL the messages land in the dev mailbox (staff read it; nobody
 * writes to it over the API). Notifications: each user sees and marks only their own.
 */
import { queueEmail } from '../../src/platform/email/queueEmail'
import { notify } from '../../src/platform/notifications/notify'
import { createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { waitFor } from '../../src/platform/testing/waitFor'

let platform: TestPlatform

beforeAll(async () => {
  delete process.env.SMTP_URL
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
})

describe('dev mailbox', () => {
  it('keeps the message, readable by staff only, writable by nobody', async () => {
    await queueEmail(
      { payload: platform.payload },
      { to: 'dev@example.test', template: 'magic-link-login', locale: 'en', data: { link: 'http://localhost:3000/verify?token=t1' } },
    )
    const kept = await waitFor(
      async () => (await platform.payload.find({ collection: 'dev-mailbox', where: { to: { equals: 'dev@example.test' } }, overrideAccess: true })).docs[0],
      { what: 'the dev mailbox message' },
    )
    expect(kept).toMatchObject({
      subject: 'Your sign-in link for Platforma',
      from: 'Platforma <no-reply@localhost>',
      messageId: expect.stringMatching(/@localhost>$/),
    })
    expect(kept.text).toContain('http://localhost:3000/verify?token=t1')
    expect(kept.html).toContain('<!doctype html>')

    const staff = await signIn(platform.baseURL, (await createUser(platform.payload, { isStaff: true })).email, PASSWORD)
    const owner = await signIn(platform.baseURL, (await createUser(platform.payload)).email, PASSWORD)
    expect((await staff.request('GET', `/api/dev-mailbox/${kept.id}`)).body.text).toContain('token=t1')
    expect((await owner.request('GET', `/api/dev-mailbox/${kept.id}`)).status).toBe(403)
    expect((await owner.request('GET', '/api/dev-mailbox')).status).toBe(403)
    expect((await staff.request('POST', '/api/dev-mailbox', { to: 'x@example.test' })).status).toBe(403)
    expect((await staff.request('PATCH', `/api/dev-mailbox/${kept.id}`, { subject: 'changed' })).status).toBe(403)
  })
})

describe('notifications', () => {
  it('lists and marks as read only the caller’s own, one or all', async () => {
    const ann = await createUser(platform.payload)
    const bob = await createUser(platform.payload)
    const [first, second] = [
      await notify({ payload: platform.payload, userId: ann.id, type: 'test.hello', message: 'Hello Ann', link: '/admin/collections/sites' }),
      await notify({ payload: platform.payload, userId: ann.id, type: 'testimonial.submitted', message: 'A testimonial waits' }),
    ]
    const third = await notify({ payload: platform.payload, userId: ann.id, type: 'payment.completed', message: 'Paid' })
    const bobs = await notify({ payload: platform.payload, userId: bob.id, type: 'test.hello', message: 'Hello Bob' })

    const annClient = await signIn(platform.baseURL, ann.email, PASSWORD)
    const bobClient = await signIn(platform.baseURL, bob.email, PASSWORD)
    const unread = async (client: typeof annClient) => (await client.request('GET', '/api/notifications?where[isRead][equals]=false&limit=0')).body.totalDocs

    expect(await unread(annClient)).toBe(3)
    expect((await bobClient.request('GET', '/api/notifications')).body.docs.map((doc: { id: number }) => doc.id)).toEqual([bobs.id])

    // Bob naming Ann's notifications changes nothing.
    expect(await bobClient.request('POST', '/api/notifications/mark-read', { ids: [first.id, second.id] })).toMatchObject({ status: 200, body: { updated: 0 } })
    expect(await unread(annClient)).toBe(3)

    expect(await annClient.request('POST', '/api/notifications/mark-read', { ids: [first.id, bobs.id] })).toMatchObject({ status: 200, body: { updated: 1 } })
    expect(await unread(annClient)).toBe(2)
    expect(await unread(bobClient)).toBe(1)

    expect(await annClient.request('POST', '/api/notifications/mark-read', {})).toMatchObject({ status: 200, body: { updated: 2 } })
    expect(await unread(annClient)).toBe(0)
    expect(await unread(bobClient)).toBe(1)
    expect((await platform.payload.findByID({ collection: 'notifications', id: third.id, overrideAccess: true })).isRead).toBe(true)

    expect((await annClient.request('POST', '/api/notifications/mark-read', { ids: 'all' })).status).toBe(400)
    expect((await annClient.request('POST', '/api/notifications/mark-read', { ids: ['1;drop'] })).status).toBe(400)
    expect((await session(platform.baseURL).request('POST', '/api/notifications/mark-read', {})).status).toBe(401)
    // Nobody creates notifications over the API.
    expect((await annClient.request('POST', '/api/notifications', { user: ann.id, message: 'x', notificationType: 'x.y' })).status).toBe(403)
  })

  it('joins the request transaction when given req', async () => {
    const user = await createUser(platform.payload)
    const transactionID = await platform.payload.db.beginTransaction()
    const req = { payload: platform.payload, transactionID, context: {} } as never
    await notify({ req, userId: user.id, type: 'test.rollback', message: 'Never' })
    await platform.payload.db.rollbackTransaction(transactionID!)
    expect((await platform.payload.find({ collection: 'notifications', where: { user: { equals: user.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })
})
