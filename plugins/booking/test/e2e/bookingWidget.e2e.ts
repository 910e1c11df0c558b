/**
 * The public booking widget in a real browser, on the real public page of
 * anna's demo site `/s/anna-coaching` (a `booking` section published through
 * the REST API as setup), against the running server's widget endpoints: an
 * anonymous visitor on a phone-sized screen (390×844) in another time zone
 * chooses a service, switches the time zone (the switcher stays in view),
 * is refused with every missing field named and focus on the first, books,
 * and gets add-to-calendar links (Google and Outlook with the right times and
 * title, a calendar file that downloads); the booking exists for anna and
 * shows in her calendar. Then the calendar and hours admin views.
 */
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

const SERVICE = 'Sesja coachingowa'
const compactUtc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

test('booking widget on a phone: a visitor chooses a service, switches the time zone, books after a refused submit, and adds it to a calendar; anna sees it', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const api = await annaApi(baseURL)
  const { siteId } = await ensureAvailability(api)
  await publishBookingSection(api, siteId)

  // An anonymous visitor (no cookies) in New York, on a phone-sized screen, on the real public page.
  const page = await newPage({ locale: 'pl-PL', timezoneId: VISITOR_ZONE, viewport: { width: 390, height: 844 }, acceptDownloads: true })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  // The console reports every error answer; the 429 below is provoked on purpose.
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 429\b/.test(message.text())) errors.push(message.text())
  })
  const response = await page.goto(`/s/${SITE}`)
  expect(response?.status() === 200, `the published site answered ${response?.status()}`)
  const csp = response?.headers()['content-security-policy'] ?? ''
  const island = page.locator('[data-island="booking"]')
  await island.getByRole('heading', { name: 'Zarezerwuj termin' }).waitFor()
  expect((await island.locator('section').count()) === 0, 'the booking section nests another <section>')

  // 1. The service first: title, length and price.
  const service = island.locator('.bw-service', { hasText: SERVICE })
  await service.waitFor()
  const serviceText = await service.innerText()
  expect(/60 min · 250,00\s?zł/.test(serviceText), `the service says "${serviceText}", expected its length and price`)
  await screenshot(page, 'phone-services')
  await service.click()

  // 2. Days, each announced with its number of free times; the zone is the visitor's.
  const day = island.locator('.bw-day.bw-has').first()
  await day.waitFor()
  const label = (await day.getAttribute('aria-label')) ?? ''
  expect(/– \d+ (wolny termin|wolne terminy|wolnych terminów)$/.test(label), `the day button is announced as "${label}"`)
  expect((await page.locator('#bw-zone').inputValue()) === VISITOR_ZONE, 'the zone switcher does not start at the visitor zone')

  // 3. Switch the zone: the times follow it, and the switcher stays in view while scrolling.
  // The zones are listed by their names in the page's language; the id is only the value sent.
  const zoneShown = await page.locator('#bw-zone option:checked').innerText()
  expect(!zoneShown.includes('/') && zoneShown.includes(' – '), `the zone switcher shows "${zoneShown}"`)
  // The bar as the phone shows it with the visitor's long zone name (test-results/booking-widget-zone-bar-new-york.png).
  await page.locator('.bw-bar').screenshot({ path: 'test-results/booking-widget-zone-bar-new-york.png' })
  await page.locator('#bw-zone').selectOption('Europe/London')
  await page.waitForFunction(() => document.querySelector('.bw-note')?.textContent?.includes('Londyn'))
  expect(!(await page.locator('.bw-note').innerText()).includes('Europe/'), 'the note names the zone by its id')
  const time = island.locator('.bw-time').first()
  await time.waitFor()
  const start = (await time.getAttribute('data-start'))!
  const shown = (await time.innerText()).split('\n')[0].trim()
  expect(shown === formatTime(start, 'Europe/London', 'pl'), `the time button says ${shown}, expected ${formatTime(start, 'Europe/London', 'pl')} in London`)
  await time.scrollIntoViewIfNeeded()
  await page.mouse.wheel(0, 300)
  const bar = await page.locator('.bw-bar').boundingBox()
  expect(bar && bar.y >= -1 && bar.y + bar.height <= 844, `the zone switcher is out of view after scrolling: ${JSON.stringify(bar)}`)
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width <= 390, `the page scrolls sideways on a 390 px screen (${width} px wide)`)
  // The closed switcher fits the phone's width; a name too long for it ends in "…" with the whole name in its tooltip.
  const zoneBox = await page.locator('#bw-zone').boundingBox()
  expect(zoneBox && zoneBox.x >= 0 && zoneBox.x + zoneBox.width <= 390, `the zone switcher sticks out of the screen: ${JSON.stringify(zoneBox)}`)
  const zoneTitle = await page.locator('#bw-zone').getAttribute('title')
  expect(zoneTitle === (await page.locator('#bw-zone option:checked').innerText()), `the zone switcher's tooltip says "${zoneTitle}"`)
  await screenshot(page, 'phone-times')
  await time.click()

  // 4. A refused submit names the fields and moves focus to the first one.
  await page.locator('#bw-name').waitFor()
  await page.getByRole('button', { name: 'Rezerwuję' }).click()
  await page.locator('[data-testid="bw-form-error"]').waitFor()
  expect((await page.evaluate(() => document.activeElement?.id)) === 'bw-name', 'focus did not move to the name field after a refused submit')
  const summary = await page.locator('[data-testid="bw-form-error"]').innerText()
  expect(summary.includes('Imię i nazwisko') && summary.includes('E-mail') && summary.includes('Zgoda'), `the error summary says "${summary}"`)
  expect((await page.locator('#bw-email').getAttribute('aria-describedby')) === 'bw-email-error', 'the email error is not tied to its field')
  // Every refused field is marked, not only the focused one (the field's own border rule must not win over the error's).
  const emailBorder = await page.locator('#bw-email').evaluate((input) => getComputedStyle(input).borderTopColor)
  expect(emailBorder === 'rgb(185, 28, 28)', `the refused email field's border is ${emailBorder}, not the error's red`)
  await screenshot(page, 'phone-refused')
  const stamp = Date.now()
  const email = `widget-${stamp}@example.org`
  const guest = `Jan Testowy ${stamp % 100_000}`
  await page.locator('#bw-name').fill(guest)
  await page.locator('#bw-email').fill(email)
  await page.locator('#bw-notes').fill('Pierwsza konsultacja')
  await page.locator('#bw-consent').check()
  // The per-network limit (a 429, answered here by the browser's router so the server's limit stays untouched for
  // other tests): its message in a focused alert, nothing booked, the details kept.
  const limited = `${baseURL}/api/public/sites/${SITE}/bookings`
  await page.route(limited, (route) =>
    route.fulfill({
      status: 429,
      contentType: 'application/json',
      headers: { 'retry-after': '60' },
      body: JSON.stringify({ errors: [{ message: 'Zbyt wiele rezerwacji z Twojej sieci. Spróbuj ponownie później.' }] }),
    }),
  )
  await page.getByRole('button', { name: 'Rezerwuję' }).click()
  await page.locator('[data-testid="bw-form-error"]', { hasText: 'Zbyt wiele rezerwacji' }).waitFor()
  expect((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'bw-form-error', 'focus did not move to the error after a 429')
  expect((await page.locator('#bw-email').inputValue()) === email, 'the form lost the email after the 429')
  await page.unroute(limited)
  await page.getByRole('button', { name: 'Rezerwuję' }).click()

  // 5. The confirmation, with add-to-calendar links carrying the right times and title.
  await page.locator('[data-testid="bw-confirmation"]').waitFor()
  const end = new Date(Date.parse(start) + 60 * 60_000).toISOString()
  const google = new URL((await page.locator('[data-testid="bw-google"]').getAttribute('href'))!)
  expect(google.hostname === 'calendar.google.com', `the Google link goes to ${google.hostname}`)
  expect(google.searchParams.get('text') === SERVICE, `the Google event is called ${google.searchParams.get('text')}`)
  expect(google.searchParams.get('dates') === `${compactUtc(start)}/${compactUtc(end)}`, `the Google dates are ${google.searchParams.get('dates')}`)
  const outlook = new URL((await page.locator('[data-testid="bw-outlook"]').getAttribute('href'))!)
  expect(outlook.hostname === 'outlook.live.com' && outlook.searchParams.get('subject') === SERVICE, `the Outlook link is ${outlook}`)
  expect(
    Date.parse(outlook.searchParams.get('startdt')!) === Date.parse(start) && Date.parse(outlook.searchParams.get('enddt')!) === Date.parse(end),
    `the Outlook times are ${outlook.searchParams.get('startdt')}–${outlook.searchParams.get('enddt')}`,
  )
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="bw-ics"]').click()])
  const file = await download.path()
  const ics = file ? (await import('node:fs')).readFileSync(file, 'utf8') : ''
  expect(ics.includes(`SUMMARY:${SERVICE}`) && ics.includes(`DTSTART:${compactUtc(start)}`), `the calendar file is ${ics.slice(0, 400)}`)
  expect((await page.locator('.bw-status').innerText()).includes('Zarezerwowano'), 'the confirmation was not announced in the live region')
  await screenshot(page, 'phone-confirmed')
  expect(!errors.length, `errors on the public page (CSP: "${csp}"): ${errors.join('; ')}`)

  // The booking exists, for the time chosen, with the visitor's details and the London zone.
  const found = await api('GET', `/api/bookings?where[site][equals]=${siteId}&where[guestEmail][equals]=${encodeURIComponent(email)}&depth=1`)
  const docs = found.body?.docs ?? []
  expect(docs.length === 1, `expected one booking for ${email}, found ${docs.length}`)
  const [booking] = docs
  expect(booking.status === 'confirmed' && booking.guestName === guest, `booking: ${JSON.stringify(booking)}`)
  expect(Date.parse(booking.event.startTime) === Date.parse(start), `the booked event starts at ${booking.event.startTime}, the visitor chose ${start}`)
  expect(booking.event.title === SERVICE, `the event is called ${booking.event.title}, not the service without the visitor's name`)
  expect(booking.timeZone === 'Europe/London', `the booking's zone is ${booking.timeZone}`)

  // Anna sees it in her calendar's week view, on the day it falls in her (Warsaw) time.
  const admin = await newPage(ENGLISH)
  await signIn(admin, 'anna@example.com')
  const bookedDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date(start))
  await admin.goto(`/admin/calendar?view=week&date=${bookedDate}&site=${siteId}`)
  await admin.locator(`[data-date="${bookedDate}"] [data-testid="calendar-item"][data-kind="event"]`, { hasText: guest }).first().waitFor()
  await screenshot(admin, 'calendar-week')
  // The booking names the visitor's zone, read-only, by its name in anna's admin language, never "Europe/London".
  await admin.goto(`/admin/collections/bookings/${booking.id}`)
  await admin
    .getByTestId('time-zone-read-only')
    .filter({ hasText: /^London – / })
    .waitFor()
  await screenshot(admin, 'booking-client-zone')
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
