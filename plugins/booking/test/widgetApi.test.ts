/**
 * The widget's API over real HTTP on a real PostgreSQL: services first (PL/EN),
 * the compact per-day summary, a service's slots with its own length, booking
 * a service (the event's title names the service, not the visitor), the
 * calendar file, errors in the caller's language naming the field, and the
 * availability cache: answers are reused, a booking or any availability change
 * shows at the very next request, and the only thing the cache listens to is
 * the stamp in the database (what another app process would change).
 */
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { managePage } from '../manage/ManagePage'
import { publicHostKey } from '../endpoints/offer'
import { bumpAvailability } from '../hooks/bumpAvailability'
import { availabilityCache } from '../endpoints/availabilityCache'
import type { TestPlatform } from '@platform/testing'
import { addTeamMember, calendarProperties, createSite, createUser, publishSiteAs, startTestPlatform } from '@platform/testing'
import { createBlock, createClass, dayAhead, get, isoAt, post, range, setSettings, wallInstant } from './support'

let platform: TestPlatform
let owner: { id: number }
let site: { id: number; identifier: string }
const DAY4 = dayAhead(4)
let consultation: { id: number }
let therapy: { id: number }
let blockId: string

const api = (path: string, language = 'en') => get(platform.baseURL, `/api/public/sites/${site.identifier}${path}`, language)
const query = (params: Record<string, string>) => new URLSearchParams({ ...range(DAY4), tz: 'Europe/Warsaw', ...params }).toString()
const startsOf = (body: { slots: { start: string }[] }) => body.slots.map((slot) => slot.start)

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  platform = await startTestPlatform({ processJobs: false })
  owner = await createUser(platform.payload)
  await platform.payload.update({ collection: 'users', id: owner.id, data: { firstName: 'Anna', lastName: 'Nowak' }, overrideAccess: true }) // trusted: test setup or inspection
  site = await createSite(platform.payload, owner.id)
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  const service = (data: Record<string, unknown>) =>
    platform.payload.create({ collection: 'booking-services', data: { site: site.id, ...data } as never, overrideAccess: true }) // trusted: test setup or inspection
  consultation = await service({
    titlePl: 'Konsultacja',
    titleEn: 'Consultation',
    descriptionPl: 'Krótka rozmowa',
    durationMinutes: 30,
    price: 150,
    sortOrder: 1,
  })
  therapy = await service({ titlePl: 'Terapia', titleEn: 'Therapy', durationMinutes: 90, sortOrder: 2 })
  await service({ titlePl: 'Wycofana', durationMinutes: 60, isActive: false })
  // 09:00–12:00, starts every 30 minutes; it offers the consultation only.
  blockId = String((await createBlock(platform.payload, site.id, owner.id, { date: DAY4, timeSnapping: 30, services: [consultation.id] })).id)
})

afterAll(async () => {
  await platform?.close()
})

