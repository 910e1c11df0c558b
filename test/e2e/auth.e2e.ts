/**
 * Passwordless sign-in, sign-up, team invitations and the notifications bell
 * in a real browser, with the emails read from the SMTP listener the runner
 * starts (test/e2e/inbox.ts).
 */
import type { Page } from 'playwright-core'

import { expect, test } from './harness'
import { ENGLISH, signIn } from './signIn'
import { linkIn, mailCount, waitForMail } from './inbox'

/** Types `email` into the login page's "email me a link" form and waits for the neutral confirmation. */
const requestLink = async (page: Page, email: string) => {
  await page.goto('/admin/login')
  const form = page.locator('[data-testid="magic-link-form"]')
  await form.locator('#magic-link-email').fill(email)
  await form.locator('button[type="submit"]').click()
  await page.locator('[data-testid="magic-link-sent"]').waitFor()
}

const atAdmin = (page: Page) => page.waitForURL((url) => /^\/admin\/?$/.test(url.pathname), { timeout: 60_000 })

/** The Sites list as the signed-in user sees it. */
const siteNames = async (page: Page): Promise<string> => {
  await page.goto('/admin/collections/sites')
  await page.locator('table tbody tr').first().waitFor()
  return page.locator('table tbody').innerText()
}

const api = (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) =>
  page.request.fetch(path, { method, data, headers: { origin: new URL(page.url()).origin } })

