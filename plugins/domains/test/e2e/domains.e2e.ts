/**
 * The Domain view in a real browser against the production build, with the stand-ins `npm run dev` starts (the
 * runner sets DEV_SERVICES=true): the fake OVH walking orders by time, its DNS server answering the zones it
 * publishes, and the P24 simulator. Anna (plan Studio: custom domains) searches a name with Polish letters, buys it,
 * pays on the simulator's page, comes back to the view and follows it to live; the site then answers on the domain
 * and the www/apex choice redirects. Marek, in English on a phone, finds a name taken and connects it as his own:
 * the records to set with copy buttons and "Check now".
 */
import http from 'node:http'

import type { Page } from 'playwright-core'

import { acceptCurrentTerms, ENGLISH, expect, mailCount, signIn, test, waitForMail } from '@platform/e2e'

/** A name nobody else uses in the run; Polish letters, so it is bought as punycode. */
const NAME = 'zielona-łąka-coaching'
const DOMAIN = `${NAME}.pl`
const ASCII = new URL(`http://${DOMAIN}`).hostname

/** GET `path` from the platform with another Host header (a browser cannot), as a visitor of the domain would. */
const askAs = (baseURL: string, host: string, path = '/'): Promise<{ status: number; location?: string; body: string }> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, baseURL)
    const request = http.get({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: { host } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }))
    })
    request.on('error', reject)
  })

const card = (page: Page, ascii: string) => page.locator(`[data-testid="dv-order"][data-domain="${ascii}"]`)

