/**
 * The invite dialog and the invitee's page in a real browser (production build, seeded demo, the runner's SMTP
 * listener): Anna opens "Zaproś do zespołu" on her home, picks the host role and an English email, sends and
 * sees "Zaproszenie wysłane"; the invitee opens the link from the email, sees the styled page in English (who
 * invites, to which site, as what), accepts and lands on the site's home. Desktop and 390 px, axe-core on both.
 */
import type { Page } from 'playwright-core'

import { mimePart } from '../../src/platform/testing/smtp'
import { seriousViolations } from './axe'
import { expect, test } from './harness'
import { mailCount, waitForMail } from './inbox'
import { signIn } from './signIn'

const POLISH = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw' }
/** The invitee's browser asks for Polish: the page must still follow the email's language (the link's `lang`). */
const POLISH_BROWSER_INVITEE = { locale: 'pl-PL', timezoneId: 'Europe/London' }

/** The accept link of the invitation email, with every parameter it carries (the page's language is one). */
const acceptLink = (raw: string): string => {
  const text = mimePart(raw, 'text/plain') ?? ''
  const link = /https?:\/\/[^\s()<>"]+\/invitation\?token=[\w-]+(?:&[a-z]+=[\w-]+)*/.exec(text)?.[0]
  if (!link || link.includes('decline=1')) throw new Error(`No accept link in the invitation email:\n${text}`)
  return link
}

const noOverflow = async (page: Page, what: string) => {
  // The list's table is laid out in its scrolling box once the admin's client code has run: give the layout a moment.
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 5_000 }).catch(() => undefined)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow <= 0, `${what} is ${overflow}px wider than the screen`)
}

const noSeriousViolations = async (page: Page, what: string) => {
  const violations = await seriousViolations(page)
  expect(violations.length === 0, `axe-core on ${what}:\n${violations.join('\n')}`)
}

/** Anna's home → her site's team card → the dialog: host, English email, send, confirmation. Returns the invitee's address. */
const inviteFromHome = async (page: Page, screenshot: (page: Page, name: string) => Promise<void>, label: string) => {
  const invitee = `e2e-team-${label}-${Date.now()}@example.test`
  await page.goto('/admin')
  const site = page.locator('.platform-home__site').filter({ has: page.getByRole('heading', { name: 'Anna Kowalska Coaching' }) })
  const team = site.locator('[data-home-card="team:members"]')
  await team.waitFor()
  await team.getByTestId('invite-open').click()
  const dialog = page.getByTestId('invite-dialog')
  await dialog.getByRole('heading', { name: 'Zaproś nowego członka zespołu' }).waitFor()
  const dialogText = await dialog.innerText()
  for (const line of ['Strona: Anna Kowalska Coaching', 'prowadzący', 'Własne terminy, dostępność i rezerwacje.', 'Tylko odczyt, bez zmian.'])
    expect(dialogText.includes(line), `the dialog does not say "${line}":\n${dialogText}`)

  // A bad address first: the server's message stands beside the field, and the focus is on it.
  await dialog.getByLabel('Adres e-mail').fill('not-an-address')
  await dialog.getByTestId('invite-send').click()
  const error = dialog.getByTestId('invite-error-email')
  await error.waitFor()
  expect((await error.innerText()).startsWith('Podaj poprawny adres e-mail'), `the bad address says: ${await error.innerText()}`)
  expect(
    await dialog.getByLabel('Adres e-mail').evaluate((input) => input === document.activeElement && input.getAttribute('aria-invalid') === 'true'),
    'the focus is not on the refused address, or it is not marked invalid',
  )
  await noSeriousViolations(page, `the invite dialog (${label})`)

  await dialog.getByLabel('Adres e-mail').fill(invitee)
  await dialog.getByRole('radio', { name: /prowadzący/ }).check()
  await dialog.getByLabel('Język zaproszenia').selectOption('en')
  await screenshot(page, `dialog-${label}`)
  const since = mailCount()
  await dialog.getByTestId('invite-send').click()
  const sent = dialog.getByTestId('invite-sent')
  await sent.getByRole('heading', { name: 'Zaproszenie wysłane' }).waitFor()
  const sentText = await sent.innerText()
  expect(sentText.includes(`na adres ${invitee} (rola: prowadzący)`), `the confirmation says:\n${sentText}`)
  const box = await dialog.boundingBox()
  const width = page.viewportSize()!.width
  expect(box && box.x >= 0 && box.x + box.width <= width, `the dialog runs off a ${width}px screen: ${JSON.stringify(box)}`)
  await screenshot(page, `sent-${label}`)
  await dialog.getByRole('button', { name: 'Zamknij' }).click()
  return { invitee, mail: await waitForMail(invitee, { since }) }
}