test('a user signs in with the link emailed to him, and the used link gives a clear page', async ({ newPage, screenshot }) => {
  const page = await newPage(ENGLISH)
  const since = mailCount()
  await requestLink(page, 'marek@example.com')
  await screenshot(page, 'link-sent')
  const link = linkIn(await waitForMail('marek@example.com', { since }))

  await page.goto(link)
  await atAdmin(page)
  await page.locator('#nav-sites').waitFor({ state: 'visible' })
  const sites = await siteNames(page)
  expect(sites.includes('Studio Ruchu Marek'), `marek's Sites list shows "${sites}", expected his site`)
  expect(!sites.includes('Anna Kowalska Coaching'), "marek's Sites list shows Anna's site")
  await screenshot(page, 'signed-in')

  const again = await page.goto(link)
  expect(again?.status() === 410, `opening the used link again answered ${again?.status()}, expected 410`)
  const body = await page.locator('body').innerText()
  expect(body.includes('Ten link został już użyty') && body.includes('This link has already been used'), `the used-link page says:\n${body}`)
  expect(!/at \w+ \(|Error:/.test(body), `the used-link page shows a stack trace:\n${body}`)
  await screenshot(page, 'used-link')
})

test('owner anna invites a new editor, who accepts in another browser and sees only her site', async ({ newPage, screenshot }) => {
  const invitee = `e2e-editor-${Date.now()}@example.test`
  const anna = await newPage(ENGLISH)
  await signIn(anna, 'anna@example.com')
  const found = await api(anna, 'GET', '/api/sites?where[identifier][equals]=anna-coaching&depth=0')
  const site = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  expect(site, `anna does not see anna-coaching (${found.status()})`)
  const since = mailCount()
  const invited = await api(anna, 'POST', '/api/team-members/invite', { site: site.id, email: invitee, role: 'editor', locale: 'en' })
  expect(invited.ok(), `inviting answered ${invited.status()}: ${await invited.text()}`)
  const link = linkIn(await waitForMail(invitee, { since }))

  const page = await newPage(ENGLISH)
  await page.goto(link)
  const invitation = page.locator('[data-testid="invitation"]')
  await invitation.waitFor()
  const text = await invitation.innerText()
  expect(text.includes('Anna Kowalska Coaching') && text.includes('(role: editor)'), `the invitation page says:\n${text}`)
  const join = page.getByRole('button', { name: 'Accept the invitation' })
  expect(await join.isDisabled(), 'Join is enabled before the terms are accepted')
  await page.getByLabel(/I accept the terms of service/).check()
  await screenshot(page, 'invitation')
  await join.click()
  await atAdmin(page)
  await page.locator('#nav-sites').waitFor({ state: 'visible' })
  const sites = await siteNames(page)
  expect(sites.includes('Anna Kowalska Coaching'), `the new editor's Sites list shows "${sites}", expected Anna's site`)
  expect(!sites.includes('Studio Ruchu Marek'), "the new editor's Sites list shows Marek's site")
  await screenshot(page, 'joined')
})

test('owner anna invites through the admin form (a pending team member), and the invitee declines', async ({ newPage, screenshot }) => {
  const invitee = `e2e-declines-${Date.now()}@example.test`
  const anna = await newPage(ENGLISH)
  await signIn(anna, 'anna@example.com')
  await anna.goto('/admin/collections/team-members/create')
  await anna.locator('#field-email').fill(invitee)
  await anna.locator('#field-site .rs__control').click()
  await anna.locator('.rs__option', { hasText: 'Anna Kowalska Coaching' }).click()
  await anna.locator('#field-permissionRole .rs__control').click()
  await anna.locator('.rs__option', { hasText: 'Editor' }).click()
  const since = mailCount()
  await anna.locator('#action-save').click()
  await anna.waitForURL((url) => /\/team-members\/\d+/.test(url.pathname))
  await screenshot(anna, 'saved')
  const link = linkIn(await waitForMail(invitee, { since }))

  const page = await newPage(ENGLISH)
  await page.goto(link)
  await page.locator('[data-testid="invitation"]').waitFor()
  // The page speaks the email's language (anna's own, Polish, for an invitation made in the admin form).
  await page.getByRole('button', { name: /^(Odrzuć|Decline)$/ }).click()
  await page
    .getByRole('status')
    .filter({ hasText: /Zaproszenie odrzucone|Invitation declined/ })
    .waitFor()
  await screenshot(page, 'declined')
})

test('a new email signs up: the terms must be accepted, then the account opens the admin', async ({ newPage, screenshot }) => {
  const email = `e2e-signup-${Date.now()}@example.test`
  const page = await newPage(ENGLISH)
  const since = mailCount()
  await requestLink(page, email)
  const mail = await waitForMail(email, { since })
  const link = linkIn(mail)

  // The emailed link verifies the token, then sends a sign-up token on to the sign-up page.
  await page.goto(link)
  expect(new URL(page.url()).pathname === '/signup', `the new address's link led to ${page.url()}, expected the sign-up page`)
  const form = page.locator('[data-testid="signup-form"]')
  await form.waitFor()
  await page.locator('[data-testid="terms-en"]').waitFor()
  await page.locator('[data-testid="terms-pl"]').waitFor()
  await form.locator('input[name="firstName"]').fill('Nowa')
  await form.locator('select[name="locale"]').selectOption('en')
  await form.getByRole('button', { name: /Create my account/ }).click()
  // (Next's route announcer is a role=alert too: look inside the form.)
  const alert = form.getByRole('alert')
  await alert.waitFor()
  const refused = await alert.innerText()
  expect(
    /regulamin/.test(refused) && /terms of service/.test(refused),
    `submitting without the terms said "${refused}", expected a bilingual request to accept them`,
  )
  expect(new URL(page.url()).pathname === '/signup', `submitting without the terms left the page for ${page.url()}`)
  await screenshot(page, 'terms-required')

  await form.locator('input[name="acceptTerms"]').check()
  await form.getByRole('button', { name: /Create my account/ }).click()
  await atAdmin(page)
  await page.locator('#nav-sites').waitFor({ state: 'visible' })
  await screenshot(page, 'signed-up')
})

test('the notifications bell shows the unread count, lists the message, and mark-as-read clears it', async ({ newPage, screenshot }) => {
  const page = await newPage(ENGLISH)
  await signIn(page, 'marek@example.com')
  // The example plugin welcomes the owner of a new site with a notification (a job, so it comes a moment later).
  const identifier = `e2e-bell-${Date.now()}`
  const created = await api(page, 'POST', '/api/sites', { name: 'E2E Bell Studio', identifier })
  expect(created.ok(), `creating a site answered ${created.status()}: ${await created.text()}`)
  // The seed may have welcomed marek already: wait for this site's notification, then open the admin.
  const deadline = Date.now() + 60_000
  for (;;) {
    const mine = await api(page, 'GET', `/api/notifications?where[message][contains]=${encodeURIComponent('E2E Bell Studio')}&depth=0`)
    if (((await mine.json()) as { totalDocs?: number }).totalDocs) break
    expect(Date.now() < deadline, 'no welcome notification within 60 s of creating a site')
    await page.waitForTimeout(500)
  }
  await page.goto('/admin')
  const bell = page.getByRole('button', { name: /^Notifications \(/ })
  const count = page.locator('[data-testid="notification-count"]')
  await count.waitFor()
  const unread = Number(await count.innerText())
  expect(unread >= 1, `the bell shows "${await count.innerText()}"`)
  await bell.click()
  const list = page.getByRole('dialog', { name: 'Notifications' })
  await list.waitFor()
  const listed = await list.innerText()
  expect(listed.includes('E2E Bell Studio'), `the notifications list says:\n${listed}`)
  await screenshot(page, 'open')

  await list.getByRole('button', { name: 'Mark all as read' }).click()
  await count.waitFor({ state: 'detached' })
  await page.reload()
  await bell.waitFor()
  await page.waitForTimeout(1_000)
  expect((await count.count()) === 0, 'the unread count came back after a reload')
  await screenshot(page, 'read')
})

// Last: a new terms version in force asks every user to accept it again.
test('a new terms of service version is accepted in a dialog on the next visit to the admin', async ({ newPage, screenshot }) => {
  const staff = await newPage(ENGLISH)
  await signIn(staff, 'staff@example.com')
  const version = `e2e-${Date.now()}`
  const published = await api(staff, 'POST', '/api/terms-of-service', {
    version,
    effectiveDate: new Date(Date.now() - 60_000).toISOString(),
    contentPl: `Nowy regulamin ${version}.`,
    contentEn: `New terms ${version}.`,
  })
  expect(published.ok(), `publishing terms answered ${published.status()}: ${await published.text()}`)

  const page = await newPage(ENGLISH)
  await signIn(page, 'ewa@example.com')
  const gate = page.locator('[data-testid="terms-gate"]')
  await gate.waitFor()
  const text = await gate.innerText()
  expect(text.includes(`New terms ${version}.`) && text.includes(`Nowy regulamin ${version}.`), `the dialog says:\n${text}`)
  const accept = gate.getByRole('button', { name: 'Akceptuję · Accept' })
  expect(await accept.isDisabled(), 'Accept is enabled before the box is ticked')
  await gate.getByLabel(/I accept the terms of/).check()
  await screenshot(page, 'dialog')
  await accept.click()
  await gate.waitFor({ state: 'detached' })
  await page.reload()
  await page.locator('#nav-sites').waitFor({ state: 'visible' })
  await page.waitForTimeout(1_000)
  expect((await gate.count()) === 0, 'the dialog came back after accepting')
  await screenshot(page, 'accepted')
})