/** No sideways scrolling: what a phone would show. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

test('domains: an owner searches a name with Polish letters, buys it through the P24 simulator and sees it live', async ({ baseURL, newPage, screenshot }) => {
  const page = await newPage({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await signIn(page, 'anna@example.com')
  await acceptCurrentTerms(page)
  await page.locator('#nav-domains').click()
  await page.getByRole('heading', { name: 'Domena strony', level: 1 }).waitFor()
  const address = await page.getByTestId('dv-address').innerText()
  expect(address.includes('nie ma jeszcze własnej domeny') && address.includes('/s/anna-coaching'), `the site's address says: ${address}`)

  // The search: the name typed without an extension, with Polish letters; alternatives across the four extensions.
  await page.getByTestId('dv-search-input').fill(NAME)
  await page.getByTestId('dv-search-button').click()
  const results = page.getByTestId('dv-result')
  await results.first().waitFor()
  const domains = await results.evaluateAll((items) => items.map((item) => item.getAttribute('data-domain')))
  expect(
    JSON.stringify(domains) === JSON.stringify(['pl', 'com', 'eu', 'com.pl'].map((extension) => `${ASCII.replace(/\.pl$/, '')}.${extension}`)),
    `the results are ${JSON.stringify(domains)}`,
  )
  const first = results.first()
  const text = await first.innerText()
  expect(text.includes(DOMAIN), `the name is not shown as written: ${text}`)
  expect(!text.includes('xn--'), `punycode is shown to the owner: ${text}`)
  expect(/Wolna/.test(text) && /49,19\s*zł za rok/.test(text) && /39,99\s*zł netto \+ VAT/.test(text), `the .pl result says: ${text}`)
  expect(/36,89\s*zł za rok/.test(await results.nth(2).innerText()), `the .eu result says: ${await results.nth(2).innerText()}`)
  await screenshot(page, 'results')

  // "Kup" → the payments plugin's pay link → the simulator's P24 page → paid → back on the view for this order.
  const since = mailCount()
  await first.getByTestId('dv-buy').click()
  await page.waitForURL(/\/trnRequest\/[A-Z0-9]+/, { timeout: 30_000 })
  const p24 = await page.locator('body').innerText()
  expect(p24.includes('49,19') && p24.includes(DOMAIN), `the P24 page does not show the price and the domain: ${p24}`)
  await page.locator('button[value="pay"]').click()
  await page.waitForURL((url) => url.pathname === '/admin/domains' && /^\d+$/.test(url.searchParams.get('order') ?? ''), { timeout: 30_000 })
  const order = card(page, ASCII)
  await order.waitFor()
  expect((await order.getAttribute('class'))?.includes('dv-order--focused'), 'the order the P24 return names is not outlined')

  // The fake OVH walks the order; the view asks again by itself (no reload) until the domain is live.
  await order.locator('[data-stage="registration"][data-state="current"], [data-stage="registration"][data-state="done"]').waitFor({ timeout: 60_000 })
  await screenshot(page, 'registering')
  await page.locator(`[data-testid="dv-order"][data-domain="${ASCII}"][data-status="live"]`).waitFor({ timeout: 120_000 })
  const states = await order
    .locator('[data-stage]')
    .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-stage')}:${item.getAttribute('data-state')}`))
  expect(
    JSON.stringify(states) === JSON.stringify(['payment', 'ovhOrder', 'registration', 'dns', 'verification', 'live'].map((stage) => `${stage}:done`)),
    `the stages of the live domain: ${JSON.stringify(states)}`,
  )
  const live = order.getByTestId('dv-live').getByRole('link')
  expect((await live.innerText()) === DOMAIN && (await live.getAttribute('href')) === `https://${ASCII}`, `the live link is ${await live.getAttribute('href')}`)
  expect((await order.getByTestId('dv-order-status').innerText()) === 'Aktywna', 'the status does not say the domain is live')
  // router.refresh() brings the site's new address into the header.
  await page
    .getByTestId('dv-address')
    .filter({ hasText: `Twoja strona działa pod adresem ${DOMAIN}` })
    .waitFor()
  const body = await order.innerText()
  expect(!/xn--|\{|\}|undefined|null/.test(body), `raw data on the card: ${body}`)
  await screenshot(page, 'live')

  // The site answers on its domain, and Anna is told by email.
  const home = await askAs(baseURL, ASCII)
  expect(home.status === 200 && home.body.includes('Anna Kowalska'), `Host: ${ASCII} answered ${home.status}`)
  await waitForMail('anna@example.com', { since, subject: new RegExp(`^Domena ${DOMAIN} działa$`) })

  // www/apex: visitors land on the apex by default; choosing www makes the apex redirect there.
  expect((await askAs(baseURL, `www.${ASCII}`, '/oferta?x=1')).location === `https://${ASCII}/oferta?x=1`, 'www does not redirect to the apex')
  await order.getByTestId('dv-redirect').getByLabel(`www.${DOMAIN} (z www)`).check()
  await order.getByTestId('dv-redirect').getByRole('status').filter({ hasText: 'Zapisano.' }).waitFor()
  const apex = await askAs(baseURL, ASCII, '/')
  expect(apex.status === 301 && apex.location === `https://www.${ASCII}/`, `after choosing www the apex answered ${apex.status} ${apex.location}`)
  await order
    .getByTestId('dv-live')
    .getByRole('link', { name: `www.${DOMAIN}` })
    .waitFor()
  await page
    .getByTestId('dv-address')
    .filter({ hasText: `Twoja strona działa pod adresem www.${DOMAIN}` })
    .waitFor()
  await screenshot(page, 'www-chosen')
  expect(!errors.length, `errors in the page: ${errors.join('; ')}`)
})

test('domains: in English on a phone, a taken name is connected as the owner’s own domain, with the records to set and "Check now"', async ({
  newPage,
  screenshot,
}) => {
  const page = await newPage({
    ...ENGLISH,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await signIn(page, 'marek@example.com')
  await acceptCurrentTerms(page)
  await page.goto('/admin/domains')
  await page.getByRole('heading', { name: 'Site domain', level: 1 }).waitFor()

  // zajeta.pl is registered (the fake's list): "Taken", no price, and the offer to connect it.
  await page.getByTestId('dv-search-input').fill('ZAJETA.pl')
  await page.getByTestId('dv-search-button').click()
  const taken = page.locator('[data-testid="dv-result"][data-domain="zajeta.pl"]')
  await taken.waitFor()
  const text = await taken.innerText()
  expect(text.includes('Taken') && text.includes('already registered') && !text.includes('Buy'), `the taken name says: ${text}`)
  await screenshot(page, 'taken')
  await taken.getByRole('button', { name: "It's mine: connect it" }).click()
  // The own-domain form below takes the name (and is scrolled to).
  await page.waitForFunction(() => (document.querySelector('[data-testid="dv-own-input"]') as HTMLInputElement | null)?.value === 'zajeta.pl')
  // Proxy mode is the default and explained in plain words.
  expect(await page.getByLabel(/Point the domain at the platform/).isChecked(), 'pointing the domain at the platform is not the default')
  await page.getByTestId('dv-own-submit').click()
  await page.getByTestId('dv-own-message').filter({ hasText: 'Added zajeta.pl.' }).waitFor()

  // The new domain's card: waiting for the records, each with its name and value to copy, the TXT with its token.
  const order = card(page, 'zajeta.pl')
  await order.getByTestId('dv-dns').waitFor()
  const records = order.getByTestId('dv-record')
  const purposes = await records.evaluateAll((items) => items.map((item) => item.getAttribute('data-purpose')))
  expect(JSON.stringify(purposes) === JSON.stringify(['apex', 'www', 'verification']), `the records to set are for ${JSON.stringify(purposes)}`)
  const txt = await records.nth(2).innerText()
  expect(/TXT/.test(txt) && /_platform-verify/.test(txt) && /platform-verify=[A-Za-z0-9_-]{43}/.test(txt), `the TXT record says: ${txt}`)
  expect((await records.nth(0).getByTestId('dv-copy').count()) === 2, 'a record lacks its copy buttons')
  const value = await records.nth(0).locator('code.dv-value').innerText()
  await records.nth(0).getByTestId('dv-copy').last().click()
  await records.nth(0).getByTestId('dv-copy').last().filter({ hasText: 'Copied' }).waitFor()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied === value && /^\d+\.\d+\.\d+\.\d+$/.test(value), `copied "${copied}" for the apex's value "${value}"`)
  const stages = await order
    .locator('[data-stage]')
    .evaluateAll((items) => items.map((item) => `${item.getAttribute('data-stage')}:${item.getAttribute('data-state')}`))
  expect(
    JSON.stringify(stages) === JSON.stringify(['added:done', 'verification:current', 'live:pending']),
    `the own domain's stages: ${JSON.stringify(stages)}`,
  )

  // "Check now": checked at once; the records are not there (nobody set them), so each says so.
  await order.getByTestId('dv-check-now').click()
  await order.getByTestId('dv-dns').getByRole('status').filter({ hasText: 'Checking the records now.' }).waitFor()
  await records.first().filter({ hasText: 'Not visible yet' }).waitFor({ timeout: 60_000 })
  expect((await overflow(page)) <= 0, `the view scrolls sideways by ${await overflow(page)} px at 390 px`)
  await screenshot(page, 'own-domain')
})

test('domains: an editor has no Domain view (only the owner and site admins buy and connect domains)', async ({ newPage }) => {
  // Ewa edits Anna's site; she manages no site.
  const page = await newPage({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' })
  await signIn(page, 'ewa@example.com')
  await acceptCurrentTerms(page)
  expect((await page.locator('#nav-domains').count()) === 0, 'the navigation offers the Domain view to an editor')
  await page.goto('/admin/domains')
  await page.getByText('Nie zarządzasz żadną stroną.').waitFor()
  expect((await page.getByTestId('dv-search-input').count()) === 0, 'an editor is offered the search')
})
