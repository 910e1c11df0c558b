/**
 * Custom React components in a real browser: anna writes one in the admin
 * (a compile error is shown on the field, the fixed source saves and previews
 * in a sandboxed frame), publishes it onto her site, and the component — which
 * tries to read its own cookies and its parent's — learns nothing: inside
 * `<iframe sandbox="allow-scripts">` on the platform's own origin, and opened
 * directly (the CSP sandbox header gives it an opaque origin there too).
 */
import type { Frame, Locator } from 'playwright-core'

import { expect, test } from './harness'
import { ENGLISH, signIn } from './signIn'

const BROKEN = `export default function Probe() {
  const a = 1
  const b x = 2
  return <p>{a}</p>
}
`

/** Renders what it could read: `value:<cookies>` or `threw:<error name>`, for its own document and its parent's. */
const PROBE = `import { useEffect, useState } from 'react'

const attempt = (read: () => string): string => {
  try {
    return 'value:' + read()
  } catch (error) {
    return 'threw:' + (error instanceof Error ? error.name : String(error))
  }
}

export default function CookieProbe({ locale }: { locale: 'pl' | 'en' }) {
  const [report, setReport] = useState<Record<string, string>>()
  useEffect(() => {
    setReport({
      own: attempt(() => document.cookie),
      parent: attempt(() => window.parent.document.cookie),
      storage: attempt(() => String(window.localStorage.length)),
    })
  }, [])
  return (
    <div>
      <h2 id="probe-title">{locale === 'pl' ? 'Sonda ciasteczek' : 'Cookie probe'}</h2>
      {report && <pre id="probe">{JSON.stringify(report)}</pre>}
    </div>
  )
}
`

type Report = { own: string; parent: string; storage: string }

/** A page, a frame or a frame locator. */
type Scope = { locator: (selector: string) => Locator }

const readProbe = async (scope: Scope): Promise<Report> => {
  const probe = scope.locator('#probe')
  await probe.waitFor({ state: 'visible', timeout: 30_000 })
  return JSON.parse(await probe.innerText()) as Report
}

/** No secret of the platform visible anywhere in what the component could see. */
const expectNoSecrets = (report: Report, html: string, where: string) => {
  for (const secret of ['parentSecret', 'payload-token']) {
    expect(!JSON.stringify(report).includes(secret) && !html.includes(secret), `${where}: the component saw "${secret}" (${JSON.stringify(report)})`)
  }
  expect(report.own === 'value:' || report.own === 'threw:SecurityError', `${where}: the component read its own cookies as "${report.own}"`)
}

