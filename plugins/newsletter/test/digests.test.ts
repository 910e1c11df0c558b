/**
 * Weekly and monthly digests with a fixed `now` (1 March 2027, 07:00 in Warsaw), through a real SMTP listener:
 * each due subscriber gets one email bundling the campaigns sent since their last email and the site's updates
 * since then; subscribers not due, every-issue ones, and those with nothing new get nothing; a second run the
 * same day sends nothing more. Site updates come from a platform event another plugin would announce (a
 * test-only event declared here) through the generic listener.
 */
import { createLocalReq } from 'payload'

import { definePlatformPlugin, publishEvent } from '@platform'
import type { SmtpListener, TestPlatform } from '@platform/testing'
import { createSite, createUser, decodeSubject, mimePart, startSmtpListener, startTestPlatform, waitFor } from '@platform/testing'
import { sendDigests } from '../digests/sendDigests'
import { siteUpdateListeners } from '../digests/updateListeners'
import { ANALYTICS, CAMPAIGNS, SUBSCRIPTIONS, UPDATES } from '../slugs'
import { acceptedBy, addSubscribers, createCampaign } from './fixtures'

declare module '@platform' {
  interface PlatformEvents {
    'newsletter-test.thing-published': { siteId: number; title: { pl: string; en: string }; url: string }
  }
}

const TEST_EVENT = 'newsletter-test.thing-published'
const testEvents = definePlatformPlugin('newsletter-digest-test', () => ({ listeners: siteUpdateListeners([TEST_EVENT]) }))()

const NOW = Date.parse('2027-03-01T06:00:00Z')
const DAY = 24 * 3_600_000
const ago = (days: number) => new Date(NOW - days * DAY).toISOString()

let smtp: SmtpListener
let platform: TestPlatform

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  platform = await startTestPlatform({ plugins: [testEvents] })
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  delete process.env.SMTP_URL
  delete process.env.EMAIL_FROM
})

/** A campaign the platform sent `days` ago (test setup: written straight to the database). */
const sentCampaign = async (siteId: number, subject: string, days: number) => {
  const campaign = await createCampaign(platform.payload, siteId)
  await platform.payload.db.updateOne({
    collection: CAMPAIGNS,
    id: campaign.id,
    data: { status: 'sent', sentAt: ago(days), subjectPl: subject, subjectEn: `${subject} EN` },
  })
  return campaign
}

it('records site updates from another plugin’s event', async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id, 'Studio Nowości')
  const req = await createLocalReq({}, platform.payload)
  await publishEvent(req, TEST_EVENT, { siteId: site.id, title: { pl: 'Nowy warsztat', en: 'New workshop' }, url: '/s/studio/warsztat' })
  const update = await waitFor(
    async () => (await platform.payload.find({ collection: UPDATES, where: { site: { equals: site.id } }, overrideAccess: true })).docs[0],
    { what: 'the site update' },
  )
  expect(update).toMatchObject({ kind: TEST_EVENT, titlePl: 'Nowy warsztat', titleEn: 'New workshop', url: '/s/studio/warsztat' })
})

