/**
 * The security headers on the production build, pages served by Next
 * included (the jest test, test/security/securityHeaders.test.ts, has no Next):
 * every page refuses framing by other sites, nothing is sniffed, referrers are
 * trimmed, nothing says what the server runs; and a browser on another origin
 * really cannot frame the admin's login.
 */
import { MONACO_VS_PATH } from '../../src/platform/http/monacoAssets'
import { expect, test } from './harness'

const PAGES = [
  '/admin',
  '/admin/login',
  '/signup',
  '/invitation',
  // The plugins' page route (a path no plugin serves: its 404 page).
  `/no-plugin-page-${'x'.repeat(8)}`,
  '/s/anna-coaching',
  '/api/users/me',
  '/api/public/sites/anna-coaching',
  '/healthz',
  // The admin's code editor, served from npm by Express (monacoAssets.ts).
  `${MONACO_VS_PATH}/loader.js`,
]

test('security headers: every page and API answer refuses framing by other sites, sniffing and X-Powered-By', async ({ baseURL, newPage }) => {
  const problems: string[] = []
  for (const path of PAGES) {
    const response = await fetch(`${baseURL}${path}`, { redirect: 'manual' })
    const header = (name: string) => response.headers.get(name)
    const where = `${path} (${response.status})`
    if (header('x-powered-by') !== null) problems.push(`${where}: X-Powered-By: ${header('x-powered-by')}`)
    if (header('x-content-type-options') !== 'nosniff') problems.push(`${where}: X-Content-Type-Options is ${header('x-content-type-options')}`)
    if (!/frame-ancestors '(self|none)'/.test(header('content-security-policy') ?? '')) problems.push(`${where}: CSP is ${header('content-security-policy')}`)
    if (!/^(SAMEORIGIN|DENY)$/.test(header('x-frame-options') ?? '') && !path.startsWith('/s/'))
      problems.push(`${where}: X-Frame-Options is ${header('x-frame-options')}`)
    if (!/^(strict-origin-when-cross-origin|no-referrer|same-origin)$/.test(header('referrer-policy') ?? ''))
      problems.push(`${where}: Referrer-Policy is ${header('referrer-policy')}`)
    if (header('strict-transport-security') !== null) problems.push(`${where}: HSTS without HSTS=true`)
  }
  expect(!problems.length, problems.join('\n'))

  // Another origin (a page of its own, not the platform's) tries to frame the login page.
  const page = await newPage()
  await page.route('http://attacker.test/', (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><iframe id="victim" src="${baseURL}/admin/login" width="800" height="600"></iframe>` }),
  )
  await page.goto('http://attacker.test/')
  await page.waitForTimeout(3_000)
  const framed = page.frames().filter((frame) => frame !== page.mainFrame())
  for (const frame of framed) {
    const forms = await frame
      .locator('form')
      .count()
      .catch(() => 0)
    expect(forms === 0, `the login page rendered inside another site's frame (${frame.url()})`)
  }
})
