/**
 * The visitor's booking manage page in a real browser: a booking on Anna's
 * demo site, the link from the confirmation email, moving to another free
 * time and cancelling, with the emails that follow each change.
 */
import type { Page } from 'playwright-core'

import { ENGLISH, expect, mailCount, mimePart, test, waitForMail } from '@platform/e2e'

const api = async (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
  const response = await page.request.fetch(path, { method, data, headers: { origin: new URL(page.url()).origin } })
  return { status: response.status(), body: (await response.json().catch(() => undefined)) as any }
}

test('a visitor opens the emailed manage link, moves the booking to another time and then cancels it', async ({ newPage, screenshot }) => {
  // Anna's demo availability (plugins/booking/seed/demo.ts): a 1:1 slot at least two days ahead, past the 24-hour cutoff.
  const visitor = await newPage({ ...ENGLISH, timezoneId: 'Europe/Warsaw' })
  await visitor.goto('/')
  const offered = await api(visitor, 'GET', '/api/public/sites/anna-coaching/slots?tz=Europe/Warsaw')
  const slot = (offered.body?.slots ?? []).find(
    (item: { kind: string; start: string }) => item.kind === 'one_on_one' && Date.parse(item.start) > Date.now() + 2 * 86_400_000,
  )
  expect(slot, `Anna's site offers no 1:1 slot two days ahead: ${JSON.stringify(offered.body).slice(0, 300)}`)

  // The visitor books it and gets the confirmation with the manage link.
  const since = mailCount()
  const booked = await api(visitor, 'POST', '/api/public/sites/anna-coaching/bookings', {
    start: slot.start,
    blockId: slot.blockId,
    email: 'manage-e2e@example.org',
    name: 'Piotr Test',
    locale: 'en',
    tz: 'Europe/Warsaw',
  })
  expect(booked.status === 201, `booking answered ${booked.status}: ${JSON.stringify(booked.body)}`)
  const confirmation = await waitForMail('manage-e2e@example.org', { subject: /^Booking confirmed/, since })
  const link = /https?:\/\/\S+\/bookings\/[A-Za-z0-9_-]{43}/.exec(mimePart(confirmation.raw, 'text/plain') ?? '')?.[0]
  expect(link, 'the confirmation email has no manage link')

  await visitor.goto(new URL(link!).pathname)
  const panel = visitor.locator('[data-testid="manage-booking"]')
  await panel.waitFor()
  const when = await visitor.locator('[data-testid="booking-when"]').innerText()
  const bookedTime = slot.startLocal.slice(11, 16)
  expect(when.includes(bookedTime), `the page shows "${when}", expected ${bookedTime}`)
  expect((await panel.innerText()).includes('Anna Kowalska'), 'the page does not name the host')
  const details = await panel.innerText()
  expect(details.includes('Warsaw – Central European Time') && !details.includes('Europe/'), 'the page does not name the time zone, or names it by its id')
  // The page wears the site's own fonts (self-hosted @font-face of its theme), not the browser's defaults.
  const fonts = await visitor.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/["']/g, ''))
  })
  expect(fonts.includes('Playfair Display') && fonts.includes('Inter'), `the manage page loaded the fonts ${JSON.stringify(fonts)}, not the site's`)
  await screenshot(visitor, 'details')

  // Move to the last time offered: the first may fall inside the 24-hour cutoff (the widget test may have
  // taken earlier ones, and late in the day tomorrow's times are already inside it), which would close cancelling.
  await visitor.getByRole('button', { name: 'Pick another time' }).click()
  const other = visitor.locator('[data-testid="slot-picker"] button[aria-label^="Move to"]').last()
  await other.waitFor()
  const chosen = (await other.getAttribute('aria-label'))!.replace('Move to ', '')
  await screenshot(visitor, 'picker')
  await other.click()
  // The move asks first.
  await visitor.getByRole('button', { name: 'Yes, move it' }).click()
  await visitor.getByRole('status').filter({ hasText: 'the booking is moved' }).waitFor()
  const moved = await visitor.locator('[data-testid="booking-when"]').innerText()
  expect(moved === chosen, `after the move the page shows "${moved}", expected "${chosen}"`)
  await waitForMail('manage-e2e@example.org', { subject: /^Booking moved/, since })
  await screenshot(visitor, 'moved')

  // Cancel, with the confirmation step.
  await visitor.getByRole('button', { name: 'Cancel the booking' }).click()
  await visitor.getByRole('button', { name: 'Yes, cancel it' }).click()
  await visitor.getByRole('status').filter({ hasText: 'The booking is cancelled' }).waitFor()
  expect((await visitor.locator('[data-testid="booking-status"]').innerText()) === 'Cancelled', 'the status does not say Cancelled')
  expect((await visitor.getByRole('button', { name: 'Cancel the booking' }).count()) === 0, 'a cancelled booking still offers Cancel')
  await waitForMail('manage-e2e@example.org', { subject: /^Booking cancelled/, since })
  // The page wears Anna's site: its name links home, and "book again" leads back to her booking section.
  expect((await visitor.locator('header .brand').innerText()).length > 0, 'the manage page does not name the site')
  const again = await visitor.locator('[data-testid="book-again"]').getAttribute('href')
  // The booking is in English (the emailed link carries no language): so are the site's pages it leads to.
  expect(again?.includes('/s/anna-coaching/en'), `"book again" goes to ${again}, not to the English pages`)
  const home = await visitor.locator('header .brand').getAttribute('href')
  expect(home?.endsWith('/s/anna-coaching/en'), `the site's name links to ${home}, not to its English home`)
  await screenshot(visitor, 'cancelled')

  // A junk link gives a clear message, not a blank page.
  await visitor.goto('/bookings/not-a-real-token?lang=en')
  await visitor.getByRole('alert').filter({ hasText: 'We could not find this booking' }).waitFor()
})
