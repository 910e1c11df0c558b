/**
 * The owner's Emails screen in a real browser (production build, seeded demo), in Polish at 390 px and on a
 * desktop: Marek opens "Wiadomości e-mail" from his home, sees the messages his site sends by their names (no
 * slugs), customises one, edits its subject (the edit view shows no slug, owner or default fields, and previews
 * the new subject), sees "Szablony e-maili" appear in his menu, restores the default after confirming and the
 * entry goes away. axe-core on the screen and the edit view; nothing wider than the phone.
 */
import type { Page } from 'playwright-core'

import { seriousViolations } from './axe'
import { expect, test, type TestContext } from './harness'
import { ENGLISH, signIn } from './signIn'
import { acceptCurrentTerms } from './terms'

const POLISH = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw' }
const OWNER = 'marek@example.com'
const MENU_ENTRY = '#nav-email-templates'

const noOverflow = async (page: Page, what: string) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow <= 0, `${what} is ${overflow}px wider than the screen`)
}

const noSeriousViolations = async (page: Page, what: string) => {
  const violations = await seriousViolations(page)
  expect(violations.length === 0, `axe-core on ${what}:\n${violations.join('\n')}`)
}

/** The stored own version of `slug`, read as the signed-in owner over the REST API (the browser's cookies). */
const ownVersion = async (page: Page, baseURL: string, slug: string) => {
  const response = await page.request.get(`${baseURL}/api/email-templates?where[slug][equals]=${slug}&where[isDefault][equals]=false&depth=0`, {
    headers: { origin: baseURL },
  })
  if (!response.ok()) throw new Error(`own versions: ${response.status()} ${await response.text()}`)
  return ((await response.json()) as { docs: { id: number; subjectPl: string }[] }).docs[0]
}

/** Deletes the owner's versions left by an earlier, failed run (the demo's data is shared by the run's tests). */
const clearOwnVersions = async (page: Page, baseURL: string) => {
  const response = await page.request.delete(`${baseURL}/api/email-templates?where[isDefault][equals]=false`, { headers: { origin: baseURL } })
  if (!response.ok()) throw new Error(`clearing own versions: ${response.status()} ${await response.text()}`)
}

/** `testId` lies within the screen's width (the app's own document header is Payload's, checked by the polish tests). */
const fitsScreen = async (page: Page, testId: string) => {
  const box = await page.getByTestId(testId).boundingBox()
  const width = page.viewportSize()!.width
  expect(Boolean(box) && box!.x >= 0 && box!.x + box!.width <= width, `${testId} runs off a ${width}px screen: ${JSON.stringify(box)}`)
}

