/**
 * The owner's moderation over real HTTP (POST /api/testimonials/moderate, PATCH for the reply): single and bulk
 * approve / reject, feature, reply; the platform's stamps; who may do it (owner, admin, editor; not a viewer, a host,
 * staff, a visitor, nor another site's owner, whose ids in a bulk request change nothing at all); parallel bulk
 * requests each applied whole.
 */
import type { CastMember, Session, TestPlatform } from '@platform/testing'
import { createAccessCast, startTestPlatform } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'
import { addTestimonial, readTestimonial, send } from './moderationFixtures'

let platform: TestPlatform
let siteA: number
let siteB: number
let as: Record<CastMember, Session>

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  ;({ siteA, siteB, as } = await createAccessCast(platform))
})

afterAll(async () => {
  await platform?.close()
})

const moderate = (who: Session, ids: unknown[], action: string) => who.request('POST', `/api/${TESTIMONIALS}/moderate`, { ids, action })

const statusOf = async (id: number) => {
  const doc = await readTestimonial(platform.payload, id)
  return { status: doc.status, isApproved: doc.isApproved, isFeatured: doc.isFeatured, moderatedAt: doc.moderatedAt ?? null, reply: doc.reply ?? null }
}

describe('moderating', () => {
  it('approves one, then rejects several at once, stamping moderatedAt and keeping isApproved in step', async () => {
    const [one, two, three] = await Promise.all([1, 2, 3].map(() => addTestimonial(platform.payload, siteA)))
    expect(await statusOf(one.id)).toMatchObject({ status: 'pending', isApproved: false, moderatedAt: null })

    const before = Date.now()
    const approved = await moderate(as.ownerA, [one.id], 'approve')
    expect(approved.status).toBe(200)
    expect(approved.body.testimonials).toEqual([{ id: one.id, status: 'approved', isFeatured: false, moderatedAt: expect.any(String) }])
    const stored = await statusOf(one.id)
    expect(stored).toMatchObject({ status: 'approved', isApproved: true })
    expect(Date.parse(stored.moderatedAt!)).toBeGreaterThanOrEqual(before - 1000)

    const rejected = await moderate(as.editor, [two.id, String(three.id), one.id], 'reject')
    expect(rejected.status).toBe(200)
    expect(rejected.body.testimonials.map((doc: { id: number; status: string }) => [doc.id, doc.status])).toEqual([
      [two.id, 'rejected'],
      [three.id, 'rejected'],
      [one.id, 'rejected'],
    ])
    for (const id of [one.id, two.id, three.id])
      expect(await statusOf(id)).toMatchObject({ status: 'rejected', isApproved: false, moderatedAt: expect.any(String) })
  })

  it('features and unfeatures an approved testimonial; a reject takes the feature away', async () => {
    const doc = await addTestimonial(platform.payload, siteA, { status: 'approved' })
    expect((await moderate(as.admin, [doc.id], 'feature')).status).toBe(200)
    expect(await statusOf(doc.id)).toMatchObject({ status: 'approved', isFeatured: true })
    expect((await moderate(as.ownerA, [doc.id], 'unfeature')).status).toBe(200)
    expect(await statusOf(doc.id)).toMatchObject({ isFeatured: false })
    await moderate(as.ownerA, [doc.id], 'feature')
    expect((await moderate(as.ownerA, [doc.id], 'reject')).status).toBe(200)
    expect(await statusOf(doc.id)).toMatchObject({ status: 'rejected', isFeatured: false })
  })

  it('does not move moderatedAt when the status stays (featuring, approving twice)', async () => {
    const doc = await addTestimonial(platform.payload, siteA)
    await moderate(as.ownerA, [doc.id], 'approve')
    const first = (await statusOf(doc.id)).moderatedAt
    await new Promise((resolve) => setTimeout(resolve, 20))
    await moderate(as.ownerA, [doc.id], 'feature')
    await moderate(as.ownerA, [doc.id], 'approve')
    expect((await statusOf(doc.id)).moderatedAt).toBe(first)
  })
})

