/** Signing in to the admin with the demo password, shared by the browser tests. */
import type { Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/platform/demo/demoData'

export const ENGLISH = { locale: 'en-US' }

/** Payload's password form (the login page also has the platform's "email me a link" form). */
export const LOGIN_BUTTON = 'form.login__form button[type="submit"]'

export const signIn = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(DEMO_PASSWORD)
  await page.locator(LOGIN_BUTTON).click()
  await page.waitForURL((url) => /^\/admin\/?$/.test(url.pathname), { timeout: 60_000 })
  // The nav holds the collections once the dashboard has rendered for this user.
  await page.locator('#nav-sites').waitFor({ state: 'visible' })
}
