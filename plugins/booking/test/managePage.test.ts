/**
 * The manage page's component in headless Chromium against the real public
 * API of a test platform: the real `ManageBooking` bundled with esbuild and
 * served on the platform's origin through `page.route()` (the Next page only
 * renders it), so it runs in every jest run without a production build.
 * Move, cancel (with the confirmation step), the cutoff explained, junk links.
 */
import type { Browser, Page } from 'playwright-core'

import { createToken } from '@platform'
import type { TestPlatform } from '@platform/testing'
import { componentPage, createSite, createUser, launchChromium, publishSiteAs, startTestPlatform } from '@platform/testing'
import { createBlock, dayAhead, isoAt, post, setSettings } from './support'

let platform: TestPlatform
let browser: Browser
let managePage: (props: Record<string, unknown>) => string
let site: { id: number; identifier: string }
let owner: { id: number }
const DAY = dayAhead(5)

beforeAll(async () => {
  process.env.BOOKING_RATE_PER_IP = '1000'
  platform = await startTestPlatform()
  owner = await createUser(platform.payload, { locale: 'pl' })
  await platform.payload.update({ collection: 'users', id: owner.id, data: { firstName: 'Anna', lastName: 'Kowalska' }, overrideAccess: true })
  site = await createSite(platform.payload, owner.id, 'Gabinet Anny')
  await publishSiteAs(platform.payload, site.id)
  await setSettings(platform.payload, site.id, { minimumNoticeMinutes: 60, bookingWindowDays: 30, cancelCutoffHours: 24, timeZone: 'Europe/Warsaw' })
  managePage = await componentPage({ module: 'plugins/booking/manage/ManageBooking.tsx', exportName: 'ManageBooking' })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await platform?.close()
  delete process.env.BOOKING_RATE_PER_IP
})

/** Opens the manage page for `token` on the platform's origin (same-origin API calls, as on /bookings/<token>). */
const SITE = { name: 'Gabinet Anny', homeUrl: 'http://example.test/s/gabinet', bookAgainUrl: 'http://example.test/s/gabinet#rezerwacje' }

const open = async (token: string, locale: 'pl' | 'en' = 'pl'): Promise<{ page: Page; errors: string[] }> => {
  const page = await (await browser.newContext({ timezoneId: 'Europe/Warsaw' })).newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const at = `${platform.baseURL}/manage-page-under-test`
  await page.route(at, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: managePage({ token, initialLocale: locale, site: SITE }),
    }),
  )
  await page.goto(at)
  return { page, errors }
}

const text = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).innerText()

