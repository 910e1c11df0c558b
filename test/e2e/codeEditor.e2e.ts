/**
 * Payload's code editor (Monaco) in the admin comes from the app itself
 * (src/platform/http/monacoAssets.ts), never from a CDN: a template's JSON
 * field renders in Monaco with the template's text, the JSON worker marks a
 * syntax error, and no request of the page's life (workers' included) goes to
 * another host. On a machine without internet a CDN load would leave the
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

test('code editor: a JSON field renders in Monaco served by the app, its worker checks the JSON, and nothing is requested from another host', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const page = await newPage(ENGLISH)
  const requests = recordRequests(page)
  await signIn(page, 'staff@example.com')
  // Another browser test may have put newer terms in force; their dialog would cover the editor.
  await acceptCurrentTerms(page)

  // A system template (loaded from templates/sites/ at start): its `config` is Payload's own JSON field.
  const found = await page.evaluate(async () => (await fetch('/api/templates?limit=1&depth=0&sort=name', { credentials: 'include' })).json())
  const template = (found as { docs: { id: number; name: string }[] }).docs[0]
  expect(Boolean(template), 'no template to open')
  await page.goto(`/admin/collections/templates/${template.id}`)

  const editor = page.locator('#field-config .monaco-editor')
  await editor.waitFor({ state: 'visible', timeout: 60_000 }).catch((error: Error) => {
    // Without a local Monaco the field stays a blank shimmer: name where the page went instead.
    throw new Error(`Monaco did not render (${error.message.split('\n')[0]}); requests to other hosts: ${foreign(requests, baseURL).join(', ') || 'none'}`)
  })
  // Monaco's own rendering of the stored JSON (view lines are Monaco's, not a textarea's).
  await editor.locator('.view-lines', { hasText: '"pages"' }).waitFor()
  const lines = await editor.locator('.view-line').count()
  expect(lines > 3, `the editor shows ${lines} lines of the template's JSON`)
  await screenshot(page, 'json-field')

  // JSON language features run in a web worker: a broken document gets Monaco's error marker from it.
  expect((await editor.locator('.squiggly-error').count()) === 0, 'the stored JSON is already marked as an error')
  await editor.locator('.view-lines').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' oops')
  await editor.locator('.squiggly-error').first().waitFor({ timeout: 30_000 })
  expect(page.workers().length > 0, 'Monaco started no web worker')
  await screenshot(page, 'json-error-marked')

  const monaco = requests.filter((url) => new URL(url).pathname.startsWith('/_admin-assets/monaco/'))
  expect(
    monaco.some((url) => url.endsWith('/vs/loader.js')),
    `Monaco's loader was not requested from the app: ${monaco.join(', ') || 'no Monaco request'}`,
  )
  expect(
    monaco.some((url) => /\/vs\/assets\/json\.worker-[^/]+\.js$/.test(url)),
    `the JSON worker's script was not requested from the app: ${monaco.join(', ')}`,
  )
  const elsewhere = foreign(requests, baseURL)
  expect(!elsewhere.length, `requests left for another host: ${elsewhere.join(', ')}`)
})
