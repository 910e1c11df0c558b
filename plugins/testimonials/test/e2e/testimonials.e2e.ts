/**
 * Testimonials in a real browser against the production build, on Anna's published demo page `/s/anna-coaching`
 * (the coach starter template carries the testimonials section): a Polish visitor is told to pick the stars,
 * picks four by clicking, writes, consents and sees the thank-you message in place of the form; Anna is told by
 * email, signs in with a link from her mailbox (her dashboard says how many wait), follows the email to the
 * testimonial's card in the moderation view and approves it; the visitor's reload shows it with four stars (and
 * "Ocena 4 na 5" for screen readers) and the confirmed-address badge. The section fits a phone.
 */
import type { Page } from 'playwright-core'

import { acceptCurrentTerms, expect, linkIn, mailCount, mimePart, test, waitForMail } from '@platform/e2e'

const SITE = 'anna-coaching'
const POLISH = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw' }

const section = (page: Page) => page.locator('[data-testimonials-section]')
const form = (page: Page) => section(page).locator('form[data-testimonials-form]')
/** The approved testimonial on the page whose text contains `words`. */
const shown = (page: Page, words: string) => section(page).locator('li.ts-item').filter({ hasText: words })

/** Signs `email` in with the link the login page's "email me a link" form sends to the e2e inbox. */
const signInByLink = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  const since = mailCount()
  const request = page.locator('[data-testid="magic-link-form"]')
  await request.locator('#magic-link-email').fill(email)
  await request.locator('button[type="submit"]').click()
  await page.locator('[data-testid="magic-link-sent"]').waitFor()
  await page.goto(linkIn(await waitForMail(email, { since })))
  await page.waitForURL((url) => /^\/admin\/?$/.test(url.pathname), { timeout: 60_000 })
  await acceptCurrentTerms(page)
}