describe('replying', () => {
  it('saves the public reply over PATCH, stamps repliedAt, and clears both together', async () => {
    const doc = await addTestimonial(platform.payload, siteA, { status: 'approved' })
    const saved = await as.ownerA.request('PATCH', `/api/${TESTIMONIALS}/${doc.id}`, { reply: 'Dziękuję za miłe słowa!' })
    expect(saved.status).toBe(200)
    const stored = await readTestimonial(platform.payload, doc.id)
    expect(stored.reply).toBe('Dziękuję za miłe słowa!')
    expect(stored.repliedAt).toEqual(expect.any(String))
    // The author's own words stay theirs (collections/testimonials.ts): only the reply changed.
    expect(stored.content).toBe(doc.content)

    expect((await as.editor.request('PATCH', `/api/${TESTIMONIALS}/${doc.id}`, { reply: '' })).status).toBe(200)
    expect(await readTestimonial(platform.payload, doc.id)).toMatchObject({ reply: null, repliedAt: null })
  })

  it("refuses a viewer's, another owner's and a visitor's reply", async () => {
    const doc = await addTestimonial(platform.payload, siteA, { status: 'approved' })
    for (const who of ['viewer', 'ownerB', 'visitor'] as const) {
      const answer = await as[who].request('PATCH', `/api/${TESTIMONIALS}/${doc.id}`, { reply: 'Nie moja strona' })
      expect({ who, refused: answer.status >= 400 && answer.status < 500 }).toEqual({ who, refused: true })
    }
    expect(await readTestimonial(platform.payload, doc.id)).toMatchObject({ reply: null, repliedAt: null })
  })
})