const customiseAndRestore = async (
  { baseURL, newPage, screenshot }: TestContext,
  { label, viewport, slug, name, subject }: { label: string; viewport: { width: number; height: number }; slug: string; name: string; subject: string },
) => {
  const page = await newPage({ ...POLISH, viewport })
  await signIn(page, OWNER)
  await acceptCurrentTerms(page)
  await clearOwnVersions(page, baseURL)
  await page.reload()
  expect((await page.locator(MENU_ENTRY).count()) === 0, 'the templates are in the menu before any own version')

  // From the home's card to the Emails screen.
  const card = page.locator('[data-home-card="platform:emails"]')
  await card.waitFor()
  await card.getByRole('link', { name: 'Wiadomości e-mail' }).click()
  await page.waitForURL((url) => url.pathname === '/admin/emails')
  await page.getByRole('heading', { level: 1, name: 'Wiadomości e-mail' }).waitFor()
  for (const group of ['Rezerwacje', 'Newsletter', 'Wydarzenia i warsztaty', 'Opinie', 'Zespół'])
    await page.getByRole('heading', { level: 2, name: group }).waitFor()
  const screen = await page.locator('.platform-emails').innerText()
  expect(!/[a-z]+-[a-z]+-[a-z]+|magic-link|booking-confirmed|\{\{/.test(screen), `the Emails screen shows slugs or template code:\n${screen}`)
  expect(!/Link do logowania|Zmiana adresu e-mail|Płatność/.test(screen), `the Emails screen lists platform messages:\n${screen}`)
  const row = page.locator(`li[data-email="${slug}"]`)
  expect((await row.getByRole('heading', { name }).count()) === 1, `no "${name}" on the screen`)
  await noOverflow(page, `the Emails screen (${label})`)
  await noSeriousViolations(page, `the Emails screen (${label})`)
  await screenshot(page, `emails-${label}`)

  // Customise: the owner's copy opens in the edit view, without the bookkeeping fields.
  await row.getByRole('button', { name: /^Dostosuj/ }).click()
  await page.waitForURL((url) => /^\/admin\/collections\/email-templates\/\d+$/.test(url.pathname))
  const sidebar = page.getByTestId('own-email-sidebar')
  await sidebar.waitFor()
  expect((await sidebar.innerText()).includes(name), `the sidebar does not name the message:\n${await sidebar.innerText()}`)
  for (const field of ['#field-slug', '#field-owner', '#field-isDefault', '#field-category', '#field-name'])
    expect((await page.locator(field).count()) === 0, `the owner's edit view shows ${field}`)
  expect((await page.locator(MENU_ENTRY).count()) === 1, 'the templates did not appear in the menu with an own version')

  const subjectField = page.locator('#field-subjectPl')
  await subjectField.fill(subject)
  const saved = page.waitForResponse((response) => /\/api\/email-templates\/\d+/.test(response.url()) && response.request().method() === 'PATCH')
  await page.locator('#action-save').click()
  expect((await saved).ok(), 'saving the subject failed')
  expect((await ownVersion(page, baseURL, slug))?.subjectPl === subject, 'the new subject was not stored')

  // The preview tab renders the edited subject with sample values.
  await page.getByRole('button', { name: 'Podgląd', exact: true }).click()
  await page.getByTestId('email-frame-html').waitFor()
  const preview = await page.locator('.tabs-field__content-wrap, .tabs-field').first().innerText()
  expect(/Temat:\s*\S/.test(preview) && !preview.includes('{{'), `the preview shows no rendered subject:\n${preview}`)
  await fitsScreen(page, 'own-email-sidebar')
  await fitsScreen(page, 'email-frame-html')
  // Everything on the screen, Payload's document header (its dates wrap on a phone, custom.scss) included.
  const violations = await seriousViolations(page)
  expect(violations.length === 0, `axe-core on the owner's edit view (${label}):\n${violations.join('\n')}`)
  await screenshot(page, `edit-${label}`)

  // Restore the default: a confirmation, then back on the screen with "Dostosuj" again and no menu entry.
  await sidebar.getByRole('button', { name: /^Przywróć domyślną/ }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: 'Przywrócić treść domyślną?' })
  await dialog.waitFor()
  expect((await dialog.innerText()).includes(`„${name}”`), `the confirmation does not name the message:\n${await dialog.innerText()}`)
  await screenshot(page, `restore-confirm-${label}`)
  await dialog.getByRole('button', { name: 'Usuń moją wersję' }).click()
  await page.waitForURL((url) => url.pathname === '/admin/emails')
  await page
    .locator(`li[data-email="${slug}"][data-own="false"]`)
    .getByRole('button', { name: /^Dostosuj/ })
    .waitFor()
  expect((await ownVersion(page, baseURL, slug)) === undefined, 'the own version is still stored after "Przywróć domyślną"')
  await page.reload()
  await page.getByRole('heading', { level: 1, name: 'Wiadomości e-mail' }).waitFor()
  expect((await page.locator(MENU_ENTRY).count()) === 0, 'the templates stay in the menu after the last own version went')
  await screenshot(page, `restored-${label}`)
}

test('owner emails: Marek customises a message from his Emails screen, edits its subject and restores the default (390 px, Polish)', async (context) => {
  await customiseAndRestore(context, {
    label: 'phone',
    viewport: { width: 390, height: 844 },
    slug: 'booking-confirmed',
    name: 'Potwierdzenie rezerwacji',
    subject: 'Do zobaczenia: {{eventTitle}}, {{date}}',
  })
})

test('owner emails: the same on a desktop, for the newsletter welcome', async (context) => {
  await customiseAndRestore(context, {
    label: 'desktop',
    viewport: { width: 1440, height: 900 },
    slug: 'newsletter-welcome',
    name: 'Powitanie',
    subject: 'Dzięki, że jesteś z nami – {{siteName}}',
  })
})

test('owner emails: the screen in English, and a team member is told the owner does this', async ({ newPage }) => {
  const page = await newPage({ ...ENGLISH, viewport: { width: 390, height: 844 } })
  await signIn(page, OWNER)
  await acceptCurrentTerms(page)
  await page.goto('/admin/emails')
  await page.getByRole('heading', { level: 1, name: 'Emails' }).waitFor()
  await page.getByRole('heading', { level: 3, name: 'Booking confirmed' }).waitFor()
  expect((await page.getByRole('button', { name: /^Customise/ }).count()) > 20, 'the English screen has no "Customise" buttons')

  const member = await newPage(POLISH)
  await signIn(member, 'ewa@example.com')
  await acceptCurrentTerms(member)
  await member.goto('/admin/emails')
  await member.getByTestId('emails-not-owner').waitFor()
  expect((await member.locator(MENU_ENTRY).count()) === 0, 'a team member sees the templates in the menu')
})
