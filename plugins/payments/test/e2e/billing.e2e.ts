/**
 * The owner's billing view in a real browser against the production build, with the P24 simulator the server
 * starts as a dev service (the runner sets DEV_SERVICES=true and no P24 credentials): coming back from P24
 * without paying proves nothing, buying Pro through the simulator's page makes it active (with the receipt
 * email), and the page fits a phone.
 */
import type { Page } from 'playwright-core'

import { acceptCurrentTerms, ENGLISH, expect, mailCount, signIn, test, waitForMail } from '@platform/e2e'
import { formatDate } from '@platform/format'

/** The owner's own record, read in the page as the billing view reads it (the session cookie, same origin). */
const me = (page: Page): Promise<{ planEndsAt?: string | null } | null> =>
  page.evaluate(
    async () => ((await (await fetch('/api/users/me?depth=0', { credentials: 'include' })).json()) as { user: { planEndsAt?: string | null } | null }).user,
  )

/** The Buy button leads to the simulator's P24 page (another origin), in the payer's language. */
const buyAndReachP24 = async (page: Page, button: string) => {
  await page.getByRole('button', { name: button, exact: true }).click()
  await page.waitForURL(/\/trnRequest\/[A-Z0-9]+/, { timeout: 30_000 })
  await page.getByText('To jest symulator Przelewy24').waitFor()
}

const backOnBilling = (page: Page) => page.waitForURL((url) => url.pathname === '/admin/billing' && /^\d+$/.test(url.searchParams.get('payment') ?? ''))

