/**
 * The announcement on publish, through the real path: the owner publishes, `bigEvent.published` reaches the
 * listener, the listener starts the `big-events.announce` job in Agenda, the job records each recipient and
 * queues their email, the email job sends it to a real SMTP listener.
 *
 * The crash is injected with the test-only switch BIG_EVENTS_TEST_CRASH_AFTER (read only under NODE_ENV=test):
 * the run throws after recording that many recipients, in the middle of its second page
 * (BIG_EVENTS_ANNOUNCE_PAGE_SIZE=4), as a process dying there would leave it. The test then lifts the switch and
 * has Agenda run the failed job again (the retry staff can also start), and every subscriber has exactly one email.
 */
import sharp from 'sharp'

import { createLocalReq } from 'payload'

import type { SmtpListener, TestPlatform } from '@platform/testing'
import {
  createSite,
  createUser,
  decodeSubject,
  onServer,
  publishSiteAs,
  signIn,
  PASSWORD,
  startSmtpListener,
  startTestPlatform,
  waitFor,
} from '@platform/testing'
import { announceEvent } from '../announcements/announce'
import { ANNOUNCE_JOB } from '../announcements/names'
import { SUBSCRIPTIONS } from '../announcements/newsletterContract'
import { formatMoney } from '@platform/format'
import { eventWhen } from '../lib/facts'
import { ANNOUNCEMENTS, BIG_EVENTS } from '../slugs'
import { addSubscribers, createEvent, htmlOf, mailsTo, settle, textOf } from './support'

let smtp: SmtpListener
let platform: TestPlatform
let owner: Awaited<ReturnType<typeof createUser>>
let site: { id: number; identifier: string }

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  process.env.BIG_EVENTS_ANNOUNCE_PAGE_SIZE = '4'
  platform = await startTestPlatform()
  owner = await createUser(platform.payload, { locale: 'pl' })
  site = await createSite(platform.payload, owner.id, 'Studio Jogi Anny')
  await publishSiteAs(platform.payload, site.id)
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS', 'BIG_EVENTS_ANNOUNCE_PAGE_SIZE', 'BIG_EVENTS_TEST_CRASH_AFTER'])
    delete process.env[name]
})

/** The owner changes the event's status in the admin (Local API as the owner, access on). */
const setStatus = async (eventId: number, status: 'draft' | 'published') =>
  platform.payload.update({
    collection: BIG_EVENTS,
    id: eventId,
    data: { status },
    req: await createLocalReq({ user: { ...owner, collection: 'users' } }, platform.payload),
    overrideAccess: false,
  })

const rowsOf = async (eventId: number) => {
  const rows = await platform.payload.find({
    collection: ANNOUNCEMENTS,
    where: { event: { equals: eventId } },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted: test inspection of the job's records
  })
  return rows.docs
}

const readEvent = (id: number) => platform.payload.findByID({ collection: BIG_EVENTS, id, depth: 0, overrideAccess: true }) // test inspection

const announceJobs = async () => (await platform.jobs.list({ limit: 100 })).jobs.filter((job) => job.name === ANNOUNCE_JOB)

/** A 1000×600 picture in the site's media library (a new colour for each: the library keeps one asset per content). */
const uploadImage = async (background = '#88aacc') => {
  const data = await sharp({ create: { width: 1000, height: 600, channels: 3, background } })
    .png()
    .toBuffer()
  return platform.payload.create({
    collection: 'media-assets',
    data: { site: site.id, alt: 'Sala z widokiem na góry' },
    file: { data, mimetype: 'image/png', name: `sala-${Date.now()}.png`, size: data.length },
    overrideAccess: true, // trusted test setup
  })
}

