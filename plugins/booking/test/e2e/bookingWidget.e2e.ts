/**
 * The public booking widget in a real browser, on the real public page of
 * anna's demo site `/s/anna-coaching` (a `booking` section published through
 * the REST API as setup), against the running server's slots and bookings
 * endpoints: an anonymous visitor in another time zone picks a day and a
 * time, a 400 and a competing booking (409) are explained, the booking is
 * confirmed with its manage link, exists for anna, and shows in her calendar.
 * Then the calendar and hours admin views show what was booked.
 */
import type { Page } from 'playwright-core'

import { DEMO_PASSWORD, ENGLISH, expect, signIn, test } from '@platform/e2e'

import { addDays, mondayOf, todayIn } from '../../lib/calendarGrid'
import { formatTime } from '../../sections/widgetLogic'

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

/**
 * Setup: anna's site published with a `booking` section on its home page. Whatever the draft
 * holds (the seed leaves it empty; other tests may have added sections) stays; a home page with
 * a hero is made only when there is none, and the booking section is added only when missing.
 */
const publishBookingSection = async (api: Api, siteId: number): Promise<void> => {
  const site = await api('GET', `/api/sites/${siteId}?depth=0`)
  expect(site.status === 200, `reading anna's site answered ${site.status}`)
  const config = (site.body.templateConfig ?? {}) as { pages?: { slug: string; title: unknown; sections?: { type: string }[] }[] }
  const pages = config.pages?.length
    ? config.pages
    : [
        {
          slug: 'home',
          title: { pl: 'Start', en: 'Home' },
          sections: [{ type: 'hero', id: 'hero', heading: { pl: 'Anna Kowalska Coaching', en: 'Anna Kowalska Coaching' } }],
        },
      ]
  const home = pages[0]
  if (!(home.sections ?? []).some((section) => section.type === 'booking')) {
    home.sections = [
      ...(home.sections ?? []),
      { type: 'booking', id: 'booking-e2e', heading: { pl: 'Zarezerwuj termin', en: 'Book a session' } } as { type: string },
    ]
  }
  const saved = await api('PATCH', `/api/sites/${siteId}?depth=0`, { templateConfig: { ...config, pages } })
  expect(saved.status === 200, `saving anna's site answered ${saved.status}: ${JSON.stringify(saved.body)}`)
  const published = await api('POST', `/api/sites/${siteId}/publish`, {})
  expect(published.status === 201 || published.status === 200, `publishing anna's site answered ${published.status}: ${JSON.stringify(published.body)}`)
}

const statusText = (page: Page) => page.locator('.bw-status').innerText()

