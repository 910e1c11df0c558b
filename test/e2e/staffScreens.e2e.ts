/**
 * Staff's screens in a real browser (production build, seeded demo), in Polish: an audit entry reads as a
 * sentence and links to the record (a system template, edited in the sites' structured editor); the jobs view
 * writes times as Warsaw time; the dev mailbox renders a message's HTML in a sandboxed frame whose scripts do not
 * run and whose link opens in a new tab (here the public terms page, rich text); an email template's preview is a
 * sandboxed frame too.
 */
import type { Page } from 'playwright-core'

import pg from 'pg'

import { formatDateTime } from '../../src/platform/i18n/format'
import { seriousViolations } from './axe'
import { expect, test } from './harness'
import { signIn } from './signIn'
import { acceptCurrentTerms } from './terms'

const POLISH = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw' }

const api = async (page: Page, baseURL: string, method: 'GET' | 'POST' | 'PATCH', path: string, data?: unknown) => {
  const response = await page.request.fetch(`${baseURL}/api${path}`, { method, data, headers: { origin: baseURL } })
  if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
  return response.json()
}

/** axe-core over the screen as it stands: no serious or critical violation. */
const expectAccessible = async (page: Page, screen: string) => {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  const problems = await seriousViolations(page)
  expect(!problems.length, `axe-core on ${screen}:\n${problems.join('\n')}`)
}

const staffPage = async (newPage: (options?: object) => Promise<Page>) => {
  const page = await newPage(POLISH)
  await signIn(page, 'staff@example.com')
  await acceptCurrentTerms(page)
  return page
}

test('staff: an audit entry reads as a sentence with a link to the record, a system template opens in the structured editor', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const page = await staffPage(newPage)
  // A system template of this test's own (staff make system templates), renamed: the rename is the entry read below.
  const made = await api(page, baseURL, 'POST', '/templates', { name: `Szablon e2e ${Date.now()}`, config: {} })
  const template = made.doc as { id: number; name: string; isSystem: boolean }
  expect(template.isSystem, 'a template staff made is not a system template')
  const renamed = `${template.name} (nowa nazwa)`
  await api(page, baseURL, 'PATCH', `/templates/${template.id}`, { name: renamed })

  await page.goto('/admin/collections/audit-logs')
  const sentence = page.getByTestId('audit-sentence').filter({ hasText: `Zofia Nowak zmieniła szablon „${renamed}”` })
  await sentence.first().waitFor()
  const line = await sentence.first().innerText()
  expect(line.includes(`Nazwa: ${template.name} → ${renamed}`), `the entry's changes read: ${line}`)
  await screenshot(page, 'audit-list')
  await expectAccessible(page, 'the audit list')

  await sentence.first().getByTestId('audit-record-link').click()
  await page.waitForURL((url) => url.pathname === `/admin/collections/templates/${template.id}`)
  // The system template's config in the sites' structured editor, not a JSON box.
  const editor = page.getByTestId('site-editor')
  await editor.waitFor()
  expect((await editor.innerText()).includes('Zawartość szablonu'), 'the structured editor does not speak of a template')
  expect((await page.locator('#field-config .monaco-editor').count()) === 0, 'the JSON editor is still shown for the config')
  await screenshot(page, 'template-structured-editor')

  // The entry's own page: the sentence and a before/after table with the field's label.
  await page.goto('/admin/collections/audit-logs')
  await sentence.first().locator('a').first().click()
  await page
    .getByTestId('audit-entry-sentence')
    .filter({ hasText: `Zofia Nowak zmieniła szablon „${renamed}”` })
    .waitFor()
  const row = page.getByTestId('audit-changes').locator('tr', { hasText: 'Nazwa' })
  expect((await row.innerText()).includes(renamed), `the table's row reads: ${await row.innerText()}`)
  await screenshot(page, 'audit-entry')
  await expectAccessible(page, 'an audit entry')

  // The creation's entry names the template's owner (a relationship) by title, linked to the account, not "#id".
  await page.goto('/admin/collections/audit-logs')
  const created = page.getByTestId('audit-sentence').filter({ hasText: `Zofia Nowak utworzyła szablon „${template.name}”` })
  const createdLine = await created.first().innerText()
  const me = (await api(page, baseURL, 'GET', '/users/me')) as { user: { id: number; email: string } }
  expect(createdLine.includes(`Właściciel: ${me.user.email}`) && !/#\d/.test(createdLine), `the creation's changes read: ${createdLine}`)
  await created.first().locator('a').first().click()
  const owner = page.getByTestId('audit-changes').locator('tr', { hasText: 'Właściciel' }).getByTestId('audit-related-link')
  await owner.waitFor()
  expect((await owner.innerText()) === me.user.email, `the owner's link reads: ${await owner.innerText()}`)
  expect((await owner.getAttribute('href')) === `/admin/collections/users/${me.user.id}`, `the owner's link goes to ${await owner.getAttribute('href')}`)
  await screenshot(page, 'audit-entry-related')
})