describe('the widget API', () => {
  it('lists the active services first, in the visitor language, with length and price in grosze; classes once there are any', async () => {
    const english = await api('/booking?locale=en')
    expect(english.status).toBe(200)
    expect(english.body).toEqual({
      timeZone: 'Europe/Warsaw',
      services: [
        { id: String(consultation.id), kind: 'one_on_one', title: 'Consultation', description: 'Krótka rozmowa', duration: 30, price: 15000 },
        { id: String(therapy.id), kind: 'one_on_one', title: 'Therapy', duration: 90 },
      ],
    })
    await createClass(platform.payload, site.id, owner.id, wallInstant(DAY4, '18:00'), 5)
    const polish = await api('/booking?locale=pl')
    expect(polish.body.services.map((service: { title: string }) => service.title)).toEqual(['Konsultacja', 'Terapia', 'Zajęcia grupowe'])
  })

  it("cuts a service's blocks into meetings of its own length, and leaves out blocks that do not offer it", async () => {
    const slots = await api(`/slots?${query({ service: String(consultation.id) })}`)
    expect(slots.status).toBe(200)
    expect(startsOf(slots.body)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'].map((time) => isoAt(DAY4, time)))
    expect(slots.body.slots[0]).toMatchObject({
      end: isoAt(DAY4, '09:30'),
      serviceId: String(consultation.id),
      host: 'Anna Nowak',
      hostKey: publicHostKey(platform.payload.secret, `owner:${owner.id}`),
    })
    expect((await api(`/slots?${query({ service: String(therapy.id) })}`)).body.slots).toEqual([])
    expect((await api(`/slots?${query({ service: 'classes' })}`)).body.slots.map((slot: { kind: string }) => slot.kind)).toEqual(['group'])
    // Only one host's slots, when asked.
    expect(
      startsOf((await api(`/slots?${query({ service: String(consultation.id), host: publicHostKey(platform.payload.secret, 'member:999999') })}`)).body),
    ).toEqual([])
  })

  it('answers the first screen with slots counted per day in the visitor zone', async () => {
    const days = await api(`/days?${query({ service: String(consultation.id), tz: 'Asia/Tokyo' })}`)
    expect(days.status).toBe(200)
    // 09:00–11:30 in Warsaw is 16:00–18:30 (17:00–19:30 in winter) in Tokyo: the same day there.
    expect(days.body).toEqual({ tz: 'Asia/Tokyo', days: { [DAY4]: 6 } })
  })

  it('refuses unknown services and bad hosts, in the caller language, and says which field is wrong', async () => {
    const unknown = await api(`/days?${query({ service: '999999' })}`, 'pl')
    expect(unknown).toMatchObject({ status: 404, body: { errors: [{ message: 'Ta strona nie ma takiej usługi.' }] } })
    expect((await api(`/slots?${query({ host: 'anyone' })}`)).status).toBe(400)
    const badEmail = await post(
      platform.baseURL,
      `/api/public/sites/${site.identifier}/bookings`,
      { serviceId: String(consultation.id), blockId, start: isoAt(DAY4, '09:00'), name: 'Jan', email: 'jan@localhost' },
      'pl',
    )
    expect(badEmail).toMatchObject({
      status: 400,
      body: { errors: [{ field: 'email', message: expect.stringMatching(/^Pole e-mail: podaj prawidłowy adres/) }] },
    })
  })

  it('books a service: its length, the service on the event, a title without the visitor name; the time is gone at the next request', async () => {
    const warm = await api(`/days?${query({ service: String(consultation.id) })}`)
    expect(warm.body.days[DAY4]).toBe(6)
    const hits = availabilityCache.stats().answerHits
    expect((await api(`/days?${query({ service: String(consultation.id) })}`)).body).toEqual(warm.body)
    expect(availabilityCache.stats().answerHits).toBe(hits + 1) // the second answer came from the cache

    const booked = await post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, {
      serviceId: String(consultation.id),
      blockId,
      start: isoAt(DAY4, '10:00'),
      name: 'Jan Kowalski',
      email: 'jan@example.com',
      locale: 'en',
    })
    expect(booked.status).toBe(201)
    expect(booked.body.booking).toMatchObject({ title: 'Consultation', start: isoAt(DAY4, '10:00'), end: isoAt(DAY4, '10:30') })
    const event = await platform.payload.findByID({ collection: 'events', id: booked.body.booking.eventId, depth: 0, overrideAccess: true }) // trusted: test setup or inspection
    expect(event).toMatchObject({ title: 'Konsultacja', service: consultation.id })

    // At once: the summary and the day's slots no longer offer 10:00.
    expect((await api(`/days?${query({ service: String(consultation.id) })}`)).body.days[DAY4]).toBe(5)
    expect(startsOf((await api(`/slots?${query({ service: String(consultation.id) })}`)).body)).not.toContain(isoAt(DAY4, '10:00'))

    // The calendar file from the confirmation, by the manage token.
    const token = (booked.body.manageUrl as string).split('/').pop()
    const file = await fetch(`${platform.baseURL}/api/public/bookings/${token}/calendar.ics`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toMatch(/^text\/calendar/)
    expect(file.headers.get('content-disposition')).toMatch(/attachment; filename="booking\.ics"/)
    const ics = calendarProperties(await file.text())
    expect(ics).toMatchObject({ SUMMARY: 'Consultation', DTSTART: isoAt(DAY4, '10:00').replace(/[-:]/g, '').replace('.000', ''), METHOD: 'REQUEST' })
    expect((await fetch(`${platform.baseURL}/api/public/bookings/${'x'.repeat(43)}/calendar.ics`)).status).toBe(404)

    // The manage page's read names the service in the booking's language, and the host key to keep the same host.
    const managed = await get(platform.baseURL, `/api/public/bookings/${token}`)
    expect(managed.body.booking).toMatchObject({
      title: 'Consultation',
      serviceId: String(consultation.id),
      hostKey: publicHostKey(platform.payload.secret, `owner:${owner.id}`),
    })
  })

  it('moves a service booking with the same length', async () => {
    const booked = await post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, {
      serviceId: String(consultation.id),
      blockId,
      start: isoAt(DAY4, '11:00'),
      name: 'Ewa',
      email: 'ewa@example.com',
    })
    expect(booked.status).toBe(201)
    const token = (booked.body.manageUrl as string).split('/').pop()
    const moved = await post(platform.baseURL, `/api/public/bookings/${token}/reschedule`, { blockId, start: isoAt(DAY4, '09:00') })
    expect(moved.status).toBe(200)
    expect(moved.body.booking).toMatchObject({ start: isoAt(DAY4, '09:00'), end: isoAt(DAY4, '09:30') })
  })

  it('sees a change made by another process once its stamp check interval has passed: it listens only to the stamp in the database', async () => {
    const consultations = () => api(`/slots?${query({ service: String(consultation.id) })}`)
    const before = startsOf((await consultations()).body)
    expect(before).toContain(isoAt(DAY4, '11:30'))
    // A row written without the app's hooks (as if by nothing that knows the cache): the cached answer stays.
    await platform.payload.db.create({
      collection: 'events',
      data: {
        site: site.id,
        title: 'Written elsewhere',
        eventType: 'one_on_one',
        capacity: 1,
        status: 'scheduled',
        startTime: isoAt(DAY4, '11:30'),
        endTime: isoAt(DAY4, '12:00'),
        assignedToOwner: owner.id,
      },
    })
    expect(startsOf((await consultations()).body)).toEqual(before)
    // What another app process's change does in its transaction: a new stamp (and nothing in this process hears
    // of it). This process trusts its last stamp read for BOOKING_STAMP_CHECK_MS, then reads it again and reloads.
    process.env.BOOKING_STAMP_CHECK_MS = '400'
    availabilityCache.forgetStamp(site.id)
    await consultations() // a fresh stamp read, trusted for 400 ms from here
    await bumpAvailability({ payload: platform.payload, context: {} } as never, site.id)
    expect(startsOf((await consultations()).body)).toEqual(before)
    await new Promise((resolve) => setTimeout(resolve, 450))
    expect(startsOf((await consultations()).body)).not.toContain(isoAt(DAY4, '11:30'))
    delete process.env.BOOKING_STAMP_CHECK_MS
  })

  it('drops cached availability when the owner changes hours, services or settings', async () => {
    const consultations = async () => startsOf((await api(`/slots?${query({ service: String(consultation.id) })}`)).body)
    expect(await consultations()).toContain(isoAt(DAY4, '09:30'))
    await platform.payload.update({ collection: 'availability-blocks', id: blockId, data: { startTime: '10:00' } as never, overrideAccess: true }) // trusted: test setup or inspection
    expect(await consultations()).not.toContain(isoAt(DAY4, '09:30'))
    await platform.payload.update({ collection: 'booking-services', id: consultation.id, data: { isActive: false } as never, overrideAccess: true }) // trusted: test setup or inspection
    expect((await api(`/slots?${query({ service: String(consultation.id) })}`)).status).toBe(404)
    await platform.payload.update({ collection: 'booking-services', id: consultation.id, data: { isActive: true } as never, overrideAccess: true }) // trusted: test setup or inspection
    await setSettings(platform.payload, site.id, { bookingWindowDays: 1 })
    expect(await consultations()).toEqual([])
    await setSettings(platform.payload, site.id, { bookingWindowDays: 30 })
  })
})

