/**
 * The booking's messages end to end, over real HTTP, a real PostgreSQL and a
 * real SMTP listener: confirmation, change and cancellation emails to the
 * visitor and the host with a calendar file (stable UID, SEQUENCE from the
 * booking), the host's in-app notification, the 24-hour reminder (once, never
 * for cancelled or just-made bookings) and the manage page's details.
 */
import { createToken } from '@platform'
import type { ReceivedMail, SmtpListener, TestPlatform } from '@platform/testing'
import {
  addTeamMember,
  calendarProperties,
  createSite,
  createUser,
  decodeSubject,
  delivered,
  mailsTo,
  mimePart,
  PASSWORD,
  publishSiteAs,
  signIn,
  startSmtpListener,
  startTestPlatform,
  waitFor,
} from '@platform/testing'
import { sendDueReminders } from '../jobs/sendReminders'
import { createBlock, createClass, dayAhead, get, isoAt, post, setSettings } from './support'

let smtp: SmtpListener
let platform: TestPlatform
let owner: { id: number; email: string }
let site: { id: number; identifier: string; name: string }
let blockId: string
const DAY = dayAhead(6)
const HOUR = 3_600_000

beforeAll(async () => {
  smtp = await startSmtpListener()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Platforma Test <no-reply@platforma.test>'
  process.env.EMAIL_RETRY_DELAY_MS = '300'
  process.env.BOOKING_RATE_PER_IP = '1000'
  platform = await startTestPlatform()
  owner = await createUser(platform.payload, { locale: 'pl' })
  await platform.payload.update({ collection: 'users', id: owner.id, data: { firstName: 'Anna', lastName: 'Kowalska' }, overrideAccess: true })
  site = await createSite(platform.payload, owner.id, 'Gabinet Anny')
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY, startTime: '09:00', endTime: '13:00', title: 'Konsultacja' })).id)
})

afterAll(async () => {
  await platform?.close()
  await smtp?.close()
  for (const name of ['SMTP_URL', 'EMAIL_FROM', 'EMAIL_RETRY_DELAY_MS', 'BOOKING_RATE_PER_IP']) delete process.env[name]
})

const book = (body: Record<string, unknown>) => post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, body)
const tokenOf = (manageUrl: string) => manageUrl.split('/').pop()!

/** Every text/calendar part of a message, decoded. */
const calendarParts = (mail: ReceivedMail): string[] => {
  const parts: string[] = []
  for (const match of mail.raw.matchAll(/Content-Type: text\/calendar/gi)) {
    const rest = mail.raw.slice(match.index)
    const headerEnd = rest.search(/\r?\n\r?\n/)
    const headers = rest.slice(0, headerEnd)
    const body = rest
      .slice(headerEnd)
      .replace(/^\r?\n\r?\n/, '')
      .split(/\r?\n--/)[0]
    if (/Content-Transfer-Encoding: base64/i.test(headers)) parts.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'))
    else if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
      parts.push(
        Buffer.from(
          body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
      )
    } else parts.push(body)
  }
  return parts
}

const calendarOf = (mail: ReceivedMail) => {
  const parts = calendarParts(mail)
  expect(parts.length).toBeGreaterThanOrEqual(1)
  // The inline alternative and the attached file carry the same object.
  for (const part of parts) expect(part).toBe(parts[0])
  return calendarProperties(parts[0])
}

const notificationsOf = async (userId: number, type: string) =>
  (
    await platform.payload.find({
      collection: 'notifications',
      where: { and: [{ user: { equals: userId } }, { notificationType: { equals: type } }] },
      overrideAccess: true,
    })
  ).docs

