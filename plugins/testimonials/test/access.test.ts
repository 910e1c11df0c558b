/**
 * Who may read and change testimonials over the REST API, as signed-in users over real HTTP: another site's owner
 * neither reads nor moderates this site's testimonials; the owner and an editor moderate; a viewer reads; a visitor
 * reads nothing (the public endpoint is theirs); nobody reads the confirmation token over the API, and a
 * visitor's own words stay theirs.
 */
import type { Session, TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, PASSWORD, session, signIn, startTestPlatform } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'
import { submission, submit, siteWithSection } from './support'

let platform: TestPlatform
let siteA: { id: number; identifier: string }
let siteB: number
const as: Record<'ownerA' | 'ownerB' | 'editor' | 'viewer' | 'visitor', Session> = {} as never

beforeAll(async () => {
  process.env.TESTIMONIALS_SUBMIT_PER_IP = '1000'
  platform = await startTestPlatform({ processJobs: false })
  const a = await siteWithSection(platform.payload)
  siteA = a.site
  const b = await createUser(platform.payload)
  siteB = (await createSite(platform.payload, b.id)).id
  as.ownerA = await signIn(platform.baseURL, a.owner.email, PASSWORD)
  as.ownerB = await signIn(platform.baseURL, b.email, PASSWORD)
  for (const role of ['editor', 'viewer'] as const) {
    const user = await createUser(platform.payload)
    await addTeamMember(platform.payload, siteA.id, user.id, user.email, role)
    as[role] = await signIn(platform.baseURL, user.email, PASSWORD)
  }
  as.visitor = session(platform.baseURL)
})

afterAll(async () => {
  await platform?.close()
  delete process.env.TESTIMONIALS_SUBMIT_PER_IP
})

/** A testimonial sent through the public form of site A (pending, source form). */
const submitted = async () => {
  const body = submission()
  expect((await submit(platform.baseURL, siteA.identifier, body)).status).toBe(202)
  const found = await platform.payload.find({ collection: TESTIMONIALS, where: { authorEmail: { equals: body.authorEmail } }, overrideAccess: true })
  return found.docs[0]
}

const current = (id: number) => platform.payload.findByID({ collection: TESTIMONIALS, id, overrideAccess: true })

it("another site's owner can neither read nor moderate this site's testimonials", async () => {
  const testimonial = await submitted()
  const listB = await as.ownerB.request('GET', `/api/${TESTIMONIALS}?limit=0&where[site][equals]=${siteA.id}`)
  expect(listB.status).toBe(200)
  expect(listB.body.docs).toEqual([])
  expect([403, 404]).toContain((await as.ownerB.request('GET', `/api/${TESTIMONIALS}/${testimonial.id}`)).status)

  for (const change of [{ status: 'approved' }, { isFeatured: true }, { reply: 'Nie moja strona.' }, { site: siteB }]) {
    const answer = await as.ownerB.request('PATCH', `/api/${TESTIMONIALS}/${testimonial.id}`, change)
    expect({ change, refused: [403, 404].includes(answer.status) }).toEqual({ change, refused: true })
  }
  expect([403, 404]).toContain((await as.ownerB.request('DELETE', `/api/${TESTIMONIALS}/${testimonial.id}`)).status)
  // Bulk update by a query naming site A changes nothing either.
  const bulk = await as.ownerB.request('PATCH', `/api/${TESTIMONIALS}?where[site][equals]=${siteA.id}`, { status: 'approved' })
  expect(bulk.body.docs ?? []).toEqual([])
  expect(await current(testimonial.id)).toMatchObject({ status: 'pending', isFeatured: false, site: expect.objectContaining({ id: siteA.id }) })
  expect((await current(testimonial.id)).reply ?? null).toBeNull()
})

it('the owner and an editor moderate, a viewer reads only, a visitor reads nothing; the token is never read over the API', async () => {
  const testimonial = await submitted()
  const mine = await as.ownerA.request('GET', `/api/${TESTIMONIALS}/${testimonial.id}`)
  expect(mine.status).toBe(200)
  expect(mine.body).toMatchObject({ status: 'pending', source: 'form' })
  expect(mine.body.emailVerificationToken).toBeUndefined()
  expect(mine.body.emailVerificationTokenSeed).toBeUndefined()

  expect((await as.viewer.request('GET', `/api/${TESTIMONIALS}/${testimonial.id}`)).status).toBe(200)
  expect((await as.viewer.request('PATCH', `/api/${TESTIMONIALS}/${testimonial.id}`, { status: 'approved' })).status).toBe(403)
  expect((await current(testimonial.id)).status).toBe('pending')

  expect([401, 403]).toContain((await as.visitor.request('GET', `/api/${TESTIMONIALS}?where[site][equals]=${siteA.id}`)).status)
  expect([401, 403, 404]).toContain((await as.visitor.request('PATCH', `/api/${TESTIMONIALS}/${testimonial.id}`, { status: 'approved' })).status)

  const approved = await as.editor.request('PATCH', `/api/${TESTIMONIALS}/${testimonial.id}`, { status: 'approved', reply: 'Dziękuję!' })
  expect(approved.status).toBe(200)
  expect(await current(testimonial.id)).toMatchObject({ status: 'approved', isApproved: true, reply: 'Dziękuję!' })

  // The author's own words and the platform's stamps are not the owner's to write.
  expect((await as.ownerA.request('PATCH', `/api/${TESTIMONIALS}/${testimonial.id}`, { content: 'Przepisana opinia, zupełnie inna.' })).status).toBe(403)
  await as.ownerA.request('PATCH', `/api/${TESTIMONIALS}/${testimonial.id}`, { emailVerifiedAt: new Date().toISOString(), source: 'manual' })
  expect(await current(testimonial.id)).toMatchObject({ content: testimonial.content, source: 'form', emailVerifiedAt: null })
})