describe('the manage page', () => {
  it("wears the booking's site: its name linking home and its theme; an unknown link shows the site named by ?site=", async () => {
    const booked = await post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, {
      serviceId: String(consultation.id),
      blockId,
      start: isoAt(DAY4, '10:30'),
      name: 'Ola',
      email: 'ola@example.com',
    })
    expect(booked.status).toBe(201)
    const token = (booked.body.manageUrl as string).split('/').pop()!
    const render = async (params: Record<string, string>, searchParams: Record<string, string>) =>
      renderToStaticMarkup((await managePage.Component({ params, searchParams, payload: platform.payload })) as ReactElement)
    const html = await render({ token }, {})
    const home = `${platform.payload.config.serverURL}/s/${site.identifier}`
    expect(html).toContain(`<a class="brand" href="${home}">`)
    expect(html).toMatch(/--color-primary:#[0-9a-f]{3,6}/i)
    const unknown = await render({ token: 'x'.repeat(43) }, { site: site.identifier })
    expect(unknown).toContain(`<a class="brand" href="${home}">`)
    expect(await render({ token: 'x'.repeat(43) }, {})).not.toContain('class="brand"')
  })
})

describe('a team member host', () => {
  it('keeps one host apart from another with `host`', async () => {
    const user = await createUser(platform.payload)
    const member = await addTeamMember(platform.payload, site.id, user.id, user.email, 'host')
    await createBlock(platform.payload, site.id, owner.id, {
      date: DAY4,
      startTime: '15:00',
      endTime: '16:00',
      assignedToOwner: null,
      assignedToTeamMember: member.id,
    })
    const all = (await api(`/slots?${query({ service: String(therapy.id) })}`)).body.slots
    expect(all).toEqual([])
    const sessions = (await api(`/slots?${query({ host: publicHostKey(platform.payload.secret, `member:${member.id}`) })}`)).body.slots
    expect(sessions.map((slot: { start: string }) => slot.start)).toEqual([isoAt(DAY4, '15:00')])
  })
})