test('a custom component compiles in the admin, previews, and in its sandboxed frame cannot read the platform’s cookies', async ({
  newPage,
  screenshot,
  baseURL,
}) => {
  const page = await newPage(ENGLISH)
  await signIn(page, 'anna@example.com')
  // Terms published by an earlier test would put their dialog over the form: accept them as anna first.
  await page.evaluate(async () => {
    const status = await (await fetch('/api/users/terms-status')).json()
    if (!status?.mustAccept || !status.current) return
    const accepted = await fetch('/api/users/accept-terms', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ termsVersion: status.current.version }),
    })
    if (!accepted.ok) throw new Error(`accepting the terms answered ${accepted.status}`)
  })

  // 1. Write it in the admin: a compile error is shown on the field, nothing is saved.
  await page.goto('/admin/collections/custom-react-components/create')
  await page.locator('#field-name').fill('Cookie probe')
  await page.locator('#field-site .rs__control').click()
  await page.locator('.rs__option', { hasText: 'Anna Kowalska Coaching' }).click()
  await page.locator('#field-sourceCode').fill(BROKEN)
  await page.locator('#action-save').click()
  await page.getByText('Line 3, column 11: Expected ";" but found "x"').first().waitFor({ timeout: 30_000 })
  expect(/\/create$/.test(new URL(page.url()).pathname), `a source that does not compile was saved (${page.url()})`)
  await screenshot(page, 'compile-error')

  await page.locator('#field-sourceCode').fill(PROBE)
  await page.locator('#action-save').click()
  await page.waitForURL((url) => /\/admin\/collections\/custom-react-components\/\d+$/.test(url.pathname), { timeout: 60_000 })
  const componentId = Number(new URL(page.url()).pathname.split('/').pop())

  // 2. The preview: the saved component in a sandboxed frame inside the admin, before anything is published.
  const previewFrame = page.locator('.custom-component-preview iframe')
  await previewFrame.waitFor({ state: 'attached', timeout: 30_000 })
  await previewFrame.scrollIntoViewIfNeeded()
  expect((await previewFrame.getAttribute('sandbox')) === 'allow-scripts', 'the admin preview frame is not sandboxed to allow-scripts only')
  const inAdmin = await readProbe(page.frameLocator('.custom-component-preview iframe'))
  expect(inAdmin.parent === 'threw:SecurityError', `in the admin preview, reading the parent's cookies gave "${inAdmin.parent}"`)
  expectNoSecrets(inAdmin, '', 'admin preview')
  await screenshot(page, 'admin-preview')

  // The list shows it (it reads only its columns, not the compiled scripts).
  await page.goto('/admin/collections/custom-react-components')
  await page.locator('table').getByText('Cookie probe').waitFor()

  // 3. Publish it onto anna's site, through the API as anna (same origin, her session).
  const identifier = await page.evaluate(async (id) => {
    const sites = await (await fetch('/api/sites?depth=0&limit=1')).json()
    const site = sites.docs[0]
    const config = site.templateConfig ?? {}
    const pages = config.pages?.length ? config.pages : [{ slug: 'home', title: { pl: 'Start', en: 'Home' }, sections: [] }]
    pages[0].sections = [...(pages[0].sections ?? []), { type: 'customComponent', id: 'cookie-probe', componentId: id }]
    const saved = await fetch(`/api/sites/${site.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ templateConfig: { ...config, pages } }),
    })
    if (!saved.ok) throw new Error(`saving the site answered ${saved.status}: ${await saved.text()}`)
    const published = await fetch(`/api/sites/${site.id}/publish`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    if (!published.ok) throw new Error(`publishing answered ${published.status}: ${await published.text()}`)
    return site.identifier as string
  }, componentId)
  const frameURL = `/api/public/sites/${identifier}/components/${componentId}`

  // 4. On a page of the platform's own origin, with a readable cookie and anna's session cookie, the frame sees neither.
  await page.goto('/')
  await page.evaluate(() => {
    document.cookie = 'parentSecret=42; path=/'
  })
  const parentCookies = await page.evaluate(() => document.cookie)
  expect(parentCookies.includes('parentSecret=42'), `the parent page could not set its own cookie (${parentCookies})`)
  const browserCookies = (await page.context().cookies()).map((cookie) => cookie.name)
  expect(browserCookies.includes('payload-token'), `anna's session cookie is missing (${browserCookies.join(', ')})`)
  await page.evaluate((src) => {
    const iframe = document.createElement('iframe')
    iframe.setAttribute('sandbox', 'allow-scripts')
    iframe.src = src
    iframe.id = 'component-frame'
    iframe.style.cssText = 'width:600px;height:240px;border:2px solid #333;background:#fff'
    document.body.prepend(iframe)
  }, `${frameURL}?lang=en`)
  await page.locator('#component-frame').waitFor()
  let frame: Frame | undefined
  for (let attempt = 0; attempt < 100 && !frame; attempt++) {
    frame = page.frames().find((candidate) => candidate.url().includes(`/components/${componentId}`))
    if (!frame) await page.waitForTimeout(100)
  }
  if (!frame) throw new Error(`no frame loaded ${frameURL}`)
  const embedded = await readProbe(frame)
  expect((await frame.locator('#probe-title').innerText()) === 'Cookie probe', 'the component did not render in English (?lang=en)')
  expect(embedded.parent === 'threw:SecurityError', `reading the parent's cookies gave "${embedded.parent}", expected a SecurityError`)
  expect(embedded.storage === 'threw:SecurityError', `the component reached localStorage ("${embedded.storage}")`)
  expectNoSecrets(embedded, await frame.content(), 'embedded on the platform origin')
  await screenshot(page, 'embedded')

  // 5. Opened directly (top level), it is refused: a page of its own could send the visitor anywhere from the
  //    platform's address. The refusal runs no script and is itself sandboxed from framing.
  const response = await page.goto(frameURL)
  expect(response?.status() === 403, `the frame opened as a page answered ${response?.status()}`)
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp.includes("frame-ancestors 'none'"), `the refusal has CSP "${csp}"`)
  const refusal = await page.content()
  expect(!refusal.includes('<script') && !refusal.includes('probe-title'), 'the component ran when opened as a page')
  await screenshot(page, 'direct')

  // A visitor without a session gets the same published frame; an unpublished one stays hidden.
  const anonymous = await fetch(`${baseURL}${frameURL}`)
  expect(anonymous.status === 200, `a visitor got ${anonymous.status} for the published component`)
  const hidden = await fetch(`${baseURL}/api/public/sites/${identifier}/components/${componentId + 1000}`)
  expect(hidden.status === 404, `an unknown component answered ${hidden.status}`)
})