const acceptAsInvitee = async ({
  page,
  link,
  screenshot,
  label,
}: {
  page: Page
  link: string
  screenshot: (page: Page, name: string) => Promise<void>
  label: string
}) => {
  await page.goto(link)
  const card = page.getByTestId('invitation')
  await card.waitFor()
  expect((await page.locator('main').getAttribute('lang')) === 'en', 'the invitation page is not marked as English')
  await page.getByRole('heading', { name: 'Team invitation' }).waitFor()
  const text = await card.innerText()
  expect(/invites you to the team of Anna Kowalska Coaching \(role: host\)/.test(text), `the invitation page says:\n${text}`)
  expect(text.includes('Their own sessions, availability and bookings.'), `the page does not explain the role:\n${text}`)
  expect(!/\b(host|editor)\b.*\bId\b|"role"|\{/.test(text), `the page shows raw data:\n${text}`)
  // Styled like the platform's public pages: the card has a border and the primary button the platform's blue.
  const accept = page.getByRole('button', { name: 'Accept the invitation' })
  const buttonColour = await accept.evaluate((button) => getComputedStyle(button).backgroundColor)
  expect(buttonColour === 'rgb(29, 78, 216)', `the accept button is not styled (background ${buttonColour})`)
  expect(await accept.isDisabled(), 'Accept is enabled before the terms are accepted')
  await noOverflow(page, `the invitation page (${label})`)
  await noSeriousViolations(page, `the invitation page (${label})`)
  await page.getByLabel('I accept the terms of service').check()
  await screenshot(page, `invitation-${label}`)
  await accept.click()
  await page.waitForURL((url) => url.pathname === '/admin' && /^\d+$/.test(url.searchParams.get('site') ?? ''), { timeout: 60_000 })
  // The site's home, for the new member (the admin is in their language: the account was made in English).
  const card2 = page.getByTestId('home-site-card').filter({ hasText: 'Anna Kowalska Coaching' })
  await card2.waitFor()
  const home = await card2.innerText()
  expect(/Your role: host|Twoja rola: prowadzący/.test(home), `the new member's home card says:\n${home}`)
  await screenshot(page, `joined-${label}`)
}

test('team invite: an owner invites from her home’s dialog and the invitee accepts on the English page, landing on the site’s home (desktop)', async ({
  newPage,
  screenshot,
}) => {
  const anna = await newPage(POLISH)
  await signIn(anna, 'anna@example.com')
  const { mail } = await inviteFromHome(anna, screenshot, 'desktop')
  const link = acceptLink(mail.raw)
  expect(/[?&]lang=en(&|$)/.test(link), `the emailed link does not carry the email's language: ${link}`)

  const invitee = await newPage(POLISH_BROWSER_INVITEE)
  await acceptAsInvitee({ page: invitee, link, screenshot, label: 'desktop' })
})

test('team invite at 390 px: the dialog from the team list, the invitation page on a phone', async ({ newPage, screenshot }) => {
  const anna = await newPage({ ...POLISH, viewport: { width: 390, height: 844 } })
  await signIn(anna, 'anna@example.com')
  // The team list has the dialog too.
  await anna.goto('/admin/collections/team-members')
  await anna.getByTestId('invite-open').waitFor()
  await noOverflow(anna, 'the team list')
  const { mail } = await inviteFromHome(anna, screenshot, 'phone')

  const invitee = await newPage({ ...POLISH_BROWSER_INVITEE, viewport: { width: 390, height: 844 } })
  await acceptAsInvitee({ page: invitee, link: acceptLink(mail.raw), screenshot, label: 'phone' })
})

test('team invite record: the status is read-only, and revoking asks first', async ({ newPage, screenshot }) => {
  const anna = await newPage(POLISH)
  await signIn(anna, 'anna@example.com')
  const { invitee } = await inviteFromHome(anna, screenshot, 'record')
  await anna.goto('/admin/collections/team-members')
  await anna.getByRole('link', { name: invitee }).click()
  const actions = anna.getByTestId('invitation-actions')
  await actions.waitFor()
  // Payload marks a read-only select's wrapper (`#field-<name>`) with the class read-only and disables its control.
  expect(await anna.locator('#field-invitationStatus').evaluate((field) => field.classList.contains('read-only')), 'the status can be edited by hand')
  await actions.getByTestId('invitation-revoke').click()
  const confirm = anna.getByTestId('invitation-confirm')
  await confirm.getByText(`Wycofać zaproszenie dla ${invitee}?`).waitFor()
  await confirm.getByTestId('invitation-confirm-yes').click()
  await actions.getByTestId('invitation-action-result').filter({ hasText: 'Zaproszenie wycofane.' }).waitFor()
  await screenshot(anna, 'revoked')
})