test('an owner buys Pro through the P24 simulator and sees it active, with the receipt email; returning unpaid proves nothing', async ({
  newPage,
  screenshot,
}) => {
  // The admin speaks the browser's language until the user picks one: Polish here. Ewa (an editor on Anna's site,
  // with no plan of her own) is on the free plan; the demo granted the owners paid plans.
  const page = await newPage({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' })
  await signIn(page, 'ewa@example.com')
  await page.locator('#nav-payments-billing').click()
  await page.getByRole('heading', { name: 'Plan i płatności' }).waitFor()
  const before = await page.getByTestId('billing-current').innerText()
  expect(before.includes('Darmowy'), `Ewa should start on the free plan, the page says "${before}"`)
  const plans = await page.getByTestId('billing-plans').innerText()
  expect(/49,00\s*zł \/ miesiąc/.test(plans) && plans.includes('3 strony') && plans.includes('5 członków zespołu'), `the plan cards say: ${plans}`)
  await page.getByRole('button', { name: 'Rocznie' }).click()
  expect(/490,00\s*zł \/ rok/.test(await page.getByTestId('billing-plans').innerText()), 'the yearly switch does not show yearly prices')
  await page.getByRole('button', { name: 'Miesięcznie' }).click()
  await screenshot(page, 'plans')

  // Studio, but the payer rejects it at P24 and comes back: the return is no proof, the payment stays in processing.
  await buyAndReachP24(page, 'Kup plan Studio')
  await page.getByRole('button', { name: 'Odrzuć płatność' }).click()
  await backOnBilling(page)
  const banner = page.getByTestId('billing-payment-status')
  await banner.filter({ hasText: 'Płatność w trakcie przetwarzania…' }).waitFor()
  await page.waitForTimeout(5_000)
  expect((await banner.getAttribute('data-progress')) === 'processing', `after the unpaid return the banner says "${await banner.innerText()}"`)
  expect((await page.getByTestId('billing-current').innerText()).includes('Darmowy'), 'returning without paying changed the plan')
  expect((await page.getByTestId('billing-history').innerText()).includes('Oczekująca'), 'the unpaid payment is not listed as pending')
  await screenshot(page, 'returned-unpaid')

  // Pro, monthly, paid at the simulator: back on the billing view, the banner follows the payment until it is paid.
  const since = mailCount()
  await buyAndReachP24(page, 'Kup plan Pro')
  expect((await page.locator('body').innerText()).includes('49,00'), 'the P24 page does not show the monthly price')
  await page.getByRole('button', { name: 'Zapłać', exact: true }).click()
  await backOnBilling(page)
  await banner.filter({ hasText: /^Płatność przyjęta – plan Pro aktywny do \d{1,2} \S+ \d{4}\.$/ }).waitFor({ timeout: 60_000 })
  const endsAt = (await me(page))?.planEndsAt
  expect(endsAt && Date.parse(endsAt) > Date.now() + 27 * 86_400_000, `Pro should run about a month, it ends ${endsAt}`)
  const date = formatDate(endsAt!, 'pl')
  expect((await banner.innerText()).includes(date), `the banner says "${await banner.innerText()}", expected the end ${date}`)
  // router.refresh() brings the new plan and the paid payment into the page without a reload.
  await page
    .getByTestId('billing-current')
    .filter({ hasText: `Pro – ważny do ${date}` })
    .waitFor()
  const history = page.getByTestId('billing-history')
  await history.filter({ hasText: 'Opłacona' }).waitFor()
  const receipt = history.getByRole('link', { name: 'Pobierz PDF' }).first()
  expect(/^\/api\/payments\/\d+\/receipt$/.test((await receipt.getAttribute('href')) ?? ''), 'the paid payment has no receipt link')
  expect(await page.getByRole('button', { name: 'Przedłuż plan Pro' }).isVisible(), 'the plan in force is not offered for renewal')
  await screenshot(page, 'paid')

  // The receipt email (sent by the payments plugin when P24 confirmed the payment).
  const mail = await waitForMail('ewa@example.com', { since, subject: /^Dziękujemy za płatność – Plan Pro/ })
  expect(mail.accepted, 'the receipt email was not accepted by the mailbox')
})

test("staff refund part of Ewa's Pro payment from its page; P24's refund notification marks it partly refunded", async ({ newPage, screenshot }) => {
  const page = await newPage({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' })
  await signIn(page, 'staff@example.com')
  await acceptCurrentTerms(page)
  const paymentId = await page.evaluate(async () => {
    const found = (await (
      await fetch('/api/payments?where[email][equals]=ewa@example.com&where[status][equals]=paid&limit=1&depth=0', { credentials: 'include' })
    ).json()) as { docs: { id: number }[] }
    return found.docs[0]?.id
  })
  expect(typeof paymentId === 'number', "Ewa's paid payment (from the purchase test) was not found")
  await page.goto(`/admin/collections/payments/${paymentId}`)
  const panel = page.getByTestId('refund-panel')
  await panel.waitFor()
  expect(/Do zwrotu pozostało: 49,00\s*zł/.test(await panel.innerText()), `the panel says: ${await panel.innerText()}`)
  await panel.locator('input[name="refundAmount"]').fill('20,00')
  await panel.locator('input[name="refundReason"]').fill('Rabat dla stałej klientki')
  // The panel asks before it refunds (the browser's confirm dialog).
  page.once('dialog', (dialog) => void dialog.accept())
  await panel.getByRole('button', { name: 'Zwróć pieniądze' }).click()
  await panel
    .getByRole('status')
    .filter({ hasText: /^Zlecono zwrot 20,00\s*zł/ })
    .waitFor()
  await screenshot(page, 'refund-requested')
  // The simulator notifies the refund; the payment is then partly refunded, with 20,00 zł counted.
  let state: { status?: string; refundedAmount?: number } = {}
  for (let i = 0; i < 60 && state.status !== 'partially_refunded'; i++) {
    await page.waitForTimeout(500)
    state = await page.evaluate(
      async (id) => (await (await fetch(`/api/payments/${id}?depth=0`, { credentials: 'include' })).json()) as { status?: string; refundedAmount?: number },
      paymentId,
    )
  }
  expect(state.status === 'partially_refunded' && state.refundedAmount === 2000, `after the refund the payment is ${JSON.stringify(state)}`)
  await page.reload()
  await panel.waitFor()
  expect(/Do zwrotu pozostało: 29,00\s*zł/.test(await panel.innerText()), `after the refund the panel says: ${await panel.innerText()}`)
  await screenshot(page, 'refunded')
})

test('the billing view fits a phone, in English for an English-speaking owner', async ({ newPage, screenshot }) => {
  const page = await newPage({ ...ENGLISH, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
  await signIn(page, 'marek@example.com')
  await acceptCurrentTerms(page)
  await page.goto('/admin/billing')
  await page.getByRole('heading', { name: 'Plan and billing' }).waitFor()
  const plans = await page.getByTestId('billing-plans').innerText()
  expect(/PLN\s*49\.00 \/ month/.test(plans) && plans.includes('3 sites') && plans.includes('Custom domain'), `the plan cards say: ${plans}`)
  expect(!/\b(pro|studio|free)\b/.test(plans), `a plan slug is shown: ${plans}`)
  // A payment in the history and the banner, so the table's phone layout is measured too: Studio, failed at P24.
  await page.getByRole('button', { name: 'Buy the Studio plan', exact: true }).click()
  await page.waitForURL(/\/trnRequest\//, { timeout: 30_000 })
  await page.locator('button[value="fail"]').click()
  await backOnBilling(page)
  await page.getByTestId('billing-payment-status').filter({ hasText: 'Payment processing…' }).waitFor()
  const history = await page.getByTestId('billing-history').innerText()
  expect(history.includes('Pending') && /PLN\s*129\.00/.test(history), `the history on the phone says: ${history}`)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow <= 0, `the page scrolls sideways by ${overflow} px at 390 px`)
  // The cards stack: one column, each below the previous.
  const boxes = await page.locator('.billing-plan').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().toJSON() as DOMRect))
  expect(boxes.length >= 2, `expected the plan cards, found ${boxes.length}`)
  expect(
    boxes.every((box, i) => box.right <= 390 && (i === 0 || (box.left === boxes[0].left && box.top >= boxes[i - 1].bottom))),
    `the cards do not stack: ${JSON.stringify(boxes)}`,
  )
  await screenshot(page, 'phone')
})
