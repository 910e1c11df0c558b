/**
 * The newsletter in a real browser against the production build, on Anna's published demo page `/s/anna-coaching`
 * (the coach starter template carries the sign-up section): a Polish visitor mistypes the address and is told
 * before sending, takes the fix, subscribes, confirms from the email and gets the welcome; Anna sends the demo
 * draft campaign from its panel; the campaign email's one-click List-Unsubscribe works with no cookie (and a
 * GET of it only asks). The form with the hint fits a phone.
 */
import type { Page } from 'playwright-core'

import { acceptCurrentTerms, DEMO_PASSWORD, expect, mailCount, mimePart, signIn, test, waitForMail } from '@platform/e2e'

const SITE = 'anna-coaching'
const TYPO = 'ktos@gmal.com'
const FIXED = 'ktos@gmail.com'
const CAMPAIGN_SUBJECT = 'Jedno dobre pytanie na ten tydzień'

type Subscription = { isActive?: boolean; isConfirmed?: boolean; frequency?: string; locale?: string }

/** The visitor's subscription as Anna reads it over the REST API (her JWT; she owns the site). */
const subscriptionOf = async (baseURL: string, email: string): Promise<Subscription | undefined> => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@example.com', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token?: string }
  expect(login.ok && token, `anna could not sign in over the API (${login.status})`)
  const found = await fetch(`${baseURL}/api/newsletter-subscriptions?where[email][equals]=${encodeURIComponent(email)}&depth=0`, {
    headers: { authorization: `JWT ${token}` },
  })
  expect(found.ok, `listing anna's subscribers answered ${found.status}`)
  const { docs } = (await found.json()) as { docs: Subscription[] }
  expect(docs.length <= 1, `${docs.length} subscriptions of ${email} on anna's sites`)
  return docs[0]
}

const form = (page: Page) => page.locator('form[data-newsletter-form]')
const hint = (page: Page) => page.locator('[data-newsletter-hint]')

