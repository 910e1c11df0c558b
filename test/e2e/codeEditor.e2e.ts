/**
 * Payload's code editor (Monaco) in the admin comes from the app itself
 * (src/platform/http/monacoAssets.ts), never from a CDN: an email template's
 * code field renders in Monaco with the template's text and takes typing, and
 * no request of the page's life (workers' included) goes to another host. On a machine without internet a CDN load would leave the
 * editor blank; with internet the request list would name the CDN.
 */
import type { Page, Request } from 'playwright-core'

import { expect, test } from './harness'
import { ENGLISH, signIn } from './signIn'
import { acceptCurrentTerms } from './terms'

/** Every request the page (and its workers) makes, from before sign-in on. */
const recordRequests = (page: Page) => {
  const requests: string[] = []
  page.context().on('request', (request: Request) => requests.push(request.url()))
  return requests
}

/** Requests for another host; blob: and data: URLs never leave the browser. */
const foreign = (requests: string[], baseURL: string) => {
  const origin = new URL(baseURL).origin
  return requests.filter((url) => {
    const { protocol, origin: requestOrigin } = new URL(url)
    if (protocol === 'blob:' || protocol === 'data:') return false
    return requestOrigin !== origin
  })
}

test('code editor: a code field renders in Monaco served by the app, takes typing, and nothing is requested from another host', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const page = await newPage(ENGLISH)
  const requests = recordRequests(page)
  await signIn(page, 'staff@example.com')
  // Another browser test may have put newer terms in force; their dialog would cover the editor.
  await acceptCurrentTerms(page)

  // A default email template (loaded from templates/emails/ at start): its content is Payload's own code field (HTML).
  // (System templates' JSON config is edited in the sites' structured editor since issue 16.)
  const found = await page.evaluate(async () =>
    (await fetch('/api/email-templates?limit=1&depth=0&where[slug][equals]=magic-link-login&where[isDefault][equals]=true', { credentials: 'include' })).json(),
  )
  const template = (found as { docs: { id: number }[] }).docs[0]
  expect(Boolean(template), 'no default email template to open')
  await page.goto(`/admin/collections/email-templates/${template.id}`)

  const editor = page.locator('#field-contentPl .monaco-editor')
  await editor.waitFor({ state: 'visible', timeout: 60_000 }).catch((error: Error) => {
    // Without a local Monaco the field stays a blank shimmer: name where the page went instead.
    throw new Error(`Monaco did not render (${error.message.split('\n')[0]}); requests to other hosts: ${foreign(requests, baseURL).join(', ') || 'none'}`)
  })
  // Monaco's own rendering of the stored template (view lines are Monaco's, not a textarea's).
  await editor.locator('.view-lines', { hasText: '{{' }).waitFor()
  const lines = await editor.locator('.view-line').count()
  expect(lines > 3, `the editor shows ${lines} lines of the template`)
  await screenshot(page, 'code-field')

  // Typing goes through Monaco's model.
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('<p>e2e-typed</p>')
  await editor.locator('.view-lines', { hasText: 'e2e-typed' }).waitFor({ timeout: 30_000 })
  await screenshot(page, 'code-typed')

  const monaco = requests.filter((url) => new URL(url).pathname.startsWith('/_admin-assets/monaco/'))
  expect(
    monaco.some((url) => url.endsWith('/vs/loader.js')),
    `Monaco's loader was not requested from the app: ${monaco.join(', ') || 'no Monaco request'}`,
  )
  const elsewhere = foreign(requests, baseURL)
  expect(!elsewhere.length, `requests left for another host: ${elsewhere.join(', ')}`)
})
