/**
 * A visitor's browser (headless Chromium) on a published site: the events section's card leads to the event page,
 * whose form (the sites' script) marks what is missing beside each field, sets aria-invalid and moves the focus
 * to the first problem before anything is sent; a free registration goes to the real registrations endpoint and
 * the server's confirmation replaces the form, a second one with the same address shows the server's refusal;
 * on a 390 px phone the page does not scroll sideways.
 */
import type { Browser, Page } from 'playwright-core'

import type { TestPlatform } from '@platform/testing'
import { launchChromium, startTestPlatform } from '@platform/testing'
import { REGISTRATIONS } from '../slugs'
import { createEvent, inDays, QUESTIONS, siteWithSection, uploadImage } from './publicSupport'

let platform: TestPlatform
let browser: Browser
let identifier: string
let slug: string
let freeSlug: string
let freeId: number

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { site } = await siteWithSection(platform.payload)
  identifier = site.identifier
  const image = await uploadImage(platform.payload, site.id)
  const event = await createEvent(platform.payload, site.id, {
    title: 'Weekend z jogą i oddechem w Bieszczadach',
    image: image.id,
    startDate: inDays(30),
    endDate: inDays(32),
    location: 'Chata Wędrowca, Wetlina 12, 38-608 Wetlina',
    price: 1200,
    earlyBirdPrice: 990,
    earlyBirdEndsAt: inDays(10),
    maxParticipants: 12,
    currentParticipants: 9,
    details: QUESTIONS,
  })
  slug = event.slug!
  const free = await createEvent(platform.payload, site.id, {
    title: 'Bezpłatny warsztat oddechu',
    startDate: inDays(20),
    endDate: inDays(20.1),
    locationKind: 'online',
    onlineUrl: 'https://meet.example.com/oddech',
    maxParticipants: 20,
    price: 0,
    details: { questions: [{ id: 'skad', label: { pl: 'Skąd o nas wiesz?', en: 'How did you find us?' }, type: 'text', required: true }] },
  })
  freeSlug = free.slug!
  freeId = free.id
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await platform?.close()
})

it('goes from the section to the event page and marks missing answers beside their fields, focus on the first', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const requests: string[] = []
  page.on('request', (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`))
  await page.goto(`${platform.baseURL}/s/${identifier}`)
  await page.getByRole('link', { name: 'Weekend z jogą i oddechem w Bieszczadach', exact: true }).click()
  await page.waitForURL(`**/s/${identifier}/events/${slug}`)
  await page.getByRole('button', { name: 'Zapisz się i przejdź do płatności' }).click()
  await expectFocus(page, 'be-name')
  expect(await page.locator('#be-name-error').textContent()).toBe('Podaj imię i nazwisko.')
  expect(await page.locator('#be-email-error').textContent()).toBe('Podaj poprawny adres e-mail, np. jan@example.com.')
  expect(await page.locator('#be-q-dieta-error').textContent()).toBe('Odpowiedz na pytanie „Dieta”.')
  expect(await page.locator('#be-q-regulamin-error').textContent()).toBe('Zaznacz pole „Akceptuję regulamin wyjazdu”.')
  expect(await page.locator('#be-q-uwagi-error').textContent()).toBe('')
  expect(await page.getByRole('status').filter({ hasText: 'Popraw zaznaczone pola' }).count()).toBe(1)
  expect(await page.locator('#be-email').getAttribute('aria-invalid')).toBe('true')

  await page.getByLabel('Imię i nazwisko').fill('Jan Nowak')
  await page.getByLabel('Adres e-mail').fill('jan@')
  await page.getByLabel('Dieta').selectOption('Wegetariańska')
  await page.getByLabel('Akceptuję regulamin wyjazdu').check()
  await page.getByRole('button', { name: 'Zapisz się i przejdź do płatności' }).click()
  await expectFocus(page, 'be-email')
  expect(await page.locator('#be-name-error').textContent()).toBe('')
  expect(await page.locator('#be-name').getAttribute('aria-invalid')).toBeNull()
  // Nothing was sent: the visitor fixes these first.
  expect(requests.filter((request) => request.startsWith('POST'))).toEqual([])
  await page.close()
})

it('registers for a free event through the real endpoint: the server’s confirmation replaces the form; a repeat is refused', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  const register = async () => {
    await page.goto(`${platform.baseURL}/s/${identifier}/events/${freeSlug}`)
    await page.getByLabel('Imię i nazwisko').fill('Ola Kowalska')
    await page.getByLabel('Adres e-mail').fill('ola.browser@example.com')
    await page.getByLabel('Skąd o nas wiesz?').fill('Od znajomej')
    await page.getByRole('button', { name: 'Zapisz się', exact: true }).click()
  }
  await register()
  const done = page.locator('p.be-done')
  await done.waitFor()
  expect(await page.locator('form[data-bigevent-form]').count()).toBe(0)
  expect((await done.textContent())?.length).toBeGreaterThan(10)
  await expectFocus(page, '')
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('be-done')
  const stored = await platform.payload.find({ collection: REGISTRATIONS, where: { event: { equals: freeId } }, overrideAccess: true }) // test inspection
  expect(stored.docs.map((doc) => [doc.name, doc.email, doc.status, doc.answers])).toEqual([
    ['Ola Kowalska', 'ola.browser@example.com', 'confirmed', { skad: 'Od znajomej' }],
  ])

  await register()
  // "Wysyłanie…" shows first (the same line, not an error): wait for the server's refusal itself.
  const status = page.locator('[data-bigevent-status]')
  await status.and(page.locator('.be-status--error')).waitFor()
  expect(await status.getAttribute('class')).toBe('be-status be-status--error')
  expect(await page.locator('form[data-bigevent-form]').count()).toBe(1)
  await page.close()
})

it('fits a 390 px phone without sideways scrolling, the form under the facts', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
  for (const path of [`/s/${identifier}`, `/s/${identifier}/events/${slug}`, `/s/${identifier}/en/events/${slug}`]) {
    await page.goto(`${platform.baseURL}${path}`)
    expect({ path, width: await page.evaluate(() => document.documentElement.scrollWidth) }).toEqual({ path, width: 390 })
  }
  const facts = await page.locator('.be-facts').boundingBox()
  const form = await page.locator('form[data-bigevent-form]').boundingBox()
  expect(form!.y).toBeGreaterThan(facts!.y)
  expect(form!.width).toBeLessThanOrEqual(390)
  await page.close()
})

const expectFocus = async (page: Page, id: string) =>
  expect(await page.waitForFunction((expected) => (document.activeElement?.id ?? '') === expected, id).then(() => true)).toBe(true)
