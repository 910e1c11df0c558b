/**
 * Summaries on a real platform (PostgreSQL, the real job runner): exact counts, average and histogram from
 * approved testimonials only; PL and EN rows; rejected and pending words never in a summary; parallel runs
 * leave one row per language; approvals queue one debounced run; the nightly run; the LLM provider's fallback.
 */
import pg from 'pg'

import { getJobs } from '@platform'
import { createSite, createUser, startTestPlatform, waitFor, type TestPlatform } from '@platform/testing'
import { SUMMARIES, TESTIMONIALS } from '../slugs'
import { debounceSlot } from '../summaries/debounce'
import { NIGHTLY_SUMMARIES_JOB, RECOMPUTE_SUMMARY_JOB } from '../summaries/names'
import { recomputeSiteSummary } from '../summaries/recompute'
import { writeSummaries } from '../summaries/writeSummaries'
import { startFakeLlm, type FakeLlm } from './fakeLlm'
import { addTestimonial } from './summaryFixtures'

let platform: TestPlatform
let db: pg.Client

beforeAll(async () => {
  // The hooks' debounced runs stay out of the way unless a test shortens the window.
  process.env.TESTIMONIAL_SUMMARY_DEBOUNCE_MS = '600000'
  platform = await startTestPlatform()
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
})

afterAll(async () => {
  await db?.end()
  await platform?.close()
  delete process.env.TESTIMONIAL_SUMMARY_DEBOUNCE_MS
})

const newSite = async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id)
  return { owner: { ...owner, collection: 'users' as const }, siteId: site.id }
}

const summaries = async (siteId: number) => {
  const found = await platform.payload.find({ collection: SUMMARIES, where: { site: { equals: siteId } }, sort: 'locale', depth: 0, overrideAccess: true })
  return Object.fromEntries(found.docs.map((doc) => [doc.locale, doc]))
}

