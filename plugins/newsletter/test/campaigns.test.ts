/**
 * The campaign editor's endpoints over real HTTP, as signed-in users: who may schedule, send, pause, resume and
 * test-send (owner, admin, editor; not a viewer, not staff, not another site's owner, not a visitor), which
 * status moves are refused (409) or bad (400) with nothing changed, parallel Send now clicks queueing one send,
 * the preview from the form's current text, and the test email going to the caller only, rate-limited.
 * The job runner is off: statuses stay where the endpoints put them.
 */
import pg from 'pg'

import type { Session, SmtpListener, TestPlatform } from '@platform/testing'
import {
  addTeamMember,
  createSite,
  createUser,
  decodeSubject,
  mimePart,
  PASSWORD,
  session,
  signIn,
  startSmtpListener,
  startTestPlatform,
  waitFor,
} from '@platform/testing'
import { SEND_CAMPAIGN_JOB } from '../sending/names'
import { CAMPAIGNS } from '../slugs'
import { acceptedBy, addSubscribers, createCampaign, lexicalBody } from './fixtures'

let smtp: SmtpListener
let platform: TestPlatform
let db: pg.Client
let siteA: number
let ownerA: { email: string }
let editorEmail: string
const as: Record<'ownerA' | 'ownerB' | 'editor' | 'viewer' | 'staff' | 'visitor', Session> = {} as never

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.NEWSLETTER_TEST_SENDS_PER_HOUR = '3'
  platform = await startTestPlatform({ processJobs: false })
  db = new pg.Client({ connectionString: platform.databaseURL })
  await db.connect()
  const [a, b, staff, editor, viewer] = await Promise.all([
    createUser(platform.payload),
    createUser(platform.payload),
    createUser(platform.payload, { isStaff: true }),
    createUser(platform.payload),
    createUser(platform.payload),
  ])
  ownerA = a
  editorEmail = editor.email
  siteA = (await createSite(platform.payload, a.id, 'Studio Kampanii')).id
  await createSite(platform.payload, b.id)
  await addTeamMember(platform.payload, siteA, editor.id, editor.email, 'editor')
  await addTeamMember(platform.payload, siteA, viewer.id, viewer.email, 'viewer')
  as.ownerA = await signIn(platform.baseURL, a.email, PASSWORD)
  as.ownerB = await signIn(platform.baseURL, b.email, PASSWORD)
  as.staff = await signIn(platform.baseURL, staff.email, PASSWORD)
  as.editor = await signIn(platform.baseURL, editor.email, PASSWORD)
  as.viewer = await signIn(platform.baseURL, viewer.email, PASSWORD)
  as.visitor = session(platform.baseURL)
})

afterAll(async () => {
  await db?.end()
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_FROM', 'NEWSLETTER_TEST_SENDS_PER_HOUR']) delete process.env[name]
})

const statusOf = async (id: number) => (await platform.payload.findByID({ collection: CAMPAIGNS, id, depth: 0, overrideAccess: true })).status
const post = (who: Session, id: number, action: string, body?: unknown) => who.request('POST', `/api/${CAMPAIGNS}/${id}/${action}`, body)
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()
const sendJobsFor = async (id: number) =>
  (await db.query(`SELECT data FROM platform_outbox WHERE job = $1`, [SEND_CAMPAIGN_JOB])).rows.filter((row) => Number(row.data.campaignId) === id).length

describe('who may act on a campaign', () => {
  it('owner and editor may; a viewer and staff get 403, another owner 404, a visitor 401, and nothing changes', async () => {
    const campaign = await createCampaign(platform.payload, siteA)
    for (const [who, status] of [
      ['viewer', 403],
      ['staff', 403],
      ['ownerB', 404],
      ['visitor', 401],
    ] as const) {
      for (const action of ['schedule', 'send-now', 'pause', 'resume', 'unschedule', 'test', 'preview']) {
        const answer = await post(as[who], campaign.id, action, action === 'schedule' ? { scheduledAt: inAnHour() } : {})
        expect({ who, action, status: answer.status }).toEqual({ who, action, status })
        expect(answer.body.errors[0].message).toEqual(expect.any(String))
      }
    }
    expect(await statusOf(campaign.id)).toBe('draft')
    expect(smtp.received).toHaveLength(0)
    expect((await post(as.editor, campaign.id, 'schedule', { scheduledAt: inAnHour() })).status).toBe(200)
    expect((await post(as.ownerA, campaign.id, 'unschedule')).status).toBe(200)
    expect(await statusOf(campaign.id)).toBe('draft')
  })

  it('answers 404 for an unknown campaign', async () => {
    expect((await post(as.ownerA, 999_999, 'send-now')).status).toBe(404)
  })
})