test('testimonials: a visitor sends one from the site, anna approves it in the moderation view, the visitor sees it with its stars', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const stamp = Date.now().toString(36)
  const author = `Jan Próbny ${stamp}`
  const visitorEmail = `e2e-opinia-${stamp}@example.test`
  const words = `Sesje pomogły mi poukładać plan na nowy rok (${stamp}). Konkretnie i życzliwie, polecam.`

  const visitor = await newPage(POLISH)
  const errors: string[] = []
  visitor.on('pageerror', (error) => errors.push(error.message))
  let sent = 0
  visitor.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === `/api/public/sites/${SITE}/testimonials`) sent++
  })
  const opened = await visitor.goto(`/s/${SITE}`)
  expect(opened?.status() === 200, `the published site answered ${opened?.status()}`)
  await form(visitor).scrollIntoViewIfNeeded()
  expect((await shown(visitor, stamp).count()) === 0, 'the new testimonial is on the page before it was sent')

  // No stars chosen: the form says so beside the stars, and sends nothing.
  await form(visitor).getByLabel('Podpis (imię i nazwisko lub inicjały)').fill(author)
  await form(visitor).getByLabel('Adres e-mail').fill(visitorEmail)
  await form(visitor).getByLabel('Twoja opinia').fill(words)
  await form(visitor).getByLabel('Zgadzam się na publikację').check()
  await form(visitor).getByRole('button', { name: 'Wyślij opinię' }).click()
  await form(visitor).locator('[data-error-for="rating"]').filter({ hasText: 'Wybierz ocenę od 1 do 5 gwiazdek.' }).waitFor()
  expect(sent === 0, `the form sent ${sent} requests without a rating`)
  await screenshot(visitor, 'no-rating')

  // Four stars by a click on the fourth; they light up to it, and the error goes.
  await form(visitor).locator('.ts-stars-input label').nth(3).click()
  expect(await form(visitor).getByRole('radio', { name: '4 gwiazdki' }).isChecked(), 'clicking the fourth star did not choose 4 gwiazdki')
  await form(visitor).locator('.ts-stars-input[data-value="4"]').waitFor()
  expect((await form(visitor).locator('[data-error-for="rating"]').innerText()).trim() === '', 'the rating error stays after choosing the stars')
  const since = mailCount()
  await form(visitor).getByRole('button', { name: 'Wyślij opinię' }).click()
  await section(visitor).locator('.ts-done').filter({ hasText: 'Dziękujemy za opinię! Zostanie opublikowana po zatwierdzeniu' }).waitFor()
  expect(sent === 1, `the form sent ${sent} requests`)
  expect((await form(visitor).count()) === 0, 'the form is still there after the thank-you message')
  await screenshot(visitor, 'thank-you')

  // The author confirms the address from the email (the badge shows once the testimonial is approved).
  const confirmation = await waitForMail(visitorEmail, { since, subject: /^Potwierdź adres e-mail/ })
  const confirmed = await visitor.goto(linkIn(confirmation))
  expect(confirmed?.status() === 200, `the confirmation link answered ${confirmed?.status()}`)
  await visitor.getByRole('heading', { name: 'Adres e-mail potwierdzony' }).waitFor()

  // Anna's email leads to the moderation view once she is signed in (by a link from her mailbox).
  const notice = await waitForMail('anna@example.com', { since, subject: new RegExp(`^Nowa opinia czeka na moderację: ${author} \\(4/5\\)`) })
  const noticeText = mimePart(notice.raw, 'text/plain') ?? ''
  const moderationLink = new RegExp(`${baseURL}/admin/testimonials-moderation\\?[^\\s()<>"]+`).exec(noticeText)?.[0]
  expect(moderationLink, `no link to the moderation view in the owner's email:\n${noticeText}`)
  const anna = await newPage(POLISH)
  await signInByLink(anna, 'anna@example.com')
  // Her home's testimonials card says how many wait (the seeded one and this one at least), with a button to the view.
  const homeCard = anna.locator('[data-home-card="testimonials:new"]').first()
  const waiting = (await homeCard.getByTestId('home-card-count').innerText()).replace(/\s+/g, ' ').trim()
  expect(/^\d+ opini[aei] czeka(ją)? na moderację$/.test(waiting), `the home card says "${waiting}"`)
  const href = await homeCard.getByRole('link', { name: 'Przejdź do moderacji' }).getAttribute('href')
  expect(href?.startsWith('/admin/testimonials-moderation?'), `the home card links to "${href}", not the moderation view`)
  expect((await homeCard.innerText()).includes(author), `the home card does not list the new testimonial by ${author}`)
  await anna.goto(moderationLink!)
  await anna.getByRole('heading', { name: 'Moderacja opinii' }).waitFor()
  const card = anna.getByTestId('tm-card').filter({ hasText: stamp })
  await card.waitFor()
  expect(await anna.getByTestId('tm-tab-pending').getAttribute('aria-current'), 'the email did not open the pending tab')
  expect(await card.getByRole('img', { name: '4 z 5 gwiazdek' }).isVisible(), 'the card does not show 4 of 5 stars')
  await screenshot(anna, 'pending')
  await card.getByRole('button', { name: 'Zatwierdź', exact: true }).click()
  await anna.getByTestId('tm-message').filter({ hasText: 'Zatwierdzono 1 opinię.' }).waitFor()
  await card.waitFor({ state: 'detached' })
  await screenshot(anna, 'approved')

  // The visitor's reload shows it (the page cache drops the site's pages when a testimonial changes).
  await visitor.goto(`/s/${SITE}`)
  const item = shown(visitor, stamp)
  await item.waitFor()
  await item.scrollIntoViewIfNeeded()
  expect((await item.locator('.ts-author').innerText()) === author, `the testimonial is signed "${await item.locator('.ts-author').innerText()}"`)
  expect((await item.locator('.ts-stars').innerText()) === '★★★★☆', `the stars read "${await item.locator('.ts-stars').innerText()}"`)
  expect((await item.locator('.ts-stars').getAttribute('aria-hidden')) === 'true', 'the star characters are read out to screen readers')
  expect(
    (await item.locator('.visually-hidden').innerText()) === 'Ocena 4 na 5',
    `the rating for screen readers: "${await item.locator('.visually-hidden').innerText()}"`,
  )
  await item.getByText('Potwierdzony adres e-mail').waitFor()
  expect(!errors.length, `errors in the visitor's page: ${errors.join('; ')}`)
  await screenshot(visitor, 'shown')
})

test('testimonials: the list and the form fit a 390 px phone', async ({ newPage, screenshot }) => {
  const page = await newPage({ ...POLISH, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  await page.goto(`/s/${SITE}`)
  await form(page).scrollIntoViewIfNeeded()
  // Errors make the form its widest: every field then has its message.
  await form(page).getByRole('button', { name: 'Wyślij opinię' }).click()
  await form(page).locator('[data-error-for="consent"]').filter({ hasText: 'Zaznacz zgodę' }).waitFor()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow <= 0, `the page is ${overflow}px wider than the phone`)
  const outside = await section(page).evaluate((root) =>
    [...root.querySelectorAll('li.ts-item, form, input:not([type=radio]), textarea, button, .ts-stars-input label, .ts-error')]
      // The honeypot is off the screen on purpose.
      .filter((element) => !element.closest('.ts-hp'))
      .map((element) => ({ tag: element.tagName.toLowerCase(), box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > 390))
      .map(({ tag, box }) => `${tag} ${Math.round(box.left)}–${Math.round(box.right)}`),
  )
  expect(!outside.length, `outside the 390 px screen: ${outside.join(', ')}`)
  expect((await section(page).locator('li.ts-item').count()) > 0, 'no testimonials in the list on the phone')
  await screenshot(page, 'phone')
})
