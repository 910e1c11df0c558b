/**
 * Big events in a real browser against the production build, on Anna's published demo site `/s/anna-coaching`
 * (its home page carries the events section). Anna puts a paid workshop with a required question on sale (over
 * her REST API, as her event form would save it). A Polish visitor goes from the section's card to the event's
 * page, is told the answer is missing (nothing sent), answers, is sent to the P24 simulator, pays, and comes back
 * to her manage page, which says she is confirmed; the confirmation email, with the calendar file, is in the
 * SMTP inbox; the site's sitemap.xml lists the page. Anna sees her on the home card and on the event's
 * "Uczestnicy" tab and checks her in. The visitor's part again on a 390 px phone: no sideways scrolling on the
 * page, the form with its errors, or the manage page.
 */
import type { Page } from 'playwright-core'

import { acceptCurrentTerms, expect, mailCount, mimePart, signIn, test, waitForMail } from '@platform/e2e'

const SITE = 'anna-coaching'
const POLISH = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw' }
const PHONE = { ...POLISH, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
const DAY = 24 * 3_600_000
const QUESTION = 'Z czym przychodzisz na warsztat?'

/** `days` from now at 16:00 UTC (17:00 or 18:00 in Warsaw: an evening workshop). */
const inDays = (days: number) => {
  const date = new Date(Date.now() + days * DAY)
  date.setUTCHours(16, 0, 0, 0)
  return date.toISOString()
}

/** Anna's new paid workshop, published, made over the REST API with her browser's cookies (Origin: the app's own). */
const paidWorkshop = async (anna: Page, baseURL: string, title: string): Promise<{ id: number; slug: string }> => {
  const api = async (path: string, data?: unknown) => {
    const headers = { origin: baseURL }
    const response = data ? await anna.request.post(`${baseURL}/api${path}`, { data, headers }) : await anna.request.get(`${baseURL}/api${path}`, { headers })
    if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`)
    return response.json()
  }
  const sites = await api(`/sites?where[identifier][equals]=${SITE}&depth=0`)
  const created = await api('/big-events', {
    site: sites.docs[0].id,
    title,
    startDate: inDays(20),
    endDate: new Date(Date.parse(inDays(20)) + 3 * 3_600_000).toISOString(),
    timeZone: 'Europe/Warsaw',
    locationKind: 'in_person',
    location: 'Pracownia Zmiana, ul. Długa 5, 31-147 Kraków',
    maxParticipants: 12,
    price: 149,
    cancelCutoffHours: 48,
    details: {
      questions: [
        { id: 'temat', label: { pl: QUESTION, en: 'What do you bring to the workshop?' }, type: 'textarea', required: true },
        { id: 'faktura', label: { pl: 'Potrzebuję faktury', en: 'I need an invoice' }, type: 'checkbox', required: false },
      ],
    },
    status: 'published',
    sendEmailOnPublish: false,
  })
  return { id: created.doc.id, slug: created.doc.slug }
}

/** How much wider than the screen the page is (0: no sideways scrolling). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

/**
 * The visitor's part: the form refuses a missing answer without sending anything, then registers, pays on the P24
 * simulator and lands on the manage page saying she is confirmed. Returns the manage page's address.
 */
const registerAndPay = async (
  page: Page,
  { name, email, onPhone, shoot }: { name: string; email: string; onPhone: boolean; shoot: (page: Page, name: string) => Promise<void> },
) => {
  let posted = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && /\/api\/public\/big-events\/\d+\/registrations$/.test(new URL(request.url()).pathname)) posted++
  })
  const form = page.locator('form[data-bigevent-form]')
  await form.scrollIntoViewIfNeeded()
  await form.getByLabel('Imię i nazwisko').fill(name)
  await form.getByLabel('Adres e-mail').fill(email)
  await form.getByRole('button', { name: 'Zapisz się i przejdź do płatności' }).click()
  await form
    .locator('[data-error-for="answers.temat"]')
    .filter({ hasText: `Odpowiedz na pytanie „${QUESTION}”.` })
    .waitFor()
  expect(await form.getByLabel(QUESTION).evaluate((input) => input === document.activeElement), 'the focus is not on the missing answer')
  expect(posted === 0, `the form sent ${posted} requests with a missing answer`)
  if (onPhone) expect((await overflow(page)) <= 0, `the page with the form's errors is ${await overflow(page)} px wider than the phone`)

  await form.getByLabel(QUESTION).fill('Chcę nauczyć się mówić „nie” bez poczucia winy.')
  await form.getByRole('button', { name: 'Zapisz się i przejdź do płatności' }).click()
  await page.waitForURL(/\/trnRequest\/[A-Z0-9]+/i, { timeout: 30_000 })
  const p24 = await page.locator('body').innerText()
  expect(posted === 1, `the form sent ${posted} requests`)
  expect(/149,00/.test(p24), `the P24 page does not ask for 149,00 zł: ${p24}`)
  await page.locator('button[value="pay"]').click()
  await page.waitForURL(/\/events\/registrations\/[^/?#]+\?from=p24/, { timeout: 30_000 })
  await shoot(page, 'back-from-p24')
  // P24's notification may reach the platform a moment after the payer: the page then says it is checking (never
  // "pay" to someone who just paid) and looks again by itself until the seat is confirmed.
  const first = await page.locator('body').innerText()
  expect(/Potwierdzony – do zobaczenia!|Sprawdzamy płatność/.test(first), `back from P24 the manage page says: ${first}`)
  expect((await page.getByRole('link', { name: 'Zapłać i potwierdź udział' }).count()) === 0, 'back from P24 the manage page asks to pay again')
  await page.getByText('Potwierdzony – do zobaczenia!').waitFor({ timeout: 30_000 })
  const manage = await page.locator('body').innerText()
  expect(!/Zapłać/.test(manage), `the manage page still asks to pay: ${manage}`)
  expect(!/undefined|null|\{|\}/.test(manage), `raw data on the manage page: ${manage}`)
  // The page wears the site: its name as the header linking home, in its theme's colours.
  const brand = page.locator('header.site-header a.brand')
  expect((await brand.innerText()) === 'Anna Kowalska Coaching', `the manage page's header says "${await brand.innerText()}"`)
  const background = await page.locator('.registration-page').evaluate((element) => getComputedStyle(element).backgroundColor)
  expect(background !== 'rgba(0, 0, 0, 0)' && background !== 'rgb(255, 255, 255)', `the manage page has no theme background (${background})`)
  if (onPhone) expect((await overflow(page)) <= 0, `the manage page is ${await overflow(page)} px wider than the phone`)
  return page.url()
}

let workshop: { id: number; slug: string; title: string } | undefined

test('big events: a visitor pays for a workshop in the P24 simulator, is confirmed by email with the calendar file; Anna checks her in', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const stamp = Date.now().toString(36)
  const title = `Warsztat: granice bez poczucia winy ${stamp}`
  const anna = await newPage(POLISH)
  await signIn(anna, 'anna@example.com')
  await acceptCurrentTerms(anna)
  workshop = { ...(await paidWorkshop(anna, baseURL, title)), title }

  // The visitor finds it in the site's events section and opens its page.
  const visitor = await newPage(POLISH)
  const errors: string[] = []
  visitor.on('pageerror', (error) => errors.push(error.message))
  const name = `Joanna Próbna ${stamp}`
  const email = `e2e-warsztat-${stamp}@example.test`
  await visitor.goto(`/s/${SITE}`)
  await visitor.getByRole('link', { name: title, exact: true }).click()
  await visitor.waitForURL(`**/s/${SITE}/events/${workshop.slug}`)
  const facts = await visitor.locator('main').innerText()
  expect(/149,00\s*zł/.test(facts) && /Zostało 12 miejsc/.test(facts), `the page does not show the price and seats: ${facts}`)
  await screenshot(visitor, 'event-page')
  // Search engines find it too: the site's sitemap lists the page in both languages.
  const sitemap = await (await visitor.request.get(`/s/${SITE}/sitemap.xml`)).text()
  expect(
    sitemap.includes(`/s/${SITE}/events/${workshop.slug}</loc>`) && sitemap.includes(`/s/${SITE}/en/events/${workshop.slug}</loc>`),
    `the sitemap does not list the event page:\n${sitemap}`,
  )

  const since = mailCount()
  await registerAndPay(visitor, { name, email, onPhone: false, shoot: screenshot })
  await screenshot(visitor, 'manage-confirmed')

  // The confirmation, in Polish, with the event's calendar file attached.
  const mail = await waitForMail(email, { since, subject: new RegExp(`^Potwierdzenie zapisu: ${title}`) })
  const text = mimePart(mail.raw, 'text/plain') ?? ''
  expect(text.includes(name.split(' ')[0]) && /149,00\s*zł/.test(text), `the confirmation does not greet her or name the payment:\n${text}`)
  expect(new RegExp(`filename="?${workshop.slug}\\.ics`).test(mail.raw), 'the confirmation has no calendar file named after the event')
  const ics = mimePart(mail.raw, 'text/calendar') ?? ''
  expect(/BEGIN:VEVENT/.test(ics) && ics.includes('SUMMARY:Warsztat: granice bez poczucia winy'), `the calendar file is not the event's:\n${ics}`)
  expect(!errors.length, `errors in the visitor's page: ${errors.join('; ')}`)

  // Anna's home lists the new registration; it opens the event's "Uczestnicy" tab.
  await anna.goto('/admin')
  const card = anna.locator('[data-home-card="big-events:registrations"]').first()
  await card.waitFor()
  const newest = card.getByRole('link', { name: new RegExp(`${name} · ${title}`) })
  await newest.waitFor()
  const upcoming = await anna.locator('[data-home-card="big-events:events"]').first().innerText()
  expect(upcoming.includes(title) && upcoming.includes('Zajęte miejsca: 1 z 12 (wolne: 11)'), `the events card says: ${upcoming}`)
  await screenshot(anna, 'home')
  await newest.click()
  await anna.waitForURL(`**/admin/collections/big-events/${workshop.id}/attendees`)
  const row = anna.locator(`[data-attendee="${email}"]`)
  await row.waitFor()
  const rowText = await row.innerText()
  expect(rowText.includes(name) && rowText.includes('Miejsce potwierdzone') && /149,00\s*zł/.test(rowText), `her row says: ${rowText}`)
  expect(rowText.includes('Chcę nauczyć się mówić „nie” bez poczucia winy.'), `her answer is not on her row: ${rowText}`)
  expect((await anna.locator('[data-count="confirmed"]').innerText()) === '1', 'the confirmed count is not 1')
  const present = row.getByRole('checkbox', { name: `Na miejscu: ${name}` })
  // The box follows the server's answer (it turns on once the check-in is saved).
  await present.click()
  await anna.locator('[data-count="checkedIn"]').filter({ hasText: /^1$/ }).waitFor()
  expect(await present.isChecked(), 'the box is not ticked after the check-in')
  await screenshot(anna, 'checked-in')
  // Saved on the server: the reload shows her checked in.
  await anna.reload()
  await anna.locator(`[data-attendee="${email}"]`).waitFor()
  expect(await anna.locator(`[data-attendee="${email}"]`).getByRole('checkbox').isChecked(), 'the check-in did not survive a reload')
})

test('big events: on a 390 px phone the visitor registers and pays, with no sideways scrolling', async ({ newPage, screenshot }) => {
  expect(workshop, 'the desktop test did not put the workshop on sale')
  const stamp = Date.now().toString(36)
  const page = await newPage(PHONE)
  await page.goto(`/s/${SITE}`)
  expect((await overflow(page)) <= 0, `the home page is ${await overflow(page)} px wider than the phone`)
  await page.goto(`/s/${SITE}/events/${workshop!.slug}`)
  expect((await overflow(page)) <= 0, `the event page is ${await overflow(page)} px wider than the phone`)
  await screenshot(page, 'event-page')
  await registerAndPay(page, { name: `Piotr Telefon ${stamp}`, email: `e2e-telefon-${stamp}@example.test`, onPhone: true, shoot: screenshot })
  await screenshot(page, 'manage-confirmed')
})