it('sends each due weekly and monthly subscriber one digest of what is new since their last email, once', async () => {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id, 'Studio Podsumowań')
  await sentCampaign(site.id, 'Luty: oddech', 20)
  await sentCampaign(site.id, 'Marzec: ruch', 2)
  await platform.payload.create({
    collection: UPDATES,
    data: { site: site.id, kind: TEST_EVENT, titlePl: 'Nowa opinia', titleEn: 'New review', url: '/s/x/opinie', at: ago(1) },
    overrideAccess: true, // test setup: what the listener stores
  })
  const [weeklyDue] = await addSubscribers(platform.payload, site.id, 1, {
    frequency: 'weekly',
    prefix: 'weekly-due',
    lastSentAt: ago(8),
    confirmedAt: ago(90),
  })
  const [weeklyNew] = await addSubscribers(platform.payload, site.id, 1, { frequency: 'weekly', prefix: 'weekly-new', confirmedAt: ago(10), locale: 'en' })
  const [weeklyNotDue] = await addSubscribers(platform.payload, site.id, 1, {
    frequency: 'weekly',
    prefix: 'weekly-recent',
    lastSentAt: ago(3),
    confirmedAt: ago(90),
  })
  const [monthlyDue] = await addSubscribers(platform.payload, site.id, 1, {
    frequency: 'monthly',
    prefix: 'monthly-due',
    lastSentAt: ago(25),
    confirmedAt: ago(90),
  })
  const [monthlyNotDue] = await addSubscribers(platform.payload, site.id, 1, {
    frequency: 'monthly',
    prefix: 'monthly-this-month',
    lastSentAt: new Date(NOW - 3_600_000).toISOString(),
    confirmedAt: ago(90),
  })
  const [alsoDue] = await addSubscribers(platform.payload, site.id, 1, { frequency: 'weekly', prefix: 'weekly-also', lastSentAt: ago(8), confirmedAt: ago(90) })
  // A site whose only news is older than its reader's last email.
  const quiet = await createSite(platform.payload, owner.id, 'Studio Ciche')
  await sentCampaign(quiet.id, 'Dawno temu', 40)
  const [quietReader] = await addSubscribers(platform.payload, quiet.id, 1, { frequency: 'weekly', prefix: 'quiet', lastSentAt: ago(8), confirmedAt: ago(90) })
  const [each] = await addSubscribers(platform.payload, site.id, 1, { frequency: 'each', prefix: 'each', lastSentAt: ago(30) })

  await sendDigests(platform.payload, { now: () => NOW })
  const by = acceptedBy(smtp)
  const only = (email: string) => {
    const mails = by.get(email) ?? []
    expect({ email, count: mails.length }).toEqual({ email, count: 1 })
    return { subject: decodeSubject(mails[0].headers.subject), html: mimePart(mails[0].raw, 'text/html')!, headers: mails[0].headers }
  }

  const weekly = only(weeklyDue.email)
  expect(weekly.subject).toBe('Podsumowanie tygodnia: Studio Podsumowań')
  expect(weekly.html).toContain('Marzec: ruch')
  expect(weekly.html).not.toContain('Luty: oddech') // sent before their last email
  expect(weekly.html).toContain('Nowa opinia')
  expect(weekly.headers['list-unsubscribe']).toContain('/api/public/newsletter/unsubscribe?token=')

  const english = only(weeklyNew.email)
  expect(english.subject).toBe('Weekly digest: Studio Podsumowań')
  expect(english.html).toContain('Marzec: ruch EN')
  expect(english.html).not.toContain('Luty: oddech') // confirmed after it
  expect(english.html).toContain('New review')

  const monthly = only(monthlyDue.email)
  expect(monthly.subject).toBe('Podsumowanie miesiąca: Studio Podsumowań')
  expect(monthly.html).toContain('Luty: oddech')
  expect(monthly.html).toContain('Marzec: ruch')

  only(alsoDue.email)
  // Nothing new since their last email: no email, no delivery. Not due, or every issue: nothing either.
  expect(by.get(quietReader.email)).toBeUndefined()
  for (const subscriber of [weeklyNotDue, monthlyNotDue, each]) expect(by.get(subscriber.email)).toBeUndefined()

  const deliveries = await platform.payload.find({ collection: ANALYTICS, where: { kind: { equals: 'digest' } }, limit: 0, overrideAccess: true })
  expect(deliveries.docs.map((doc) => doc.digestPeriod).sort()).toEqual(['monthly', 'weekly', 'weekly', 'weekly'])
  expect(deliveries.docs.every((doc) => doc.sentAt && !doc.campaign)).toBe(true)
  const after = await platform.payload.findByID({ collection: SUBSCRIPTIONS, id: weeklyDue.id, overrideAccess: true })
  expect(after.lastSentAt).toBe(new Date(NOW).toISOString())
  expect(after.emailsSent).toBe(1)

  // The same day again (a second run, or one resumed after a crash): nothing more.
  const before = smtp.received.length
  await sendDigests(platform.payload, { now: () => NOW + 3_600_000 })
  expect(smtp.received.length).toBe(before)
})

it('tracks a digest with its delivery token, and not at all on a site that tracks no individuals (no campaign to count for)', async () => {
  const owner = await createUser(platform.payload)
  const tracked = await createSite(platform.payload, owner.id, 'Studio Śledzone')
  const untracked = await createSite(platform.payload, owner.id, 'Studio Anonimowe')
  await platform.payload.update({ collection: 'sites', id: untracked.id, data: { newsletterTrackIndividuals: false }, overrideAccess: true }) // test: the owner's setting
  const readers = []
  for (const site of [tracked, untracked]) {
    await sentCampaign(site.id, 'Kwiecień: sen', 2)
    readers.push(
      (await addSubscribers(platform.payload, site.id, 1, { frequency: 'weekly', prefix: 'digest-track', lastSentAt: ago(8), confirmedAt: ago(90) }))[0],
    )
  }
  await sendDigests(platform.payload, { now: () => NOW })
  const [trackedHtml, untrackedHtml] = readers.map(({ email }) => {
    const mails = acceptedBy(smtp).get(email) ?? []
    expect({ email, count: mails.length }).toEqual({ email, count: 1 })
    return mimePart(mails[0].raw, 'text/html')!
  })
  expect(trackedHtml).toContain('Kwiecień: sen')
  expect(trackedHtml).toMatch(/\/api\/public\/newsletter\/o\/[A-Za-z0-9_-]{43}"/)
  expect(untrackedHtml).toContain('Kwiecień: sen')
  expect(untrackedHtml).not.toContain('/api/public/newsletter/o/')
  expect(untrackedHtml).not.toContain('/api/public/newsletter/c/')
})