test('staff: the jobs view writes run times in Warsaw time', async ({ newPage, screenshot }) => {
  const page = await staffPage(newPage)
  // The platform's repeating jobs (outbox relay, housekeeping) always have a next run.
  await page.goto('/admin/jobs?state=repeating')
  const cell = page.getByTestId('job-next-run').locator('time').first()
  await cell.waitFor()
  const iso = await cell.getAttribute('datetime')
  const shown = await cell.innerText()
  expect(Boolean(iso) && shown === formatDateTime(iso!, 'pl'), `the next run reads "${shown}" for ${iso}`)
  expect(/^\d{1,2} [a-ząćęłńóśźż]+ \d{4}, \d{2}:\d{2}$/.test(shown), `not a Polish date and time: ${shown}`)
  await screenshot(page, 'jobs')
  await expectAccessible(page, 'the jobs view')
})

test('staff: the dev mailbox renders HTML in a sandboxed frame, scripts do not run, a link opens in a new tab', async ({ baseURL, newPage, screenshot }) => {
  const url = process.env.E2E_DATABASE_URL
  expect(Boolean(url), 'E2E_DATABASE_URL is not set (test/e2e/server.ts sets it)')
  // The mailbox is written only by the mail transport (this server sends through SMTP): place a message directly.
  const db = new pg.Client({ connectionString: url })
  await db.connect()
  const subject = `Wiadomość e2e ${Date.now()}`
  const html = `<html><head><title>x</title></head><body><h1>Dzień dobry</h1><p id="probe">przed</p><script>document.getElementById('probe').textContent = 'skrypt'</script><p><a id="terms-link" href="${baseURL}/terms">Regulamin</a></p></body></html>`
  let id: number
  try {
    const inserted = await db.query('INSERT INTO "dev_mailbox" ("to", "from", "subject", "text", "html") VALUES ($1, $2, $3, $4, $5) RETURNING "id"', [
      'anna@example.com',
      'Platforma <no-reply@example.com>',
      subject,
      'Dzień dobry (wersja tekstowa)',
      html,
    ])
    id = inserted.rows[0].id
  } finally {
    await db.end()
  }

  const page = await staffPage(newPage)
  await page.goto(`/admin/collections/dev-mailbox/${id}`)
  const frameElement = page.getByTestId('email-frame-html')
  await frameElement.waitFor()
  const sandbox = (await frameElement.getAttribute('sandbox')) ?? ''
  expect(!sandbox.includes('allow-scripts') && !sandbox.includes('allow-same-origin'), `the frame's sandbox allows too much: "${sandbox}"`)
  const frame = page.frameLocator('[data-testid="email-frame-html"]')
  await frame.locator('h1', { hasText: 'Dzień dobry' }).waitFor()
  expect((await frame.locator('#probe').innerText()) === 'przed', "the email's script ran")
  expect((await page.locator('#field-html .monaco-editor').count()) === 0, 'the raw HTML editor is still shown')
  await screenshot(page, 'mailbox-html')
  await expectAccessible(page, 'a dev mailbox message')

  const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.locator('#terms-link').click()])
  await tab.waitForLoadState()
  expect(new URL(tab.url()).pathname === '/terms', `the link opened ${tab.url()}`)
  // The public terms page renders the rich text as paragraphs.
  await tab.getByTestId('terms-content').locator('p').first().waitFor()
  await screenshot(tab, 'terms-page')
  await expectAccessible(tab, 'the terms page')

  await page.getByRole('tab', { name: 'Wersja tekstowa' }).click()
  await page.getByTestId('email-frame-text').filter({ hasText: 'Dzień dobry (wersja tekstowa)' }).waitFor()
  await screenshot(page, 'mailbox-text')
})

test("staff: an email template's preview is rendered with sample data in a sandboxed frame", async ({ baseURL, newPage, screenshot }) => {
  const page = await staffPage(newPage)
  const found = await api(page, baseURL, 'GET', '/email-templates?where[slug][equals]=magic-link-login&where[isDefault][equals]=true&limit=1&depth=0')
  await page.goto(`/admin/collections/email-templates/${found.docs[0].id}`)
  await page.getByRole('button', { name: 'Podgląd', exact: true }).click()
  const frameElement = page.getByTestId('email-frame-html')
  await frameElement.waitFor()
  const sandbox = (await frameElement.getAttribute('sandbox')) ?? ''
  expect(!sandbox.includes('allow-scripts'), `the preview frame allows scripts: "${sandbox}"`)
  // Sample data filled in: the sign-in link points at the platform with the sample token.
  const link = page.frameLocator('[data-testid="email-frame-html"]').locator('a[href*="sample-token"]').first()
  await link.waitFor()
  await screenshot(page, 'template-preview')
  await expectAccessible(page, "an email template's preview")
})