test('newsletter: a visitor is told about a typo before sending, subscribes, confirms; anna sends a campaign; one click unsubscribes', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const page = await newPage({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  let signUps = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === `/api/public/sites/${SITE}/newsletter`) signUps++
  })
  const response = await page.goto(`/s/${SITE}`)
  expect(response?.status() === 200, `the published site answered ${response?.status()}`)
  const email = form(page).locator('input[name="email"]')
  await email.scrollIntoViewIfNeeded()

  // The hint shows while the address is typed, before anything is sent, and the button fixes the field.
  await email.fill(TYPO)
  await hint(page)
    .filter({ hasText: `Czy na pewno chodziło o ${FIXED}?` })
    .waitFor()
  await email.blur()
  expect(signUps === 0, 'the form sent something before the visitor submitted it')
  await screenshot(page, 'typo-hint')
  await hint(page)
    .getByRole('button', { name: `Popraw na ${FIXED}` })
    .click()
  expect((await email.inputValue()) === FIXED, `after the fix the field holds "${await email.inputValue()}"`)
  expect((await hint(page).innerText()).trim() === '', `the hint stays after the fix: "${await hint(page).innerText()}"`)

  // Without the consent the form refuses, marks the box and puts the focus on it; nothing is sent.
  await form(page).locator('button[type="submit"]').click()
  await form(page).locator('[data-newsletter-status]').filter({ hasText: 'Zaznacz' }).waitFor()
  const consent = form(page).locator('input[name="consent"]')
  expect(
    await consent.evaluate((input) => input === document.activeElement && input.getAttribute('aria-invalid') === 'true'),
    'the refused consent is not focused and marked',
  )
  expect(signUps === 0, 'the form sent a sign-up without the consent')

  // Every issue, the consent, and the 202 message; nothing suggested any more.
  await form(page).getByLabel('Każde wydanie').check()
  await consent.check()
  const since = mailCount()
  await form(page).locator('button[type="submit"]').click()
  await form(page).locator('[data-newsletter-status]').filter({ hasText: 'Dziękujemy! Jeśli ten adres nie jest jeszcze zapisany' }).waitFor()
  expect(signUps === 1, `the form sent ${signUps} sign-ups`)
  expect((await hint(page).innerText()).trim() === '', 'the server suggested another address for the fixed one')
  await screenshot(page, 'signed-up')

  // The confirmation email to the fixed address; its link confirms, then the welcome email comes.
  const confirmation = await waitForMail(FIXED, { since, subject: /^Potwierdź zapis do newslettera/ })
  const text = mimePart(confirmation.raw, 'text/plain') ?? ''
  const confirmLink = /https?:\/\/[^\s()<>"]+\/newsletter\/confirm\?token=[\w\-.~%]+/.exec(text)?.[0]
  expect(confirmLink?.startsWith(baseURL), `no confirmation link to this server in:\n${text}`)
  const confirmed = await page.goto(confirmLink!)
  expect(confirmed?.status() === 200, `the confirmation link answered ${confirmed?.status()}`)
  await page.getByRole('heading', { name: 'Zapis potwierdzony' }).waitFor()
  await screenshot(page, 'confirmed')
  await waitForMail(FIXED, { since, subject: /^Witamy w newsletterze/ })
  const subscribed = await subscriptionOf(baseURL, FIXED)
  expect(
    subscribed?.isActive && subscribed.isConfirmed && subscribed.frequency === 'each' && subscribed.locale === 'pl',
    `after confirming the subscription is ${JSON.stringify(subscribed)}`,
  )
  expect((await subscriptionOf(baseURL, TYPO)) === undefined, 'the mistyped address was subscribed too')
  expect(!errors.length, `errors in the visitor's page: ${errors.join('; ')}`)

  // Anna sends the demo draft campaign from its panel (after the browser's confirm dialog).
  const admin = await newPage({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' })
  await signIn(admin, 'anna@example.com')
  await acceptCurrentTerms(admin)
  await admin.goto('/admin/collections/newsletter-campaigns')
  await admin.getByRole('link', { name: CAMPAIGN_SUBJECT }).first().click()
  const panel = admin.getByTestId('campaign-panel')
  await panel.getByTestId('campaign-preview').waitFor()
  const beforeCampaign = mailCount()
  const asked: string[] = []
  admin.once('dialog', (dialog) => {
    asked.push(dialog.message())
    void dialog.accept()
  })
  const sending = admin.waitForResponse((answer) => answer.request().method() === 'POST' && answer.url().endsWith('/send-now'))
  sending.catch(() => {}) // awaited below; a failure before that must not crash the runner
  // The preview (a tall iframe) settles the panel's layout first; a click during that shift lands on the preview.
  const sendNow = panel.getByRole('button', { name: 'Wyślij teraz' })
  await sendNow.scrollIntoViewIfNeeded()
  await admin.waitForTimeout(1_500)
  await sendNow.click({ timeout: 15_000 })
  for (let i = 0; i < 20 && !asked.length; i++) await admin.waitForTimeout(250)
  expect(asked[0]?.startsWith('Wysłać kampanię teraz'), `the panel asked: ${asked.join(' | ')}`)
  const sent = await sending
  expect(sent.ok(), `"Wyślij teraz" answered ${sent.status()}: ${await sent.text()}`)
  await panel
    .getByRole('status')
    .filter({ hasText: /Trwa wysyłka|Kampania została wysłana\./ })
    .waitFor()
  await screenshot(admin, 'campaign-sending')
  const campaignMail = await waitForMail(FIXED, { since: beforeCampaign, subject: new RegExp(`^${CAMPAIGN_SUBJECT}$`), timeoutMs: 120_000 })

  // The email's one-click unsubscribe: a GET (a link scanner) only asks, a cookie-less POST unsubscribes.
  const header = campaignMail.headers['list-unsubscribe'] ?? ''
  const unsubscribeUrl = /<(https?:\/\/[^>]+)>/.exec(header)?.[1]?.replace(/\s+/g, '')
  expect(unsubscribeUrl?.startsWith(`${baseURL}/api/public/newsletter/unsubscribe?token=`), `List-Unsubscribe: ${header}`)
  expect(campaignMail.headers['list-unsubscribe-post'] === 'List-Unsubscribe=One-Click', 'no List-Unsubscribe-Post: List-Unsubscribe=One-Click')
  const confirmPage = await fetch(unsubscribeUrl!)
  const confirmHtml = await confirmPage.text()
  expect(
    confirmPage.status === 200 && confirmHtml.includes('Wypisać się z newslettera?'),
    `the GET answered ${confirmPage.status}: ${confirmHtml.slice(0, 300)}`,
  )
  expect((await subscriptionOf(baseURL, FIXED))?.isActive === true, 'a GET of the unsubscribe link unsubscribed')
  const unsubscribed = await fetch(unsubscribeUrl!, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  })
  expect(unsubscribed.ok, `the one-click POST answered ${unsubscribed.status}`)
  const after = await subscriptionOf(baseURL, FIXED)
  expect(after?.isActive === false, `after the one-click POST the subscription is ${JSON.stringify(after)}`)
})

test('newsletter: the sign-up form with the typo hint fits a phone', async ({ newPage, screenshot }) => {
  const page = await newPage({ locale: 'pl-PL', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  await page.goto(`/s/${SITE}`)
  const email = form(page).locator('input[name="email"]')
  await email.scrollIntoViewIfNeeded()
  await email.fill('jan.kowalski.z.dlugim.adresem@gmal.com')
  await email.blur()
  const button = hint(page).getByRole('button', { name: 'Popraw na jan.kowalski.z.dlugim.adresem@gmail.com' })
  await button.waitFor()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow <= 0, `the page is ${overflow}px wider than the phone`)
  const box = await button.boundingBox()
  expect(box && box.x >= 0 && box.x + box.width <= 390, `the fix button is outside the screen: ${JSON.stringify(box)}`)
  await screenshot(page, 'phone-hint')
})
