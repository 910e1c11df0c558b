/**
 * The admin panel in a real browser against the production build and the
 * seeded demo (scripts/seed/demoData.ts).
 */
import type { Page } from 'playwright-core'

import { expect, test } from './harness'
import { ENGLISH, LOGIN_BUTTON, signIn } from './signIn'

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).trim()

test('staff signs in with email and password, sees the collections and the background jobs', async ({ newPage, screenshot }) => {
  const page = await newPage(ENGLISH)
  await signIn(page, 'staff@example.com')
  expect((await text(page, '#nav-users')) === 'Users', `nav shows "${await text(page, '#nav-users')}" for users, expected "Users"`)
  expect((await text(page, '#nav-sites')) === 'Sites', `nav shows "${await text(page, '#nav-sites')}" for sites, expected "Sites"`)
  await page.locator('#nav-platform-jobs').waitFor({ state: 'visible' })
  await screenshot(page, 'dashboard')

  await page.locator('#nav-platform-jobs').click()
  await page.waitForURL((url) => url.pathname === '/admin/jobs')
  await page.getByRole('heading', { name: 'Background jobs' }).waitFor()
  // The view finds the jobs runtime that src/server.ts attached to its Payload instance:
  // this line proves Next's pages and Express share that one instance.
  await page.getByText('This process runs jobs.').waitFor()

  await page.goto('/admin/jobs?state=repeating')
  await page.locator('tr[data-job-name]').first().waitFor()
  const total = await text(page, '[data-testid="jobs-total"]')
  expect(/^[1-9]\d* jobs? · repeating$/.test(total), `jobs view says "${total}", expected at least one repeating job`)
  await screenshot(page, 'jobs')
})

test('owner anna sees only her own site in the Sites list', async ({ newPage, screenshot }) => {
  const page = await newPage(ENGLISH)
  await signIn(page, 'anna@example.com')
  await page.goto('/admin/collections/sites')
  await page.locator('table').getByText('Anna Kowalska Coaching').waitFor()
  const rows = await page.locator('table tbody tr').count()
  expect(rows === 1, `the Sites list has ${rows} rows, expected 1`)
  const other = await page.getByText('Studio Ruchu Marek').count()
  expect(other === 0, 'the Sites list shows "Studio Ruchu Marek", which belongs to marek')
  await screenshot(page, 'sites')
})

test('the admin speaks Polish by default and English after the user switches language', async ({ newPage, screenshot }) => {
  // A browser asking for a language the platform does not have gets the default, Polish.
  const page = await newPage({ locale: 'de-DE' })
  await page.goto('/admin/login')
  expect((await page.locator('html').getAttribute('lang')) === 'pl', 'the login page is not in Polish (html lang)')
  expect((await text(page, LOGIN_BUTTON)) === 'Zaloguj', `the login button says "${await text(page, LOGIN_BUTTON)}", expected "Zaloguj"`)
  await screenshot(page, 'login-pl')

  await signIn(page, 'ewa@example.com')
  expect((await text(page, '#nav-sites')) === 'Strony', `nav shows "${await text(page, '#nav-sites')}", expected "Strony"`)

  await page.goto('/admin/account')
  await page.locator('.payload-settings__language .rs__control').click()
  await page.locator('.rs__option', { hasText: 'English' }).click()
  await page.waitForFunction(() => document.documentElement.lang === 'en')
  await page.goto('/admin')
  await page.locator('#nav-sites').waitFor({ state: 'visible' })
  expect((await text(page, '#nav-sites')) === 'Sites', `after switching, nav shows "${await text(page, '#nav-sites')}", expected "Sites"`)
  await screenshot(page, 'dashboard-en')
})

test('the login page follows the browser language (Accept-Language)', async ({ newPage, screenshot }) => {
  for (const [locale, lang, button] of [
    ['en-US', 'en', 'Login'],
    ['pl-PL', 'pl', 'Zaloguj'],
  ] as const) {
    const page = await newPage({ locale })
    await page.goto('/admin/login')
    const shown = await text(page, LOGIN_BUTTON)
    expect((await page.locator('html').getAttribute('lang')) === lang, `with ${locale} the login page is not in ${lang}`)
    expect(shown === button, `with ${locale} the login button says "${shown}", expected "${button}"`)
    await screenshot(page, `login-${lang}`)
  }
})
