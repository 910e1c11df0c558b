/**
 * The owner's home in a real browser (production build, seeded demo): Anna signs in and lands on her home, with
 * her site's card (address, edit, preview, publish state) and today's booking, on a desktop and at 390 px; her
 * navigation has no platform collections. Staff land on their own desk.
 */
import type { Page } from 'playwright-core'

import { expect, test } from './harness'
import { ENGLISH, signIn } from './signIn'

const POLISH = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw' }

/**
 * A booking for today on Anna's site, made as Anna over the REST API with her browser's cookies (page.request shares
 * them; the Origin is the app's own, as Payload's cookie check wants).
 */
const bookToday = async (page: Page, baseURL: string, guestName: string) => {
  const json = async (path: string, data?: unknown) => {
    const response = data
      ? await page.request.post(`${baseURL}/api${path}`, { data, headers: { origin: baseURL } })
      : await page.request.get(`${baseURL}/api${path}`, { headers: { origin: baseURL } })
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`)
    return response.json()
  }
  const me = await json('/users/me')
  const sites = await json('/sites?where[identifier][equals]=anna-coaching&depth=0')
  const site = sites.docs[0].id
  // Now (a moment of today, whatever the hour of the run), so the booking is today's.
  const start = new Date()
  const event = await json('/events', {
    site,
    title: 'Sesja próbna',
    eventType: 'one_on_one',
    capacity: 1,
    startTime: start.toISOString(),
    endTime: new Date(start.getTime() + 30 * 60_000).toISOString(),
    assignedToOwner: me.user.id,
  })
  await json('/bookings', { site, event: event.doc.id, guestName, guestEmail: 'gosc-e2e@example.test' })
}

test('an owner signs in and lands on her home: her site card and today’s booking, on a desktop and a phone', async ({ newPage, screenshot, baseURL }) => {
  const page = await newPage(POLISH)
  await signIn(page, 'anna@example.com')
  const guest = `Gość E2E ${Date.now().toString(36)}`
  await bookToday(page, baseURL, guest)
  await page.goto('/admin')

  await page.getByRole('heading', { name: 'Twoje strony' }).waitFor()
  const card = page.getByTestId('home-site-card').filter({ hasText: 'Anna Kowalska Coaching' })
  await card.waitFor()
  const cardText = await card.innerText()
  expect(cardText.includes('/s/anna-coaching') || /\.\w+/.test(cardText), `the site card shows no address: ${cardText}`)
  expect(/Opublikowana|Wersja robocza/.test(cardText), `the site card says nothing of the publish state: ${cardText}`)
  expect((await card.getByTestId('home-edit').getAttribute('href'))?.startsWith('/admin/collections/sites/'), 'no Edit link on the site card')
  expect((await card.getByTestId('home-preview').getAttribute('href')) === '/s/anna-coaching?preview=1', 'no Preview link on the site card')

  const today = page.locator('[data-home-card="booking:today"]')
  await today.getByText(guest).waitFor()
  const todayText = await today.innerText()
  expect(/dziś, \d{2}:\d{2}/.test(todayText), `today's booking has no "dziś, HH:MM": ${todayText}`)
  expect(
    (await today.getByRole('link', { name: 'Kalendarz' }).getAttribute('href'))?.startsWith('/admin/calendar?site='),
    'no calendar link to this site on the bookings card',
  )
  // Her navigation has none of the platform's collections.
  for (const id of ['#nav-users', '#nav-terms-of-service', '#nav-site-versions', '#nav-media-usages', '#nav-notifications'])
    expect((await page.locator(id).count()) === 0, `an owner's navigation shows ${id}`)
  await screenshot(page, 'home-desktop')

  await page.setViewportSize({ width: 390, height: 844 })
  await page.reload()
  await today.getByText(guest).waitFor()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow <= 0, `the home is ${overflow}px wider than a 390px phone`)
  const box = await today.boundingBox()
  expect(box && box.x >= 0 && box.x + box.width <= 390, `today's card runs off a 390px screen: ${JSON.stringify(box)}`)
  expect(await card.isVisible(), 'the site card is not shown at 390px')
  await screenshot(page, 'home-phone')
})

test('staff land on their desk, not an owner’s home', async ({ newPage, screenshot }) => {
  const page = await newPage(ENGLISH)
  await signIn(page, 'staff@example.com')
  await page.getByTestId('home-staff-links').waitFor()
  expect((await page.getByTestId('home-site-card').count()) === 0, 'staff see an owner’s site card')
  expect((await page.locator('#nav-users').count()) === 1, 'staff no longer see Users in the navigation')
  await screenshot(page, 'home-staff')
})

/** The admin header of a custom view: the bell and the breadcrumb naming the page, as on Payload's own screens. */
const expectHeader = async (page: Page, path: string, crumb: string) => {
  await page.goto(path)
  await page.locator('.step-nav').getByText(crumb, { exact: true }).waitFor()
  const bell = page.locator('.app-header__actions button[title^="Powiadomienia"]')
  expect((await bell.count()) === 1, `${path} has no notification bell in its header`)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow <= 0, `${path} is ${overflow}px wider than the screen`)
}

test('custom admin views (billing, domains, hours, jobs) carry the same header as the rest: bell and breadcrumbs, on a desktop and at 390 px', async ({
  newPage,
  screenshot,
}) => {
  const anna = await newPage(POLISH)
  await signIn(anna, 'anna@example.com')
  const staff = await newPage(POLISH)
  await signIn(staff, 'staff@example.com')
  for (const width of [1600, 390]) {
    await anna.setViewportSize({ width, height: 900 })
    await staff.setViewportSize({ width, height: 900 })
    await expectHeader(anna, '/admin/billing', 'Plan i płatności')
    await screenshot(anna, `billing-${width}`)
    await expectHeader(anna, '/admin/domains', 'Domena strony')
    await expectHeader(anna, '/admin/working-hours', 'Godziny pracy')
    await expectHeader(staff, '/admin/jobs', 'Zadania w tle')
    await screenshot(staff, `jobs-${width}`)
  }
})
