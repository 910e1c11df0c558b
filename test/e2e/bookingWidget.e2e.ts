/**
 * The public booking widget in a real browser, on the platform's origin,
 * against the running server's real slots and bookings endpoints, with
 * anna's demo site. The public-site renderer is not merged yet, so the page
 * is made here the way its contract describes (the section's server markup
 * in a `data-island="booking"` div, one esbuild bundle calling `mount`) and
 * served with page.route(); no test-only route exists in the server.
 * Then the calendar and hours admin views show what was booked.
 */
import type { Page } from 'playwright-core'

import { build } from 'esbuild'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { DEMO_PASSWORD } from '../../scripts/seed/demoData'
import { addDays, mondayOf, todayIn } from '../../plugins/booking/lib/calendarGrid'
import { BookingSection } from '../../plugins/booking/sections/BookingSection'
import { BOOKING_WIDGET_ENTRY } from '../../plugins/booking/sections'
import { formatTime } from '../../plugins/booking/sections/widgetLogic'
import { expect, test } from './harness'
import { ENGLISH, signIn } from './signIn'

const SITE = 'anna-coaching'
const VISITOR_ZONE = 'America/New_York'

type Api = <T = any>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>

/** Anna's REST session (JWT header, so no cookie/Origin dance). */
const annaApi = async (baseURL: string): Promise<Api> => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@example.com', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token?: string }
  expect(login.ok && token, `anna could not sign in over the API (${login.status})`)
  return async (method, path, body) => {
    const response = await fetch(`${baseURL}${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: (await response.json().catch(() => undefined)) as never }
  }
}

/** Anna's site id; her seeded availability (scripts/seed), or a weekly block from the day after tomorrow if the seed has none. */
const ensureAvailability = async (api: Api): Promise<{ siteId: number }> => {
  const sites = await api('GET', `/api/sites?where[identifier][equals]=${SITE}&depth=0`)
  const siteId = sites.body?.docs?.[0]?.id as number
  expect(siteId, `anna's site ${SITE} was not found (${sites.status})`)
  const existing = await api('GET', `/api/availability-blocks?where[site][equals]=${siteId}&limit=1&depth=0`)
  if (existing.body?.docs?.length) return { siteId }
  const created = await api('POST', '/api/availability-blocks?depth=0', {
    site: siteId,
    title: 'E2E: consultations',
    date: addDays(todayIn('Europe/Warsaw'), 2),
    startTime: '09:00',
    endTime: '13:00',
    meetingLength: 60,
    timeSnapping: 60,
    bufferTime: 0,
    repeatWeekly: true,
  })
  expect(created.status === 201, `creating availability answered ${created.status}: ${JSON.stringify(created.body)}`)
  return { siteId }
}

/** The page the public-site renderer would make for one booking section. */
const widgetPage = async (locale: 'pl' | 'en') => {
  const bundle = await build({
    stdin: {
      contents: `import { mount } from ${JSON.stringify(BOOKING_WIDGET_ENTRY)}
for (const element of document.querySelectorAll('[data-island="booking"]')) mount(element, JSON.parse(element.dataset.props || '{}'))`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  })
  const props = { identifier: SITE, locale }
  const section = renderToStaticMarkup(createElement(BookingSection, { config: { intro: 'E2E' }, context: props }))
  const attribute = JSON.stringify(props).replace(/'/g, '&#39;')
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>Booking widget</title></head>
<body style="font-family:sans-serif;margin:2rem"><div data-island="booking" data-props='${attribute}'>${section}</div>
<script>${bundle.outputFiles[0].text.replace(/<\/script/g, '<\\/script')}</script></body></html>`
}

const statusText = (page: Page) => page.locator('.bw-status').innerText()

test('booking widget: a visitor picks a day and a time, books, and sees the confirmation; taken and bad input are explained', async ({ baseURL, newPage, screenshot }) => {
  const api = await annaApi(baseURL)
  const { siteId } = await ensureAvailability(api)
  const html = await widgetPage('pl')
  const page = await newPage({ locale: 'pl-PL', timezoneId: VISITOR_ZONE })
  await page.route(`${baseURL}/e2e/booking-widget`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/e2e/booking-widget')
  await page.getByRole('heading', { name: 'Zarezerwuj termin' }).waitFor()
  await page.locator('.bw-day.bw-has').first().waitFor()
  expect((await page.locator('.bw-note').innerText()).includes(VISITOR_ZONE), 'the widget does not say the times are in the visitor zone')
  await screenshot(page, 'days')

  // Take the first free 1:1 time (the demo also has a group class, whose seats a second booking would not take away).
  const offered = await fetch(`${baseURL}/api/public/sites/${SITE}/slots?tz=${encodeURIComponent(VISITOR_ZONE)}&to=${encodeURIComponent(new Date(Date.now() + 20 * 86_400_000).toISOString())}`)
  const slotA = ((await offered.json()) as { slots: { kind: string; start: string; blockId?: string }[] }).slots.find((slot) => slot.kind === 'one_on_one' && slot.blockId)
  expect(slotA, 'the slots endpoint offers no 1:1 time in the next weeks')
  const startA = slotA!.start
  const dayA = new Intl.DateTimeFormat('en-CA', { timeZone: VISITOR_ZONE }).format(new Date(startA))
  await page.locator(`.bw-day[data-date="${dayA}"]`).click()
  const firstTime = page.locator(`.bw-time[data-start="${startA}"]`)
  const shown = (await firstTime.innerText()).split('\n')[0].trim()
  expect(shown === formatTime(startA, VISITOR_ZONE, 'pl'), `the time button says ${shown}, expected ${formatTime(startA, VISITOR_ZONE, 'pl')} (the visitor's zone)`)
  await firstTime.click()
  await page.locator('#bw-name').waitFor()
  const email = `widget-${Date.now()}@example.org`

  // The browser accepts "a@b"; the server does not: its 400 message is shown and nothing is booked.
  await page.locator('#bw-name').fill('Jan Testowy')
  await page.locator('#bw-email').fill('jan@localhost')
  await page.locator('#bw-notes').fill('Pierwsza konsultacja')
  await page.locator('#bw-consent').check()
  await page.getByRole('button', { name: 'Rezerwuję' }).click()
  await page.waitForFunction(() => document.querySelector('.bw-status')?.textContent?.startsWith('Sprawdź wpisane dane: "email"'))
  expect(await page.locator('.bw-status.bw-error').count(), 'the 400 message is not shown as an error')

  // Someone else books that same time meanwhile (straight through the API).
  const other = await fetch(`${baseURL}/api/public/sites/${SITE}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ blockId: slotA!.blockId, start: slotA!.start, name: 'Ktoś Inny', email: `other-${Date.now()}@example.org`, locale: 'pl' }),
  })
  expect(other.status === 201, `the competing booking answered ${other.status}`)

  await page.locator('#bw-email').fill(email)
  await page.getByRole('button', { name: 'Rezerwuję' }).click()
  await page.waitForFunction(() => document.querySelector('.bw-status')?.textContent?.includes('Ktoś właśnie zajął'))
  await page.locator('.bw-time').first().waitFor()
  const after = await page.locator('.bw-time').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-start')))
  expect(!after.includes(startA), 'the taken time is still offered after the 409')
  await screenshot(page, 'taken')

  // Another time: the details are kept, one click books it.
  const second = page.locator('.bw-time').first()
  const startB = (await second.getAttribute('data-start')) as string
  await second.click()
  expect((await page.locator('#bw-email').inputValue()) === email, 'the form lost the email after the 409')
  await page.getByRole('button', { name: 'Rezerwuję' }).click()
  await page.locator('[data-testid="bw-confirmation"]').waitFor()
  expect((await page.locator('.bw-done h3').innerText()).includes('Zarezerwowano'), 'no confirmation heading')
  const manage = await page.locator('[data-testid="bw-manage"]').getAttribute('href')
  expect(manage && manage.startsWith(baseURL), `the manage link is ${manage}`)
  expect((await statusText(page)).includes('Zarezerwowano'), 'the confirmation was not announced in the live region')
  await screenshot(page, 'confirmed')
  expect(!errors.length, `page errors: ${errors.join('; ')}`)

  // The booking exists, for the time chosen, with the visitor's details.
  const found = await api('GET', `/api/bookings?where[site][equals]=${siteId}&where[guestEmail][equals]=${encodeURIComponent(email)}&depth=1`)
  const docs = found.body?.docs ?? []
  expect(docs.length === 1, `expected one booking for ${email}, found ${docs.length}`)
  const [booking] = docs
  expect(booking.status === 'confirmed' && booking.guestName === 'Jan Testowy' && booking.notes === 'Pierwsza konsultacja', `booking: ${JSON.stringify(booking)}`)
  expect(Date.parse(booking.event.startTime) === Date.parse(startB), `the booked event starts at ${booking.event.startTime}, the visitor chose ${startB}`)
  expect(booking.timeZone === VISITOR_ZONE, `the booking's zone is ${booking.timeZone}`)
})

test('booking calendar and hours: anna sees her availability, events with bookings, and her hours', async ({ baseURL, newPage, screenshot }) => {
  const api = await annaApi(baseURL)
  const { siteId } = await ensureAvailability(api)
  const slots = await fetch(`${baseURL}/api/public/sites/${SITE}/slots?tz=Europe/Warsaw`)
  const slot = ((await slots.json()) as { slots: { start: string; blockId?: string }[] }).slots.find((each) => each.blockId)
  expect(slot, 'no free slot for the calendar test')
  const guest = `Calendar Guest ${Date.now() % 10_000}`
  const made = await fetch(`${baseURL}/api/public/sites/${SITE}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ blockId: slot!.blockId, start: slot!.start, name: guest, email: `cal-${Date.now()}@example.org`, locale: 'en' }),
  })
  expect(made.status === 201, `booking for the calendar answered ${made.status}`)
  const session = await api('POST', '/api/attended-sessions?depth=0', {
    site: siteId,
    title: 'E2E session',
    startTime: `${mondayOf(todayIn('Europe/Warsaw'))}T08:00:00.000Z`,
    endTime: `${mondayOf(todayIn('Europe/Warsaw'))}T09:30:00.000Z`,
  })
  expect(session.status === 201 && session.body.doc.source === 'manual', `recording a session answered ${session.status}`)

  const page = await newPage(ENGLISH)
  await signIn(page, 'anna@example.com')
  await page.locator('#nav-booking-calendar').click()
  await page.waitForURL((url) => url.pathname === '/admin/calendar')
  const bookedDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(slot!.start))
  await page.goto(`/admin/calendar?view=week&date=${bookedDate}&site=${siteId}`)
  await page.locator('[data-testid="calendar-item"][data-kind="event"]', { hasText: guest }).first().waitFor()
  // The slot came from an availability block, so its day shows that availability behind the event.
  expect(await page.locator(`[data-date="${bookedDate}"] [data-kind="availability"]`).count(), `no availability shown on ${bookedDate}`)
  await screenshot(page, 'calendar-week')

  await page.getByRole('button', { name: 'Month' }).click()
  await page.locator('[role="gridcell"] [data-kind="event"]').first().waitFor()
  await screenshot(page, 'calendar-month')

  await page.goto('/admin/hours')
  await page.locator('[data-testid="hours-table"]').waitFor()
  const table = await page.locator('[data-testid="hours-table"]').innerText()
  expect(/Anna Kowalska \(owner\)[\s\S]*1:30/.test(table), `the hours table does not show anna's 1:30: ${table}`)
  await screenshot(page, 'hours')
})