describe('a booking made, moved and cancelled by the visitor', () => {
  let bookingId: number
  let token: string
  let manageUrl: string
  const guest = 'visitor-flow@example.com'

  it('emails the visitor (their language) and the host (theirs) with the calendar invitation, and notifies the host', async () => {
    const made = await book({
      start: isoAt(DAY, '09:00'),
      blockId,
      email: guest,
      name: 'Jan Nowak',
      notes: 'Pierwsza wizyta',
      tz: 'America/New_York',
      locale: 'en',
    })
    expect(made.status).toBe(201)
    bookingId = made.body.booking.id
    manageUrl = made.body.manageUrl
    token = tokenOf(manageUrl)

    const visitorMail = await delivered(smtp, guest, /^Booking confirmed: /)
    const text = mimePart(visitorMail.raw, 'text/plain')!
    expect(text).toContain('Hi Jan Nowak,')
    expect(text).toContain('Gabinet Anny')
    expect(text).toContain('With: Anna Kowalska')
    expect(text).toMatch(/, 09:00–10:00 \(Warsaw – Central European Time\)/)
    expect(text).toMatch(/In your time zone \(New York – Eastern Time\): .*, 0[23]:00–0[34]:00/)
    expect(text).toContain(manageUrl)
    expect(text).toContain('up to 24 hours before the start')
    expect(visitorMail.headers['reply-to']).toBe(owner.email)
    const ics = calendarOf(visitorMail)
    expect(ics).toMatchObject({
      METHOD: 'REQUEST',
      UID: `booking-${bookingId}@localhost`,
      SEQUENCE: '0',
      STATUS: 'CONFIRMED',
      DTSTART: isoAt(DAY, '09:00').replace(/[-:]/g, '').replace('.000', ''),
      DTEND: isoAt(DAY, '10:00').replace(/[-:]/g, '').replace('.000', ''),
      URL: manageUrl,
    })

    const hostMail = await delivered(smtp, owner.email, /^Nowa rezerwacja: Jan Nowak/)
    const hostText = mimePart(hostMail.raw, 'text/plain')!
    expect(hostText).toContain('Dzień dobry, Anna Kowalska,')
    expect(hostText).toMatch(/nowa rezerwacja w \S+.* – \S+/i) // no "zarezerwował(a)": the sentence names no gender
    expect(decodeSubject(hostMail.headers.subject)).toMatch(/^Nowa rezerwacja: Jan Nowak, .+ 20\d\d, 09:00–10:00/) // "30 listopada 2026, 09:00–10:00"
    expect(hostText).toContain(guest)
    expect(hostText).toContain('Pierwsza wizyta')
    expect(hostText).toContain(`/admin/collections/bookings/${bookingId}`)
    expect(hostText).not.toContain(token) // the visitor's link is theirs only
    expect(hostMail.headers['reply-to']).toBe(guest)
    expect(calendarOf(hostMail)).toMatchObject({ METHOD: 'REQUEST', UID: `booking-${bookingId}@localhost`, SEQUENCE: '0' })

    const [notification] = await waitFor(async () => {
      const found = await notificationsOf(owner.id, 'booking.created')
      return found.length ? found : undefined
    })
    expect(notification).toMatchObject({ link: `/admin/collections/bookings/${bookingId}`, isRead: false })
    expect(notification.message).toMatch(/^Nowa rezerwacja: Jan Nowak – Konsultacja, .* 09:00–10:00 \(Warszawa – czas środkowoeuropejski\)$/)
  })

  it('gives the manage page the public details for the token, and 404 for junk', async () => {
    const shown = await get(platform.baseURL, `/api/public/bookings/${token}`)
    expect(shown.status).toBe(200)
    expect(shown.body.booking).toMatchObject({
      id: bookingId,
      status: 'confirmed',
      siteName: 'Gabinet Anny',
      host: 'Anna Kowalska',
      locale: 'en',
      timeZone: 'America/New_York',
      start: isoAt(DAY, '09:00'),
    })
    expect(shown.body.booking).not.toHaveProperty('guestEmail')
    expect((await get(platform.baseURL, `/api/public/bookings/${createToken().token}`)).status).toBe(404)
    expect((await get(platform.baseURL, '/api/public/bookings/junk')).status).toBe(404)
  })

  it('on a move: the same UID with SEQUENCE 1 and the new time to both, the old time named, the reminder re-armed', async () => {
    await platform.payload.update({ collection: 'bookings', id: bookingId, data: { reminderSentAt: new Date().toISOString() }, overrideAccess: true })
    const moved = await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { start: isoAt(DAY, '11:00'), blockId })
    expect(moved.status).toBe(200)
    expect((await platform.payload.findByID({ collection: 'bookings', id: bookingId, overrideAccess: true })).reminderSentAt).toBeFalsy()

    const visitorMail = await delivered(smtp, guest, /^Booking moved: /)
    const text = mimePart(visitorMail.raw, 'text/plain')!
    expect(text).toMatch(/New time: .*, 11:00–12:00 \(Warsaw – Central European Time\)/)
    expect(text).toMatch(/Was: .*, 09:00–10:00/)
    expect(text).toContain(manageUrl)
    expect(calendarOf(visitorMail)).toMatchObject({
      METHOD: 'REQUEST',
      UID: `booking-${bookingId}@localhost`,
      SEQUENCE: '1',
      DTSTART: isoAt(DAY, '11:00').replace(/[-:]/g, '').replace('.000', ''),
    })
    const hostMail = await delivered(smtp, owner.email, /^Zmiana terminu: Jan Nowak/)
    expect(calendarOf(hostMail)).toMatchObject({ UID: `booking-${bookingId}@localhost`, SEQUENCE: '1' })
    await waitFor(async () => (await notificationsOf(owner.id, 'booking.rescheduled')).length === 1 || undefined)
  })

  it('on a cancel: METHOD:CANCEL with the next SEQUENCE to both, and the host is told', async () => {
    const cancelled = await post(platform.baseURL, `/api/public/bookings/${token}/cancel`, {})
    expect(cancelled.status).toBe(200)
    const visitorMail = await delivered(smtp, guest, /^Booking cancelled: /)
    expect(mimePart(visitorMail.raw, 'text/plain')).toContain('is cancelled, as you asked')
    expect(calendarOf(visitorMail)).toMatchObject({ METHOD: 'CANCEL', STATUS: 'CANCELLED', UID: `booking-${bookingId}@localhost`, SEQUENCE: '2' })
    const hostMail = await delivered(smtp, owner.email, /^Rezerwacja odwołana: Jan Nowak/)
    expect(calendarOf(hostMail)).toMatchObject({ METHOD: 'CANCEL', SEQUENCE: '2' })
    await waitFor(async () => (await notificationsOf(owner.id, 'booking.cancelled')).length === 1 || undefined)
    // One message of each kind to each side: no duplicates from retries.
    expect(mailsTo(smtp, guest)).toHaveLength(3)
    expect(mailsTo(smtp, owner.email, /Jan Nowak/)).toHaveLength(3)
  })
})