test('booking widget: on the published page a visitor picks a day and a time, books, and sees the confirmation; taken and bad input are explained; anna sees it in her calendar', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const api = await annaApi(baseURL)
  const { siteId } = await ensureAvailability(api)
  await publishBookingSection(api, siteId)

  // An anonymous visitor (no cookies) in New York, on the real public page.
  const page = await newPage({ locale: 'pl-PL', timezoneId: VISITOR_ZONE })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  // The console reports every error answer; the 400 and 409 below are provoked on purpose.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of (400|409)\b/.test(message.text())) errors.push(message.text())
  })
  const response = await page.goto(`/s/${SITE}`)
  expect(response?.status() === 200, `the published site answered ${response?.status()}`)
  expect((await page.evaluate(() => document.documentElement.lang)) === 'pl', 'the page is not <html lang="pl">')
  const csp = response?.headers()['content-security-policy'] ?? ''
  const island = page.locator('[data-island="booking"]')
  await island.getByRole('heading', { name: 'Zarezerwuj termin' }).waitFor()
  await island.locator('.bw-day.bw-has').first().waitFor()
  expect((await page.locator('.bw-note').innerText()).includes(VISITOR_ZONE), 'the widget does not say the times are in the visitor zone')
  await screenshot(page, 'days')

  // Take the first free 1:1 time (the demo also has a group class, whose seats a second booking would not take away).
  const offered = await fetch(
    `${baseURL}/api/public/sites/${SITE}/slots?tz=${encodeURIComponent(VISITOR_ZONE)}&to=${encodeURIComponent(new Date(Date.now() + 20 * 86_400_000).toISOString())}`,
  )
  const slotA = ((await offered.json()) as { slots: { kind: string; start: string; blockId?: string }[] }).slots.find(
    (slot) => slot.kind === 'one_on_one' && slot.blockId,
  )
  expect(slotA, 'the slots endpoint offers no 1:1 time in the next weeks')
  const startA = slotA!.start
  const dayA = new Intl.DateTimeFormat('en-CA', { timeZone: VISITOR_ZONE }).format(new Date(startA))
  await page.locator(`.bw-day[data-date="${dayA}"]`).click()
  const firstTime = page.locator(`.bw-time[data-start="${startA}"]`)
  const shown = (await firstTime.innerText()).split('\n')[0].trim()
  expect(
    shown === formatTime(startA, VISITOR_ZONE, 'pl'),
    `the time button says ${shown}, expected ${formatTime(startA, VISITOR_ZONE, 'pl')} (the visitor's zone)`,
  )
  await firstTime.click()
  await page.locator('#bw-name').waitFor()
  const stamp = Date.now()
  const email = `widget-${stamp}@example.org`
  const guest = `Jan Testowy ${stamp % 100_000}`

  // The browser accepts "a@b"; the server does not: its 400 message is shown and nothing is booked.
  await page.locator('#bw-name').fill(guest)
  await page.locator('#bw-email').fill('jan@localhost')
  await page.locator('#bw-notes').fill('Pierwsza konsultacja')
  await page.locator('#bw-consent').check()
  await page.getByRole('button', { name: 'Rezerwuję' }).click()
  await page.waitForFunction(() => document.querySelector('.bw-status')?.textContent?.startsWith('Sprawdź wpisane dane: "email"'))
  expect(await page.locator('.bw-status.bw-error').count(), 'the 400 message is not shown as an error')
  await screenshot(page, 'bad-email')

  // Someone else books that same time meanwhile (straight through the API).
  const other = await fetch(`${baseURL}/api/public/sites/${SITE}/bookings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ blockId: slotA!.blockId, start: slotA!.start, name: 'Ktoś Inny', email: `other-${stamp}@example.org`, locale: 'pl' }),
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
  expect(manage && manage.startsWith(`${baseURL}/bookings/`), `the manage link is ${manage}`)
  expect((await statusText(page)).includes('Zarezerwowano'), 'the confirmation was not announced in the live region')
  await screenshot(page, 'confirmed')
  expect(!errors.length, `errors on the public page (CSP: "${csp}"): ${errors.join('; ')}`)

  // The booking exists, for the time chosen, with the visitor's details.
  const found = await api('GET', `/api/bookings?where[site][equals]=${siteId}&where[guestEmail][equals]=${encodeURIComponent(email)}&depth=1`)
  const docs = found.body?.docs ?? []
  expect(docs.length === 1, `expected one booking for ${email}, found ${docs.length}`)
  const [booking] = docs
  expect(booking.status === 'confirmed' && booking.guestName === guest && booking.notes === 'Pierwsza konsultacja', `booking: ${JSON.stringify(booking)}`)
  expect(Date.parse(booking.event.startTime) === Date.parse(startB), `the booked event starts at ${booking.event.startTime}, the visitor chose ${startB}`)
  expect(booking.timeZone === VISITOR_ZONE, `the booking's zone is ${booking.timeZone}`)

  // Anna sees it in her calendar's week view, on the day it falls in her (Warsaw) time.
  const admin = await newPage(ENGLISH)
  await signIn(admin, 'anna@example.com')
  const bookedDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(startB))
  await admin.goto(`/admin/calendar?view=week&date=${bookedDate}&site=${siteId}`)
  await admin.locator(`[data-date="${bookedDate}"] [data-testid="calendar-item"][data-kind="event"]`, { hasText: guest }).first().waitFor()
  await screenshot(admin, 'calendar-week')
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
