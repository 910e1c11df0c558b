/** The example plugin in a real browser against the production build: its admin view and its public page. */
import { ENGLISH, expect, signIn, test } from '@platform/e2e'

test("the example plugin's admin view lists the owner's notes, on a desktop and a phone", async ({ newPage, screenshot }) => {
  for (const viewport of [undefined, { width: 390, height: 844 }]) {
    const page = await newPage({ ...ENGLISH, ...(viewport ? { viewport, isMobile: true } : {}) })
    await signIn(page, 'anna@example.com')
    await page.goto('/admin/example')
    await page.getByRole('heading', { name: 'Notes' }).waitFor()
    // The demo seed leaves a visitor's note on each demo site (plugins/example/tasks.ts).
    const list = await page.getByTestId('example-notes').innerText()
    expect(list.includes('Dziękuję za spotkanie! (Anna Kowalska Coaching) · from a visitor'), `the view lists: ${list}`)
    expect(!list.includes('Studio Ruchu'), `anna sees another owner's notes: ${list}`)
    await screenshot(page, viewport ? 'view-phone' : 'view')
  }
})

test("the example plugin's public page is served by the platform's page route", async ({ newPage, screenshot }) => {
  const page = await newPage(ENGLISH)
  const response = await page.goto('/example-notes/anna-coaching')
  expect(response?.status() === 200, `the page answered ${response?.status()}`)
  const shown = await page.locator('body').innerText()
  expect(/Anna Kowalska Coaching: [1-9]\d*/.test(shown), `the page shows "${shown}"`)
  expect(
    (await page.goto('/example-notes/no-such-site'))?.status() === 200 && (await page.locator('body').innerText()).includes('No such site'),
    'an unknown site is not explained',
  )
  expect((await page.goto('/no-plugin-serves-this'))?.status() === 404, 'an unknown path is not a 404')
  await screenshot(page, 'page')
})