describe('a booking with a team member as host', () => {
  it("emails and notifies the member's own account, in their language, not the owner", async () => {
    const memberUser = await createUser(platform.payload, { locale: 'en' })
    const member = await addTeamMember(platform.payload, site.id, memberUser.id, memberUser.email, 'host')
    await platform.payload.update({ collection: 'team-members', id: member.id, data: { firstName: 'Ewa', lastName: 'Dąbrowska' }, overrideAccess: true })
    const day = dayAhead(7)
    const memberBlock = await createBlock(platform.payload, site.id, owner.id, {
      date: day,
      startTime: '16:00',
      endTime: '18:00',
      assignedToOwner: null,
      assignedToTeamMember: member.id,
    })
    const guest = 'member-client@example.com'
    const made = await book({ start: isoAt(day, '16:00'), blockId: String(memberBlock.id), email: guest, name: 'Marta', locale: 'pl' })
    expect(made.status).toBe(201)

    const visitorMail = await delivered(smtp, guest, /^Rezerwacja potwierdzona/)
    expect(mimePart(visitorMail.raw, 'text/plain')).toContain('Prowadzi: Ewa Dąbrowska')
    expect(visitorMail.headers['reply-to']).toBe(memberUser.email)
    const hostMail = await delivered(smtp, memberUser.email, /^New booking: Marta/)
    expect(mimePart(hostMail.raw, 'text/plain')).toContain('Hi Ewa Dąbrowska,')
    expect(calendarOf(hostMail).ORGANIZER).toBe(`mailto:${memberUser.email}`)
    const [notification] = await waitFor(async () => {
      const found = await notificationsOf(memberUser.id, 'booking.created')
      return found.length ? found : undefined
    })
    expect(notification.message).toMatch(/^New booking: Marta – .*16:00–17:00 \(Warsaw – Central European Time\)$/)
    expect(mailsTo(smtp, owner.email, /Marta/)).toHaveLength(0)
  })
})