describe('announcing a published event to newsletter subscribers', () => {
  let eventId: number
  let slug: string
  const recipients: { email: string; locale: 'pl' | 'en' }[] = []
  const outsiders: string[] = []

  it('sends it exactly once to each confirmed, active subscriber of the site, across a crash halfway', async () => {
    const polish = await addSubscribers(platform.payload, site.id, 7, { locale: 'pl' })
    const english = await addSubscribers(platform.payload, site.id, 3, { locale: 'en' })
    recipients.push(...polish.map(({ email }) => ({ email, locale: 'pl' as const })), ...english.map(({ email }) => ({ email, locale: 'en' as const })))
    const otherOwner = await createUser(platform.payload)
    const otherSite = await createSite(platform.payload, otherOwner.id)
    outsiders.push(
      ...(await addSubscribers(platform.payload, site.id, 1, { isConfirmed: false, prefix: 'unconfirmed' })).map((s) => s.email),
      ...(await addSubscribers(platform.payload, site.id, 1, { isActive: false, prefix: 'inactive' })).map((s) => s.email),
      ...(await addSubscribers(platform.payload, otherSite.id, 2, { prefix: 'other-site' })).map((s) => s.email),
    )
    const image = await uploadImage()
    const event = await createEvent(platform.payload, site.id, {
      sendEmailOnPublish: true,
      image: image.id,
      earlyBirdPrice: 390,
      earlyBirdEndsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
    })
    eventId = event.id
    slug = event.slug!

    process.env.BIG_EVENTS_TEST_CRASH_AFTER = '6'
    await setStatus(eventId, 'published')
    // The first run dies after 6 recipients (in its second page of 4).
    const failed = await waitFor(async () => (await announceJobs()).find((job) => job.failCount > 0), {
      timeoutMs: 30_000,
      what: 'the crashed announcement run',
    })
    expect(failed.failReason).toMatch(/Test crash/)
    expect(await rowsOf(eventId)).toHaveLength(6)
    expect((await readEvent(eventId)).emailSent).toBe(false)

    // The rerun (Agenda's retry, started now) skips the six and finishes.
    delete process.env.BIG_EVENTS_TEST_CRASH_AFTER
    expect(await platform.jobs.retry(failed.id)).toBe(true)
    const sent = await waitFor(async () => ((await readEvent(eventId)).emailSent ? readEvent(eventId) : undefined), { timeoutMs: 30_000, what: 'emailSent' })
    expect(sent.emailSentAt).toEqual(expect.any(String))
    for (const { email } of recipients) await waitFor(async () => mailsTo(smtp, email)[0], { timeoutMs: 30_000, what: `the announcement to ${email}` })
    await settle(2_000)

    for (const { email } of recipients) expect({ email, emails: mailsTo(smtp, email).length }).toEqual({ email, emails: 1 })
    for (const email of outsiders) expect({ email, emails: mailsTo(smtp, email).length }).toEqual({ email, emails: 0 })
    const rows = await rowsOf(eventId)
    expect(rows.map((row) => row.email).sort()).toEqual(recipients.map((r) => r.email).sort())
  })

  it('writes each subscriber in their language, with the facts, the picture, the event page and List-Unsubscribe', async () => {
    const event = await readEvent(eventId)
    const pl = mailsTo(smtp, recipients.find((r) => r.locale === 'pl')!.email)[0]
    const en = mailsTo(smtp, recipients.find((r) => r.locale === 'en')!.email)[0]
    expect(decodeSubject(pl.headers.subject)).toBe(`Studio Jogi Anny zaprasza: ${event.title}`)
    expect(decodeSubject(en.headers.subject)).toBe(`Studio Jogi Anny invites you: ${event.title}`)
    const facts = { startDate: event.startDate, endDate: event.endDate, timeZone: event.timeZone }
    expect(textOf(pl)).toContain(eventWhen(facts, 'pl'))
    expect(textOf(pl)).toContain(formatMoney(39_000, 'pl'))
    expect(textOf(pl)).toContain('Zostało 20 miejsc')
    expect(textOf(pl)).toContain('Pensjonat Pod Giewontem, Zakopane')
    expect(textOf(en)).toContain(eventWhen(facts, 'en'))
    expect(textOf(en)).toContain('20 seats left')
    expect(htmlOf(pl)).toContain(`/s/${site.identifier}/events/${slug}`)
    expect(htmlOf(en)).toContain(`/s/${site.identifier}/en/events/${slug}`)
    expect(htmlOf(pl)).toMatch(/<img src="http[^"]+\/api\/media-assets\/file\/[^"]+-768x\d+\.webp" alt="Sala z widokiem na góry"/)
    expect(pl.headers['list-unsubscribe']).toMatch(/^<http[^>]+\/api\/public\/newsletter\/unsubscribe\?token=[A-Za-z0-9_-]{43}>$/)
    expect(pl.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect(htmlOf(pl)).toContain('Wypisz się z newslettera')
    // The picture loads for anyone (a published event's picture is public), in the email as on the event's page.
    const picture = await fetch(onServer(platform.baseURL, /<img src="([^"]+)"/.exec(htmlOf(pl))![1]))
    expect({ status: picture.status, type: picture.headers.get('content-type') }).toEqual({ status: 200, type: 'image/webp' })
  })

  it('has an unsubscribe link that really unsubscribes (the newsletter’s one-click POST)', async () => {
    const { email } = recipients[1]
    const link = mailsTo(smtp, email)[0].headers['list-unsubscribe'].slice(1, -1)
    const answer = await fetch(onServer(platform.baseURL, link), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(answer.status).toBe(200)
    const subscription = await platform.payload.find({ collection: SUBSCRIPTIONS, where: { email: { equals: email } }, depth: 0, overrideAccess: true }) // test inspection
    expect(subscription.docs[0]).toMatchObject({ isActive: false })
  })

  it('does not announce again when the owner unpublishes and publishes it again', async () => {
    const before = smtp.received.length
    await setStatus(eventId, 'draft')
    await setStatus(eventId, 'published')
    await settle(3_000)
    expect(await announceEvent(platform.payload, eventId)).toEqual({ outcome: 'already-sent', recorded: 0 })
    expect(smtp.received.length).toBe(before)
    expect(await rowsOf(eventId)).toHaveLength(recipients.length)
  })
})

describe('what is not announced', () => {
  it('sends nothing for an event published without “announce”', async () => {
    const reader = (await addSubscribers(platform.payload, site.id, 1, { prefix: 'quiet' }))[0]
    const event = await createEvent(platform.payload, site.id, { sendEmailOnPublish: false })
    await setStatus(event.id, 'published')
    await settle(2_500)
    expect(mailsTo(smtp, reader.email)).toHaveLength(0)
    expect(await rowsOf(event.id)).toHaveLength(0)
    expect((await readEvent(event.id)).emailSent).toBe(false)
  })
})

describe('two runs at once', () => {
  it('record and email each subscriber once (the recipient lock and the unique row)', async () => {
    const event = await createEvent(platform.payload, site.id, { sendEmailOnPublish: true })
    // Published by trusted code without the listener's own run racing this test's two: status set in the database.
    await platform.payload.db.updateOne({ collection: BIG_EVENTS, id: event.id, data: { status: 'published' } })
    const active = await platform.payload.count({
      collection: SUBSCRIPTIONS,
      where: { and: [{ site: { equals: site.id } }, { isActive: { equals: true } }, { isConfirmed: { equals: true } }] },
      overrideAccess: true, // test inspection
    })
    const [a, b] = await Promise.all([announceEvent(platform.payload, event.id, { perPage: 3 }), announceEvent(platform.payload, event.id, { perPage: 3 })])
    expect(a.recorded + b.recorded).toBe(active.totalDocs)
    expect(await rowsOf(event.id)).toHaveLength(active.totalDocs)
    expect((await readEvent(event.id)).emailSent).toBe(true)
  })
})

describe('access', () => {
  it('keeps a draft event’s picture for the site’s members', async () => {
    const image = await uploadImage('#aa8866')
    const event = await createEvent(platform.payload, site.id, { image: image.id })
    const file = `/api/media-assets/file/${encodeURIComponent(String(image.filename))}`
    expect((await fetch(`${platform.baseURL}${file}`)).status).toBe(403)
    await setStatus(event.id, 'published')
    expect((await fetch(`${platform.baseURL}${file}`)).status).toBe(200)
  })

  it('lets nobody record an announcement or mark an event announced over the API', async () => {
    const me = await signIn(platform.baseURL, owner.email, PASSWORD)
    const event = await createEvent(platform.payload, site.id)
    const created = await me.request('POST', `/api/${ANNOUNCEMENTS}`, { site: site.id, event: event.id, email: 'someone@example.test' })
    expect(created.status).toBe(403)
    const patched = await me.request('PATCH', `/api/${BIG_EVENTS}/${event.id}`, { emailSent: true, emailSentAt: new Date().toISOString() })
    expect(patched.status).toBe(200)
    expect(await readEvent(event.id)).toMatchObject({ emailSent: false })
    expect((await readEvent(event.id)).emailSentAt ?? null).toBeNull()
    // The announcement is started by the listener only: the plugin offers no endpoint for it.
    const paths = (platform.payload.config.endpoints ?? []).map((endpoint) => endpoint.path)
    expect(paths.filter((path) => /announce|remind/i.test(path))).toEqual([])
  })
})