describe('status moves', () => {
  it('schedules a future date only, unschedules, sends, pauses, resumes; sent is final', async () => {
    const campaign = await createCampaign(platform.payload, siteA)
    const past = await post(as.ownerA, campaign.id, 'schedule', { scheduledAt: new Date(Date.now() - 60_000).toISOString() })
    expect(past.status).toBe(400)
    expect(past.body.errors[0].message).toBe('Choose a sending date and time in the future.')
    expect((await post(as.ownerA, campaign.id, 'schedule', { scheduledAt: 'tomorrow' })).status).toBe(400)
    expect((await post(as.ownerA, campaign.id, 'schedule', { scheduledAt: inAnHour(), extra: 1 })).status).toBe(400)
    expect(await statusOf(campaign.id)).toBe('draft')

    const scheduled = await post(as.ownerA, campaign.id, 'schedule', { scheduledAt: inAnHour() })
    expect(scheduled.body.campaign).toMatchObject({ id: campaign.id, status: 'scheduled' })
    expect((await post(as.ownerA, campaign.id, 'resume')).status).toBe(409)
    expect((await post(as.ownerA, campaign.id, 'pause')).status).toBe(409)
    const unscheduled = (await post(as.ownerA, campaign.id, 'unschedule')).body.campaign
    expect([unscheduled.status, unscheduled.scheduledAt ?? null]).toEqual(['draft', null])
    expect((await post(as.ownerA, campaign.id, 'unschedule')).status).toBe(409)

    expect((await post(as.ownerA, campaign.id, 'send-now')).body.campaign.status).toBe('sending')
    // While sending, the content is locked and it cannot be scheduled or unscheduled.
    const edit = await as.ownerA.request('PATCH', `/api/${CAMPAIGNS}/${campaign.id}`, { subjectPl: 'Inny temat' })
    expect(edit.status).toBe(409)
    expect((await post(as.ownerA, campaign.id, 'schedule', { scheduledAt: inAnHour() })).status).toBe(409)
    expect((await post(as.ownerA, campaign.id, 'pause')).body.campaign.status).toBe('paused')
    expect((await post(as.ownerA, campaign.id, 'resume')).body.campaign.status).toBe('sending')

    // Nobody marks a campaign sent over the API; once the platform did, nothing moves it.
    const markSent = await as.ownerA.request('PATCH', `/api/${CAMPAIGNS}/${campaign.id}`, { status: 'sent' })
    expect(markSent.status).toBe(409)
    await platform.payload.update({
      collection: CAMPAIGNS,
      id: campaign.id,
      data: { status: 'sent' },
      context: { newsletterPlatformMove: true },
      overrideAccess: true,
    }) // test setup: the platform finished
    for (const action of ['send-now', 'pause', 'resume', 'unschedule'])
      expect({ action, status: (await post(as.ownerA, campaign.id, action)).status }).toEqual({ action, status: 409 })
    expect(await statusOf(campaign.id)).toBe('sent')
  })

  it('refuses to schedule or send a campaign with nothing in it', async () => {
    const empty = await platform.payload.create({ collection: CAMPAIGNS, data: { site: siteA, status: 'draft', subjectPl: 'Pusta' }, overrideAccess: true }) // test setup
    const answer = await post(as.ownerA, empty.id, 'send-now')
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toBe('The campaign needs a Polish subject and body.')
    expect(await statusOf(empty.id)).toBe('draft')
  })

  it('queues one send for five parallel Send now clicks', async () => {
    const campaign = await createCampaign(platform.payload, siteA)
    const answers = await Promise.all(Array.from({ length: 5 }, () => post(as.editor, campaign.id, 'send-now')))
    expect(answers.every((answer) => answer.status === 200)).toBe(true)
    expect(await statusOf(campaign.id)).toBe('sending')
    expect(await sendJobsFor(campaign.id)).toBe(1)
  })
})

describe('preview and test send', () => {
  it('previews what the form holds now, in either language, without tracking', async () => {
    const campaign = await createCampaign(platform.payload, siteA)
    const preview = await post(as.editor, campaign.id, 'preview', { locale: 'pl', subjectPl: 'Temat z formularza', bodyPl: lexicalBody('Nowy tekst') })
    expect(preview.status).toBe(200)
    expect(preview.body.subject).toBe('Temat z formularza')
    expect(preview.body.html).toContain('Nowy tekst')
    expect(preview.body.html).toContain('href="https://example.com/zapisy?x=1&amp;y=2"')
    expect(preview.body.html).not.toContain('/newsletter/o/')
    expect(preview.body.html).toContain('Studio Kampanii')
    const english = await post(as.editor, campaign.id, 'preview', { locale: 'en' })
    expect(english.body).toMatchObject({ subject: 'Spring workshops', locale: 'en' })
    expect((await post(as.editor, campaign.id, 'preview', { locale: 'de' })).status).toBe(400)
  })

  it('sends the test to the caller only, marked [TEST], and limits how many', async () => {
    const campaign = await createCampaign(platform.payload, siteA)
    const [subscriber] = await addSubscribers(platform.payload, siteA, 1, { prefix: 'not-in-a-test' })
    const answer = await post(as.editor, campaign.id, 'test', { locale: 'pl' })
    expect(answer.status).toBe(202)
    expect(answer.body).toEqual({ sentTo: editorEmail })
    const mail = await waitFor(async () => acceptedBy(smtp).get(editorEmail)?.[0], { what: 'the test email' })
    expect(decodeSubject(mail.headers.subject)).toBe('[TEST] Wiosenne warsztaty')
    expect(mimePart(mail.raw, 'text/html')).toContain('Cześć!')
    expect(acceptedBy(smtp).get(subscriber.email)).toBeUndefined()
    expect(acceptedBy(smtp).get(ownerA.email.toLowerCase())).toBeUndefined()
    // NEWSLETTER_TEST_SENDS_PER_HOUR = 3: two more, then 429.
    expect((await post(as.editor, campaign.id, 'test', {})).status).toBe(202)
    expect((await post(as.editor, campaign.id, 'test', {})).status).toBe(202)
    const limited = await post(as.editor, campaign.id, 'test', {})
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(acceptedBy(smtp).get(editorEmail)).toHaveLength(3)
  })
})