describe('a booking cancelled by the host in the admin', () => {
  it('tells the visitor (the host cancelled, METHOD:CANCEL with the next SEQUENCE), frees the time, and sends the host nothing', async () => {
    const guest = 'host-cancels@example.com'
    const made = await book({ start: isoAt(DAY, '12:00'), blockId, email: guest, name: 'Zofia', locale: 'en' })
    expect(made.status).toBe(201)
    await delivered(smtp, guest, /^Booking confirmed/)
    await delivered(smtp, owner.email, /^Nowa rezerwacja: Zofia/)
    const host = await signIn(platform.baseURL, owner.email, PASSWORD)
    const patched = await host.request('PATCH', `/api/bookings/${made.body.booking.id}`, { status: 'cancelled', sequence: 40, cancelledBy: 'client' })
    expect(patched.status).toBe(200)
    const stored = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 0 })
    // The server decides who cancelled and the revision, whatever the request said.
    expect(stored).toMatchObject({ status: 'cancelled', cancelledBy: 'host', sequence: 1 })
    expect((await platform.payload.findByID({ collection: 'events', id: stored.event as number, overrideAccess: true })).status).toBe('cancelled')

    const mail = await delivered(smtp, guest, /^Booking cancelled/)
    expect(mimePart(mail.raw, 'text/plain')).toMatch(/we are sorry: Anna Kowalska had to cancel your booking/)
    expect(calendarOf(mail)).toMatchObject({ METHOD: 'CANCEL', SEQUENCE: '1', UID: `booking-${made.body.booking.id}@localhost` })
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(mailsTo(smtp, owner.email, /Zofia/)).toHaveLength(1) // only the new-booking email
    // Editing the cancelled booking again announces nothing more.
    expect((await host.request('PATCH', `/api/bookings/${made.body.booking.id}`, { notes: 'Called to apologise' })).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(mailsTo(smtp, guest, /^Booking cancelled/)).toHaveLength(1)
  })
})

describe("a visitor cancelling by link in a browser that also holds the owner's admin session", () => {
  it("is still the visitor's cancel: cancelledBy client, one SEQUENCE step, one email each", async () => {
    const guest = 'owner-as-visitor@example.com'
    const made = await book({ start: isoAt(DAY, '09:00'), blockId, email: guest, name: 'Self Test', locale: 'en' })
    expect(made.status).toBe(201)
    await delivered(smtp, guest, /^Booking confirmed/)
    const ownerSession = await signIn(platform.baseURL, owner.email, PASSWORD)
    const cancelled = await ownerSession.request('POST', `/api/public/bookings/${tokenOf(made.body.manageUrl)}/cancel`, {})
    expect(cancelled.status).toBe(200)
    expect(await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true })).toMatchObject({
      cancelledBy: 'client',
      sequence: 1,
    })
    await delivered(smtp, guest, /^Booking cancelled/)
    await delivered(smtp, owner.email, /^Rezerwacja odwołana: Self Test/)
    await new Promise((resolve) => setTimeout(resolve, 800))
    expect(mailsTo(smtp, guest, /^Booking cancelled/)).toHaveLength(1)
    expect(mimePart(mailsTo(smtp, guest, /^Booking cancelled/)[0].raw, 'text/plain')).toContain('as you asked')
  })
})

