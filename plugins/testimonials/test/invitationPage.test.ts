/**
 * The invitation page in headless Chromium on a 390 px phone, served by a real test platform (the page is the
 * API's own HTML, so no production build is needed): the name filled in, the star rating reachable by name and
 * keyboard, a mistake shown in Polish, then the testimonial sent and the thank-you page, with no horizontal scroll.
 */
import type { Browser } from 'playwright-core'

import type { SmtpListener, TestPlatform } from '@platform/testing'
import { delivered, launchChromium, onServer } from '@platform/testing'
import { inviteSessionClients } from '../invitations/listener'
import { sendInvitation } from '../invitations/send'
import { invitationSettings } from '../invitations/settings'
import { TESTIMONIALS } from '../slugs'
import { address, attended, createPractice, hoursAgo, linksIn, requestsOf, startInvitationPlatform } from './invitationFixtures'

let platform: TestPlatform
let smtp: SmtpListener
let close: () => Promise<void>
let browser: Browser

beforeAll(async () => {
  ;({ platform, smtp, close } = await startInvitationPlatform())
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await close?.()
})

const AMBER = 'rgb(245, 158, 11)'
const GREY = 'rgb(209, 213, 219)'

it('works on a phone: name filled in, stars by keyboard, a mistake explained, then sent and thanked', async () => {
  const settings = invitationSettings()
  const { site } = await createPractice(platform.payload)
  const email = address('jan')
  await inviteSessionClients(platform.payload, attended(site.id, { endTime: hoursAgo(0.5), clients: [{ name: 'Jan Kowalski', email, locale: 'pl' }] }), {
    settings,
  })
  const [request] = await requestsOf(platform.payload, site.id, email)
  await sendInvitation(platform.payload, request.id, { now: new Date(new Date(request.sendAt!).getTime() + 1000), settings })
  const link = onServer(platform.baseURL, linksIn(await delivered(smtp, email)).invitation)

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'pl-PL' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(link)
  const fitsWidth = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

  expect(await page.locator('h1').innerText()).toBe('Podziel się opinią')
  expect(await page.getByLabel('Imię (tak podpiszemy opinię)').inputValue()).toBe('Jan Kowalski')
  expect(await fitsWidth()).toBe(true)
  const stars = page.getByRole('group', { name: 'Ocena' })
  expect(await stars.getByRole('radio').count()).toBe(5)
  const box = await page.locator('label[for="rating-1"]').boundingBox()
  expect(box!.width).toBeGreaterThanOrEqual(44)
  expect(box!.height).toBeGreaterThanOrEqual(44)

  // A mistake: no stars, no consent. The server's page explains in Polish and keeps the text.
  await page.getByLabel('Twoja opinia').fill('Bardzo spokojna i uważna rozmowa.')
  await page.getByRole('button', { name: 'Wyślij opinię' }).click()
  await page.waitForURL(link + '?lang=pl')
  expect(await page.getByRole('alert').innerText()).toContain('Wybierz ocenę od 1 do 5 gwiazdek.')
  expect(await page.getByLabel('Twoja opinia').inputValue()).toBe('Bardzo spokojna i uważna rozmowa.')
  expect(await fitsWidth()).toBe(true)

  // Stars by keyboard: focus the first, arrow right three times -> 4 of 5, shown as four amber stars.
  await stars.getByRole('radio', { name: '1 gwiazdka z 5' }).focus()
  for (let step = 0; step < 3; step++) await page.keyboard.press('ArrowRight')
  expect(await stars.getByRole('radio', { name: '4 gwiazdki z 5' }).isChecked()).toBe(true)
  const color = (value: number) => page.locator(`label[for="rating-${value}"]`).evaluate((label) => getComputedStyle(label).color)
  expect([await color(1), await color(4), await color(5)]).toEqual([AMBER, AMBER, GREY])
  await page.getByLabel('Imię (tak podpiszemy opinię)').fill('Jan K.')
  await page.getByText('Zgadzam się na publikację tej opinii').tap()
  await page.getByRole('button', { name: 'Wyślij opinię' }).tap()
  await page.waitForURL(/\/thanks\?lang=pl$/)
  expect(await page.locator('h1').innerText()).toBe('Dziękujemy za opinię!')
  expect(await fitsWidth()).toBe(true)
  expect(errors).toEqual([])

  const [stored] = (await platform.payload.find({ collection: TESTIMONIALS, where: { site: { equals: site.id } }, overrideAccess: true })).docs
  expect(stored).toMatchObject({ authorName: 'Jan K.', rating: 4, content: 'Bardzo spokojna i uważna rozmowa.', source: 'invited', status: 'pending' })
  await context.close()
})