describe('the stamps and the source are the platform’s', () => {
  it('a testimonial an owner adds by hand is `manual`, whatever the request says, and its stamps are the real times', async () => {
    const before = Date.now()
    const created = await as.ownerA.request('POST', `/api/${TESTIMONIALS}`, {
      site: siteA,
      authorName: 'Klientka z gabinetu',
      content: 'Przepisana z kartki.',
      rating: 5,
      status: 'approved',
      reply: 'Dziękuję!',
      source: 'invited',
      isVerifiedClient: true,
      moderatedAt: '2001-01-01T00:00:00.000Z',
      repliedAt: '2001-01-01T00:00:00.000Z',
      emailVerifiedAt: '2001-01-01T00:00:00.000Z',
    })
    expect(created.status).toBe(201)
    const stored = await readTestimonial(platform.payload, created.body.doc.id)
    expect(stored).toMatchObject({ source: 'manual', isVerifiedClient: false, emailVerifiedAt: null, status: 'approved', isApproved: true })
    expect(Date.parse(stored.moderatedAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(stored.repliedAt!)).toBeGreaterThanOrEqual(before - 1000)

    const pending = await as.ownerA.request('POST', `/api/${TESTIMONIALS}`, { site: siteA, authorName: 'Ktoś', content: 'Treść', rating: 4 })
    expect(await readTestimonial(platform.payload, pending.body.doc.id)).toMatchObject({
      source: 'manual',
      status: 'pending',
      moderatedAt: null,
      repliedAt: null,
    })
  })

  it('an update cannot write the stamps or the source', async () => {
    const doc = await addTestimonial(platform.payload, siteA, { source: 'form' })
    const answer = await as.ownerA.request('PATCH', `/api/${TESTIMONIALS}/${doc.id}`, {
      source: 'manual',
      moderatedAt: '2001-01-01T00:00:00.000Z',
      repliedAt: '2001-01-01T00:00:00.000Z',
      isFeatured: true,
    })
    expect(answer.status).toBe(200)
    expect(await readTestimonial(platform.payload, doc.id)).toMatchObject({ source: 'form', moderatedAt: null, repliedAt: null, isFeatured: true })
  })
})

describe('who may moderate', () => {
  it("another site's owner can neither read nor moderate, and a bulk request with one foreign id changes nothing", async () => {
    const [mine, alsoMine] = await Promise.all([addTestimonial(platform.payload, siteA), addTestimonial(platform.payload, siteA)])
    const theirs = await addTestimonial(platform.payload, siteB)

    expect((await as.ownerB.request('GET', `/api/${TESTIMONIALS}/${mine.id}`)).status).toBe(404)
    const list = await as.ownerB.request('GET', `/api/${TESTIMONIALS}?limit=100`)
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).toContain(theirs.id)
    expect(list.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(mine.id)

    const foreign = await moderate(as.ownerB, [mine.id], 'approve')
    expect(foreign.status).toBe(404)
    expect(foreign.body.errors[0].message).toBe('Testimonial not found.')

    // Their own id with another site's: nothing at all changes, the allowed one included.
    expect((await moderate(as.ownerB, [theirs.id, mine.id], 'reject')).status).toBe(404)
    expect((await moderate(as.ownerA, [mine.id, alsoMine.id, theirs.id], 'approve')).status).toBe(404)
    for (const id of [mine.id, alsoMine.id, theirs.id]) expect(await statusOf(id)).toMatchObject({ status: 'pending', moderatedAt: null })
    // An id that exists nowhere is the same answer.
    expect((await moderate(as.ownerA, [mine.id, 2_000_000_000], 'approve')).status).toBe(404)
    expect(await statusOf(mine.id)).toMatchObject({ status: 'pending' })
  })

  it('a viewer, a host and staff may read but not moderate (403); a visitor is asked to sign in (401)', async () => {
    const doc = await addTestimonial(platform.payload, siteA)
    for (const who of ['viewer', 'host', 'staff'] as const) {
      expect({ who, read: (await as[who].request('GET', `/api/${TESTIMONIALS}/${doc.id}`)).status }).toEqual({ who, read: 200 })
      const answer = await moderate(as[who], [doc.id], 'approve')
      expect({ who, status: answer.status }).toEqual({ who, status: 403 })
    }
    expect((await moderate(as.visitor, [doc.id], 'approve')).status).toBe(401)
    expect(await statusOf(doc.id)).toMatchObject({ status: 'pending', moderatedAt: null })
  })

  it('refuses bad bodies with a 400 in the request’s language', async () => {
    const doc = await addTestimonial(platform.payload, siteA)
    const path = `/api/${TESTIMONIALS}/moderate`
    for (const body of [
      { ids: [], action: 'approve' },
      { ids: [doc.id], action: 'delete' },
      { ids: [doc.id] },
      { ids: Array(201).fill(doc.id), action: 'approve' },
    ]) {
      const answer = await send(platform.baseURL, as.ownerA, 'POST', path, { body: JSON.stringify(body), contentType: 'application/json', language: 'pl' })
      expect({ body, status: answer.status }).toEqual({ body, status: 400 })
      expect(answer.body.errors[0].message).toMatch(/^Wyślij listę opinii/)
    }
    expect((await moderate(as.ownerA, ['nie-liczba'], 'approve')).status).toBe(404)
    expect(await statusOf(doc.id)).toMatchObject({ status: 'pending' })
  })
})

describe('parallel moderation', () => {
  it('applies each bulk request whole: opposite requests at once leave every testimonial the same, never half and half', async () => {
    for (let round = 0; round < 3; round++) {
      const docs = await Promise.all([1, 2, 3, 4, 5, 6].map(() => addTestimonial(platform.payload, siteA)))
      const ids = docs.map((doc) => doc.id)
      const [approve, reject] = await Promise.all([moderate(as.ownerA, ids, 'approve'), moderate(as.editor, [...ids].reverse(), 'reject')])
      expect([approve.status, reject.status]).toEqual([200, 200])
      const statuses = new Set(await Promise.all(ids.map(async (id) => (await statusOf(id)).status)))
      expect(statuses.size).toBe(1)
    }
  })
})