it("shows the booking in the visitor's zone with the host, moves it to another time, then cancels it after asking", async () => {
  const block = await createBlock(platform.payload, site.id, owner.id, { date: DAY, startTime: '09:00', endTime: '12:00', title: 'Konsultacja' })
  const made = await post(platform.baseURL, `/api/public/sites/${site.identifier}/bookings`, {
    start: isoAt(DAY, '09:00'),
    blockId: String(block.id),
    email: 'page@example.com',
    name: 'Piotr',
    locale: 'en',
  })
  expect(made.status).toBe(201)
  const { page, errors } = await open(made.body.manageUrl.split('/').pop(), 'pl')

  await page.locator('[data-testid="manage-booking"]').waitFor()
  // The booking is English: the page switches to it once loaded.
  expect(await page.locator('h1').innerText()).toBe('Your booking')
  expect(await text(page, 'booking-when')).toMatch(/, 09:00–10:00$/)
  const details = await text(page, 'manage-booking')
  expect(details).toContain('Anna Kowalska')
  expect(details).toContain('Gabinet Anny')
  // The zone by its name, not its id.
  expect(details).toContain('Times are shown in your time zone: Warsaw – Central European Time.')
  expect(details).toMatch(/You can change or cancel online until .*, 09:00 \(24 hours before the start\)/)

  await page.getByRole('button', { name: 'Pick another time' }).click()
  const picker = page.locator('[data-testid="slot-picker"]')
  await picker.locator('button', { hasText: '11:00–12:00' }).waitFor()
  // Its own time is not offered.
  expect(await picker.locator('button', { hasText: '09:00–10:00' }).count()).toBe(0)
  // The same host by default, any host on request (this site has one).
  expect(await picker.getByRole('combobox', { name: 'Host' }).inputValue()).toBe('same')
  await picker.locator('button', { hasText: '11:00–12:00' }).click()
  // Nothing moves before the visitor confirms; going back keeps the booking as it was.
  const question = page.locator('[data-testid="move-confirm"]')
  expect(await question.innerText()).toMatch(/Move your booking to .*, 11:00–12:00\?/)
  await page.getByRole('button', { name: 'No, go back' }).click()
  await picker.locator('button', { hasText: '11:00–12:00' }).click()
  const booked = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 1 }) // trusted: test inspection
  expect(booked.event).toMatchObject({
    // trusted: test setup or inspection
    startTime: isoAt(DAY, '09:00'),
  })
  await page.getByRole('button', { name: 'Yes, move it' }).click()
  await page.getByRole('status').filter({ hasText: 'the booking is moved' }).waitFor()
  expect(await text(page, 'booking-when')).toMatch(/, 11:00–12:00$/)
  const moved = await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true, depth: 1 })
  expect((moved.event as { startTime: string }).startTime).toBe(isoAt(DAY, '11:00'))

  await page.getByRole('button', { name: 'Cancel the booking' }).click()
  // Nothing happens before the visitor confirms.
  expect((await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true })).status).toBe('confirmed')
  await page.getByRole('button', { name: 'Yes, cancel it' }).click()
  await page.getByRole('status').filter({ hasText: 'The booking is cancelled' }).waitFor()
  expect(await text(page, 'booking-status')).toBe('Cancelled')
  expect(await page.getByRole('button', { name: 'Cancel the booking' }).count()).toBe(0)
  expect((await platform.payload.findByID({ collection: 'bookings', id: made.body.booking.id, overrideAccess: true })).status).toBe('cancelled')
  // Then: book again on the site, and a way back to it.
  expect(await page.getByRole('link', { name: 'Book again' }).getAttribute('href')).toBe(SITE.bookAgainUrl)
  expect(await page.getByRole('link', { name: 'Back to Gabinet Anny' }).getAttribute('href')).toBe(SITE.homeUrl)
  expect(errors).toEqual([])
})

it('explains the cutoff instead of offering changes inside it (in Polish for a Polish booking)', async () => {
  const start = Date.now() + 5 * 3_600_000
  const event = await platform.payload.create({
    collection: 'events',
    data: {
      site: site.id,
      assignedToOwner: owner.id,
      title: 'Wkrótce',
      eventType: 'one_on_one',
      startTime: new Date(start).toISOString(),
      endTime: new Date(start + 3_600_000).toISOString(),
    } as never,
    overrideAccess: true,
  })
  const { token, hash } = createToken()
  await platform.payload.create({
    collection: 'bookings',
    data: { site: site.id, event: event.id, guestEmail: 'soon@example.com', guestName: 'Soon', managementToken: hash, locale: 'pl' } as never,
    overrideAccess: true,
  })
  const { page } = await open(token, 'en')
  await page.locator('[data-testid="cutoff-closed"]').waitFor()
  expect(await text(page, 'cutoff-closed')).toMatch(/Zmiany online są możliwe najpóźniej 24 godz\. przed rozpoczęciem/)
  expect(await page.getByRole('button', { name: 'Odwołaj rezerwację' }).count()).toBe(0)
  expect(await page.getByRole('button', { name: 'Wybierz inny termin' }).count()).toBe(0)
})

it('says clearly when the link is wrong', async () => {
  const { page } = await open(createToken().token, 'en')
  await page.getByRole('alert').filter({ hasText: 'We could not find this booking' }).waitFor()
  expect(await page.getByRole('link', { name: 'Back to Gabinet Anny' }).count()).toBe(1)
})