/** Recompute runs of one site queued in Agenda (any state). */
const queuedRuns = async (siteId: number) => {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM agenda_jobs WHERE name = $1 AND data->>'siteId' = $2`, [
    RECOMPUTE_SUMMARY_JOB,
    String(siteId),
  ])
  return rows[0].n as number
}

it('counts approved testimonials only: total, average to two decimals and the histogram, exactly, in a PL and an EN row', async () => {
  const { siteId } = await newSite()
  for (const rating of [5, 4, 4]) await addTestimonial(platform.payload, siteId, { rating, status: 'approved' })
  await addTestimonial(platform.payload, siteId, { rating: 1, status: 'pending' })
  await addTestimonial(platform.payload, siteId, { rating: 2, status: 'pending' })
  await addTestimonial(platform.payload, siteId, { rating: 1, status: 'rejected' })
  await addTestimonial(platform.payload, siteId, { rating: 5, status: 'rejected' })

  await recomputeSiteSummary(platform.payload, siteId)
  const rows = await summaries(siteId)
  expect(Object.keys(rows).sort()).toEqual(['en', 'pl'])
  for (const row of Object.values(rows)) {
    expect(row.totalCount).toBe(3)
    expect(row.averageRating).toBe(4.33)
    expect(row.histogram).toEqual({ '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 })
    expect(row.generator).toBe('local')
    expect(row.computedAt).toEqual(expect.any(String))
  }
  expect(rows.pl.summary).toMatch(/^W opiniach najczęściej powracają słowa: „/)
  expect(rows.en.summary).toMatch(/^The testimonials are written in Polish\. In their own words: “/)
})

it('writes no average and an empty histogram for a site whose testimonials are all waiting or rejected', async () => {
  const { siteId } = await newSite()
  await addTestimonial(platform.payload, siteId, { rating: 5, status: 'pending' })
  await addTestimonial(platform.payload, siteId, { rating: 3, status: 'rejected' })
  await recomputeSiteSummary(platform.payload, siteId)
  const rows = await summaries(siteId)
  expect(rows.pl).toMatchObject({ totalCount: 0, averageRating: null, histogram: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 }, detailedSummary: [] })
  expect(rows.pl.summary).toBe('Nie ma jeszcze zatwierdzonych opinii.')
  expect(rows.en.summary).toBe('There are no approved testimonials yet.')
})

it('never lets the words of a rejected or pending testimonial into a summary', async () => {
  const { siteId } = await newSite()
  await addTestimonial(platform.payload, siteId, { content: 'Spokojna atmosfera na sesjach. Ćwiczenia oddechowe pomagają na stres.' })
  await addTestimonial(platform.payload, siteId, { content: 'Atmosfera sesji sprzyja szczerości. Stres zniknął po kilku spotkaniach.' })
  await addTestimonial(platform.payload, siteId, { content: 'Sesje pomogły mi ze stresem. Atmosfera spokojna i bezpieczna.', locale: 'en' })
  // Words that would be the strongest theme of all, were they read: repeated, in every sentence.
  for (let index = 0; index < 4; index++) {
    await addTestimonial(platform.payload, siteId, { status: 'rejected', content: 'Zgrzytobrzmiący sesje. Zgrzytobrzmiący atmosfera. Zgrzytobrzmiący stres.' })
    await addTestimonial(platform.payload, siteId, { status: 'pending', content: 'Kwarkoprzędza sesje i stres. Kwarkoprzędza atmosfera.' })
  }
  await recomputeSiteSummary(platform.payload, siteId)
  const rows = await summaries(siteId)
  const written = JSON.stringify([rows.pl.summary, rows.pl.detailedSummary, rows.en.summary, rows.en.detailedSummary]).toLocaleLowerCase('pl')
  expect(written).toContain('atmosfera')
  expect(written).not.toContain('zgrzytobrzmiący')
  expect(written).not.toContain('kwarkoprzędza')
  expect(rows.pl.totalCount).toBe(3)
  const approved = await platform.payload.find({
    collection: TESTIMONIALS,
    where: { site: { equals: siteId }, status: { equals: 'approved' } },
    overrideAccess: true,
  })
  const approvedIds = approved.docs.map((doc) => doc.id)
  for (const theme of rows.pl.detailedSummary as { quote: string; testimonialId: number }[]) {
    expect(approvedIds).toContain(theme.testimonialId)
    expect(approved.docs.find((doc) => doc.id === theme.testimonialId)?.content).toContain(theme.quote)
  }
})

it('leaves one row per language when runs race, and a run that read earlier never overwrites a later one', async () => {
  const { siteId } = await newSite()
  for (const rating of [5, 3, 4, 5]) await addTestimonial(platform.payload, siteId, { rating })
  const results = await Promise.allSettled(Array.from({ length: 6 }, () => recomputeSiteSummary(platform.payload, siteId)))
  expect(results.filter((result) => result.status === 'rejected')).toEqual([])
  const found = await platform.payload.find({ collection: SUMMARIES, where: { site: { equals: siteId } }, depth: 0, overrideAccess: true })
  expect(found.docs.map((doc) => doc.locale).sort()).toEqual(['en', 'pl'])
  expect(found.docs.every((doc) => doc.totalCount === 4 && doc.averageRating === 4.25)).toBe(true)

  const before = await summaries(siteId)
  const stale = new Date(Date.parse(before.pl.computedAt as string) - 60_000)
  const staleRow = {
    locale: 'pl' as const,
    summary: 'stale',
    detailedSummary: [],
    generator: 'local' as const,
    totalCount: 1,
    averageRating: 1,
    histogram: { '1': 1, '2': 0, '3': 0, '4': 0, '5': 0 },
  }
  expect(await writeSummaries(platform.payload, siteId, [staleRow], stale)).toEqual([])
  expect((await summaries(siteId)).pl).toMatchObject({ totalCount: 4, summary: before.pl.summary })
})

it('queues one debounced run for a burst of approvals, and another for a change after it', async () => {
  process.env.TESTIMONIAL_SUMMARY_DEBOUNCE_MS = '3000'
  try {
    const { owner, siteId } = await newSite()
    const waiting = []
    for (const rating of [5, 4, 2]) waiting.push(await addTestimonial(platform.payload, siteId, { rating, status: 'pending' }))
    // Pending testimonials queue nothing.
    expect(await queuedRuns(siteId)).toBe(0)
    // Start at the beginning of a window, so the burst below falls in one (the debounce is per window).
    const slot = debounceSlot({ siteId, now: Date.now(), delayMs: 3000 })
    await new Promise((resolve) => setTimeout(resolve, slot.runAt.getTime() - Date.now() + 50))

    for (const testimonial of waiting) {
      await platform.payload.update({ collection: TESTIMONIALS, id: testimonial.id, data: { status: 'approved' }, overrideAccess: false, user: owner })
    }
    expect(await queuedRuns(siteId)).toBe(1)
    expect(await summaries(siteId)).toEqual({})

    const first = await waitFor(async () => (await summaries(siteId)).pl, { timeoutMs: 15_000 })
    expect(first).toMatchObject({ totalCount: 3, averageRating: 3.67, histogram: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 } })
    expect(await queuedRuns(siteId)).toBe(1)

    // A reply changes nothing a summary is made of: no run.
    await platform.payload.update({ collection: TESTIMONIALS, id: waiting[0].id, data: { reply: 'Dziękuję!' }, overrideAccess: false, user: owner })
    expect(await queuedRuns(siteId)).toBe(1)
    // Rejecting one afterwards gets a run of its own.
    await platform.payload.update({ collection: TESTIMONIALS, id: waiting[2].id, data: { status: 'rejected' }, overrideAccess: false, user: owner })
    expect(await queuedRuns(siteId)).toBe(2)
    const second = await waitFor(
      async () => {
        const row = (await summaries(siteId)).pl
        return row?.totalCount === 2 ? row : undefined
      },
      { timeoutMs: 15_000 },
    )
    expect(second).toMatchObject({ averageRating: 4.5, histogram: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 } })
    // Deleting an approved one too.
    await platform.payload.delete({ collection: TESTIMONIALS, id: waiting[0].id, overrideAccess: false, user: owner })
    await waitFor(async () => ((await summaries(siteId)).en?.totalCount === 1 ? true : undefined), { timeoutMs: 15_000 })
    expect(await queuedRuns(siteId)).toBe(3)
  } finally {
    process.env.TESTIMONIAL_SUMMARY_DEBOUNCE_MS = '600000'
  }
})

it('runs nightly over every site with testimonials or a summary', async () => {
  const repeating = await getJobs(platform.payload).list({ state: 'repeating', limit: 100 })
  expect(repeating.jobs.find((job) => job.name === NIGHTLY_SUMMARIES_JOB)?.repeatInterval).toBe('30 3 * * *')

  const approved = await newSite()
  await addTestimonial(platform.payload, approved.siteId, { rating: 4 })
  await addTestimonial(platform.payload, approved.siteId, { rating: 5 })
  const rejectedOnly = await newSite()
  await addTestimonial(platform.payload, rejectedOnly.siteId, { status: 'rejected' })
  const emptied = await newSite()
  const gone = await addTestimonial(platform.payload, emptied.siteId, { rating: 3 })
  await recomputeSiteSummary(platform.payload, emptied.siteId)
  // Removed behind the hooks' back (as a crash before the debounced run would leave it): only the nightly run notices.
  await platform.payload.db.deleteOne({ collection: TESTIMONIALS, where: { id: { equals: gone.id } } })
  const untouched = await newSite()

  await getJobs(platform.payload).enqueue(NIGHTLY_SUMMARIES_JOB)
  await waitFor(async () => ((await summaries(emptied.siteId)).pl?.totalCount === 0 ? true : undefined), { timeoutMs: 20_000 })
  await waitFor(async () => ((await summaries(approved.siteId)).en ? true : undefined), { timeoutMs: 20_000 })
  expect((await summaries(approved.siteId)).pl).toMatchObject({ totalCount: 2, averageRating: 4.5 })
  expect((await summaries(rejectedOnly.siteId)).pl).toMatchObject({ totalCount: 0, averageRating: null })
  expect(await summaries(untouched.siteId)).toEqual({})
})

describe('with an LLM provider', () => {
  let fake: FakeLlm
  beforeAll(async () => {
    fake = await startFakeLlm({ apiKey: 'sk-platform-test', model: 'test-model' })
    Object.assign(process.env, {
      TESTIMONIAL_SUMMARY_URL: fake.url,
      TESTIMONIAL_SUMMARY_API_KEY: 'sk-platform-test',
      TESTIMONIAL_SUMMARY_MODEL: 'test-model',
      TESTIMONIAL_SUMMARY_TIMEOUT_MS: '1000',
    })
  })
  afterAll(async () => {
    for (const name of ['TESTIMONIAL_SUMMARY_URL', 'TESTIMONIAL_SUMMARY_API_KEY', 'TESTIMONIAL_SUMMARY_MODEL', 'TESTIMONIAL_SUMMARY_TIMEOUT_MS'])
      delete process.env[name]
    await fake.close()
  })

  it('stores its summary when it answers well, and the local one when it fails', async () => {
    const { siteId } = await newSite()
    const first = await addTestimonial(platform.payload, siteId, { rating: 5, content: 'Spokojna atmosfera od pierwszej sesji. Polecam.' })
    await addTestimonial(platform.payload, siteId, { rating: 4, status: 'rejected', content: 'Nie do pokazania.' })

    fake.mode = 'valid'
    fake.requests = []
    await recomputeSiteSummary(platform.payload, siteId)
    let rows = await summaries(siteId)
    expect(rows.pl).toMatchObject({ generator: 'llm', summary: 'Klienci cenią spokojną atmosferę.', totalCount: 1 })
    expect(rows.en).toMatchObject({ generator: 'llm', summary: 'Clients value the calm atmosphere.' })
    expect(rows.pl.detailedSummary).toEqual([{ theme: 'atmosfera', quote: 'Spokojna atmosfera od pierwszej sesji.', testimonialId: first.id }])
    // Only approved text was sent.
    expect(fake.requests.map((request) => request.body.messages?.[1].content).join()).not.toContain('Nie do pokazania')

    for (const mode of ['error', 'hang', 'hallucinated'] as const) {
      fake.mode = mode
      await recomputeSiteSummary(platform.payload, siteId)
      rows = await summaries(siteId)
      expect(rows.pl).toMatchObject({ generator: 'local', totalCount: 1 })
      expect(rows.pl.summary).toContain('„Spokojna atmosfera od pierwszej sesji”')
      expect(rows.en.generator).toBe('local')
    }
  })
})