describe('the 24-hour reminder', () => {
  it('reminds once, with the same management link, even when workers run the job at the same time', async () => {
    const guest = 'remind-me@example.com'
    const made = await book({ start: isoAt(DAY, '10:00'), blockId, email: guest, name: 'Ewa', locale: 'pl' })
    expect(made.status).toBe(201)
    await delivered(smtp, guest, /^Rezerwacja potwierdzona/)
    const start = Date.parse(isoAt(DAY, '10:00'))
    // Too early: 25 hours before.
    expect(await sendDueReminders(platform.payload, new Date(start - 25 * HOUR))).toEqual([])
    // Due: three runs at once (as if three workers), 23 hours before.
    const at = new Date(start - 23 * HOUR)
    const runs = await Promise.all([sendDueReminders(platform.payload, at), sendDueReminders(platform.payload, at), sendDueReminders(platform.payload, at)])
    expect(runs.flat()).toEqual([made.body.booking.id])
    const reminder = await delivered(smtp, guest, /^Przypomnienie: Konsultacja, .* 10:00–11:00/)
    const text = mimePart(reminder.raw, 'text/plain')!
    expect(text).toContain('przypominamy o Twojej rezerwacji')
    expect(text).toContain(made.body.manageUrl)
    expect(text).toContain('10:00–11:00 (Warszawa – czas środkowoeuropejski)')
    expect(text).not.toContain('Europe/Warsaw')
    // Later runs send nothing more.
    expect(await sendDueReminders(platform.payload, new Date(start - 2 * HOUR))).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(mailsTo(smtp, guest, /^Przypomnienie/)).toHaveLength(1)
    const stored = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true })
    expect(stored.reminderSentAt).toBe(at.toISOString())
  })

  it('sends nothing for cancelled bookings (a cancelled 1:1, a cancelled seat in a class that still runs)', async () => {
    const guest = 'cancelled-one@example.com'
    const made = await book({ start: isoAt(DAY, '12:00'), blockId, email: guest, name: 'Olek', locale: 'en' })
    expect(made.status).toBe(201)
    expect((await post(platform.baseURL, `/api/public/bookings/${tokenOf(made.body.manageUrl)}/cancel`, {})).status).toBe(200)
    const classStart = Date.now() + 4 * 24 * HOUR
    const yoga = await createClass(platform.payload, site.id, owner.id, classStart, 5)
    const seat = await platform.payload.create({
      collection: 'bookings',
      data: { site: site.id, event: yoga.id, guestEmail: 'left-class@example.com', guestName: 'Left', status: 'cancelled' } as never,
      overrideAccess: true,
    })
    expect(await sendDueReminders(platform.payload, new Date(Date.parse(isoAt(DAY, '12:00')) - 23 * HOUR))).toEqual([])
    expect(await sendDueReminders(platform.payload, new Date(classStart - 23 * HOUR))).toEqual([])
    const after = await platform.payload.findByID({ collection: 'bookings', id: seat.id, overrideAccess: true })
    expect(after.reminderSentAt).toBeFalsy()
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(mailsTo(smtp, guest, /^Reminder/)).toHaveLength(0)
    expect(mailsTo(smtp, 'left-class@example.com')).toHaveLength(0)
  })

  it('sends nothing for a booking made less than an hour before its reminder time', async () => {
    const classStart = Date.now() + 24.5 * HOUR
    const yoga = await createClass(platform.payload, site.id, owner.id, classStart, 5)
    const late = await platform.payload.create({
      collection: 'bookings',
      data: { site: site.id, event: yoga.id, guestEmail: 'last-minute@example.com', guestName: 'Late', locale: 'en' } as never,
      overrideAccess: true,
    })
    // The reminder would have gone at start - 24 h, half an hour ago by this clock; the booking is newer than that.
    expect(await sendDueReminders(platform.payload, new Date(Date.now() + HOUR))).toEqual([])
    expect((await platform.payload.findByID({ collection: 'bookings', id: late.id, overrideAccess: true })).reminderSentAt).toBeFalsy()
    // A booking in the same class made two days earlier is reminded.
    const early = await platform.payload.create({
      collection: 'bookings',
      data: { site: site.id, event: yoga.id, guestEmail: 'planner@example.com', guestName: 'Planner', locale: 'en' } as never,
      overrideAccess: true,
    })
    await platform.payload.db.updateOne({ collection: 'bookings', id: early.id, data: { createdAt: new Date(Date.now() - 48 * HOUR).toISOString() } })
    expect(await sendDueReminders(platform.payload, new Date(Date.now() + HOUR))).toEqual([early.id])
    const reminder = await delivered(smtp, 'planner@example.com', /^Reminder: Yoga class, /)
    // No management link for a booking made without one (by hand): the email says so by leaving it out.
    expect(mimePart(reminder.raw, 'text/plain')).not.toContain('/bookings/')
  })
})
