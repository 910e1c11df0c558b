/**
 * The time-zone picker (`timeZoneField` from the SDK) in a real browser: Anna, in Polish on a 390 px phone, opens her
 * booking settings, finds London by typing its Polish name, picks "Londyn – czas …" and saves; the stored value is the
 * zone's id while every screen (the field, the list's column, the document's title) names it, never "Europe/London".
 * Her zone is set back to Warsaw at the end, through the picker on a desktop, so the other tests' slots stay as seeded.
 */
import type { Page } from 'playwright-core'

import { DEMO_PASSWORD, expect, seriousViolations, signIn, test } from '@platform/e2e'

const SITE = 'anna-coaching'
const PHONE = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw', viewport: { width: 390, height: 844 } }

const annaToken = async (baseURL: string): Promise<string> => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'anna@example.com', password: DEMO_PASSWORD }),
  })
  const { token } = (await login.json()) as { token?: string }
  expect(login.ok && token, `anna could not sign in over the API (${login.status})`)
  return token!
}

/** Anna's booking settings as stored (id and zone), read over the REST API. */
const storedSettings = async (baseURL: string, token: string): Promise<{ id: number; timeZone: string }> => {
  const get = (path: string) => fetch(`${baseURL}${path}`, { headers: { authorization: `JWT ${token}` } }).then((response) => response.json())
  const site = (await get(`/api/sites?where[identifier][equals]=${SITE}&depth=0`)).docs?.[0]
  expect(site, `anna's site ${SITE} was not found`)
  const settings = (await get(`/api/booking-settings?where[site][equals]=${site.id}&depth=0`)).docs?.[0]
  expect(settings, 'anna has no booking settings in the demo')
  return settings
}

/** Types into the picker and chooses the option whose label starts with `label`. */
const pick = async (page: Page, typed: string, label: RegExp) => {
  const picker = page.getByTestId('time-zone-picker')
  await picker.locator('.rs__control').click()
  await page.keyboard.type(typed)
  const option = page.locator('.rs__option', { hasText: label })
  await option.first().waitFor()
  expect((await page.locator('.rs__option').count()) <= 3, `typing "${typed}" left ${await page.locator('.rs__option').count()} zones listed`)
  await option.first().click()
}

/** Saves the form and waits until the zone is stored (the save button goes back to disabled: nothing left unsaved). */
const save = async (page: Page, baseURL: string, token: string, expected: string) => {
  await page.locator('#action-save').click()
  for (let tries = 0; tries < 50; tries += 1) {
    if ((await storedSettings(baseURL, token)).timeZone === expected) return
    await page.waitForTimeout(200)
  }
  throw new Error(`the zone was not saved as ${expected}`)
}

test('an owner picks her booking time zone by name on a phone, in Polish; the id is stored, the name shown', async ({ baseURL, newPage, screenshot }) => {
  const token = await annaToken(baseURL)
  const before = await storedSettings(baseURL, token)
  expect(before.timeZone === 'Europe/Warsaw', `the demo's zone is ${before.timeZone}`)

  const page = await newPage(PHONE)
  await signIn(page, 'anna@example.com')
  try {
    await page.goto(`/admin/collections/booking-settings/${before.id}`)
    const picker = page.getByTestId('time-zone-picker')
    await picker.waitFor()
    // The stored zone by its name; the title is the site's name, not the zone's id.
    await picker.locator('.rs__single-value', { hasText: 'Warszawa – czas środkowoeuropejski' }).waitFor()
    expect(!(await page.locator('body').innerText()).includes('Europe/'), 'the settings page shows a zone id')

    // Search by the Polish city name, pick, save.
    await pick(page, 'londyn', /^Londyn – czas/)
    const chosen = await picker.locator('.rs__single-value').innerText()
    expect(/^Londyn – czas/.test(chosen), `the picker shows "${chosen}"`)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width <= 390, `the settings page scrolls sideways on a 390 px screen (${width} px wide)`)
    await screenshot(page, 'phone-picked-london')
    await save(page, baseURL, token, 'Europe/London')

    // After a reload the field still names it; the page passes axe at 390 px.
    await page.reload()
    await picker.locator('.rs__single-value', { hasText: /^Londyn – czas/ }).waitFor()
    expect(!(await page.locator('body').innerText()).includes('Europe/'), 'the saved settings page shows a zone id')
    const violations = await seriousViolations(page)
    expect(!violations.length, `axe on the booking settings at 390 px: ${violations.join('; ')}`)
    await screenshot(page, 'phone-saved')

    // The list's column names the zone too.
    await page.goto('/admin/collections/booking-settings')
    const row = page.locator('tbody tr', { hasText: /Londyn – czas/ })
    await row.first().waitFor()
    expect(!(await page.locator('table').innerText()).includes('Europe/'), 'the settings list shows a zone id')
    await screenshot(page, 'phone-list')
  } finally {
    // Back to Warsaw, with the picker on a desktop this time, searched by the English city name.
    const desktop = await newPage({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' })
    await signIn(desktop, 'anna@example.com')
    await desktop.goto(`/admin/collections/booking-settings/${before.id}`)
    await pick(desktop, 'warsaw', /^Warszawa – czas/)
    await save(desktop, baseURL, token, 'Europe/Warsaw')
    await screenshot(desktop, 'desktop-back-to-warsaw')
  }
  expect((await storedSettings(baseURL, token)).timeZone === 'Europe/Warsaw', 'the zone was not set back to Europe/Warsaw')
})
