/**
 * The visitor's booking manage page in a real browser: a booking on Anna's
 * demo site, the link from the confirmation email, moving to another free
 * time and cancelling, with the emails that follow each change.
 */
import type { Page } from 'playwright-core'

import { mimePart } from '../helpers/smtp'
import { dayAhead, isoAt } from '../../plugins/booking/test/support'
import { expect, test } from './harness'
import { mailCount, waitForMail } from './inbox'
import { ENGLISH, signIn } from './signIn'

const api = async (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
  const response = await page.request.fetch(path, { method, data, headers: { origin: new URL(page.url()).origin } })
  return { status: response.status(), body: (await response.json().catch(() => undefined)) as any }
}

test('a visitor opens the emailed manage link, moves the booking to another time and then cancels it', async ({ newPage, screenshot }) => {
  // Anna offers three one-hour meetings on a day next week.
  const owner = await newPage(ENGLISH)
  await signIn(owner, 'anna@example.com')
  const sites = await api(owner, 'GET', '/api/sites?where[identifier][equals]=anna-coaching&depth=0')
  const siteId = sites.body.docs[0].id
  const day = dayAhead(8)
  const block = await api(owner, 'POST', '/api/availability-blocks', {
    site: siteId,
    title: 'Konsultacja',
    date: day,
    startTime: '09:00',
    endTime: '12:00',
    meetingLength: 60,
    timeSnapping: 60,
    bufferTime: 0,
  })
  expect(block.status === 201, `creating the availability answered ${block.status}: ${JSON.stringify(block.body)}`)

  // A visitor books 09:00 and gets the confirmation with the manage link.
  const visitor = await newPage({ ...ENGLISH, timezoneId: 'Europe/Warsaw' })
  await visitor.goto('/')
  const since = mailCount()
  const booked = await api(visitor, 'POST', '/api/public/sites/anna-coaching/bookings', {
    start: isoAt(day, '09:00'),
    blockId: String(block.body.doc.id),
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
  expect(/09:00–10:00/.test(when), `the page shows "${when}", expected 09:00–10:00`)
  expect((await panel.innerText()).includes('Anna Kowalska'), 'the page does not name the host')
  expect((await panel.innerText()).includes('Europe/Warsaw'), 'the page does not name the time zone')
  await screenshot(visitor, 'details')

  // Move to 11:00.
  await visitor.getByRole('button', { name: 'Pick another time' }).click()
  const later = visitor.locator('[data-testid="slot-picker"] button', { hasText: '11:00–12:00' })
  await later.waitFor()
  await later.click()
  await visitor.getByRole('status').filter({ hasText: 'the booking is moved' }).waitFor()
  const moved = await visitor.locator('[data-testid="booking-when"]').innerText()
  expect(/11:00–12:00/.test(moved), `after the move the page shows "${moved}"`)
  await waitForMail('manage-e2e@example.org', { subject: /^Booking moved/, since })
  await screenshot(visitor, 'moved')

  // Cancel, with the confirmation step.
  await visitor.getByRole('button', { name: 'Cancel the booking' }).click()
  await visitor.getByRole('button', { name: 'Yes, cancel it' }).click()
  await visitor.getByRole('status').filter({ hasText: 'The booking is cancelled' }).waitFor()
  expect((await visitor.locator('[data-testid="booking-status"]').innerText()) === 'Cancelled', 'the status does not say Cancelled')
  expect((await visitor.getByRole('button', { name: 'Cancel the booking' }).count()) === 0, 'a cancelled booking still offers Cancel')
  await waitForMail('manage-e2e@example.org', { subject: /^Booking cancelled/, since })
  await waitForMail('anna@example.com', { subject: /^Rezerwacja odwołana: Piotr Test/, since })
  await screenshot(visitor, 'cancelled')

  // A junk link gives a clear message, not a blank page.
  await visitor.goto('/bookings/not-a-real-token?lang=en')
  await visitor.getByRole('alert').filter({ hasText: 'We could not find this booking' }).waitFor()
})
