/**
 * Accessibility and self-hosting, checked in Chromium on the production build:
 * - axe-core (test/e2e/axe.ts, injected from node_modules) finds no serious or critical violation on every
 *   page of every demo site in each of its languages, on the sites' 404 page, and on the admin's main
 *   screens (dashboard, a site's edit form, collection lists) for an owner, and on the edit form at 390 px,
 *   whose header's dates fit the phone while its Save row stays stuck at the top when the page scrolls;
 * - the public pages load the fonts their theme names from the app (`/_site-assets/fonts/…`), nothing from
 *   another host, and the keyboard focus ring has at least 3:1 against the page;
 * - every admin screen staff can reach from the nav (each collection's list and first record, with their
 *   JSON, code and rich-text fields, the globals and the platform's own views) loads nothing from another
 *   host: a field that fetched its editor from a CDN fails the build.
 */
import type { Page, Request } from 'playwright-core'

import { demoOwners } from '../../src/platform/demo/demoData'
import { seriousViolations } from './axe'
import { expect, test } from './harness'
import { ENGLISH, signIn } from './signIn'
import { acceptCurrentTerms } from './terms'

/** Every request of the page's context (workers included), from now on. */
const recordRequests = (page: Page) => {
  const requests: string[] = []
  page.context().on('request', (request: Request) => requests.push(request.url()))
  return requests
}

/** Requests for another host than the app's; blob: and data: URLs never leave the browser. */
const foreign = (requests: string[], baseURL: string) => {
  const origin = new URL(baseURL).origin
  return [
    ...new Set(
      requests.filter((url) => {
        const { protocol, origin: requestOrigin } = new URL(url)
        return protocol !== 'blob:' && protocol !== 'data:' && requestOrigin !== origin
      }),
    ),
  ]
}

/** Waits until the page's own requests settle (islands fetched their data, fonts loaded); a page that keeps polling still goes on after 10 s. */
const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {})
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

type PublicSite = { config: { pages?: { slug: string }[] }; locales: { default: 'pl' | 'en'; enabled: ('pl' | 'en')[] } }

/** Every page of a published site in each of its languages, as paths. */
const sitePaths = async (baseURL: string, identifier: string): Promise<string[]> => {
  const response = await fetch(`${baseURL}/api/public/sites/${identifier}`)
  expect(response.ok, `the public config of ${identifier} answered ${response.status}`)
  const site = (await response.json()) as PublicSite
  const slugs = (site.config.pages ?? []).map((page, index) => (index === 0 ? '' : page.slug))
  return site.locales.enabled.flatMap((locale) =>
    slugs.map(
      (slug) =>
        `/s/${identifier}${[locale === site.locales.default ? '' : locale, slug]
          .filter(Boolean)
          .map((part) => `/${part}`)
          .join('')}`,
    ),
  )
}

/** The WCAG contrast of two computed CSS colours (`rgb(…)`). */
const contrastOf = (a: string, b: string) => {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const c = Number(part) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

test('accessibility: axe-core finds no serious or critical violation on any demo site page (PL and EN) or the 404 page; fonts come from the app; the focus ring reads', async ({
  baseURL,
  newPage,
  screenshot,
}) => {
  const page = await newPage({ locale: 'pl-PL' })
  const requests = recordRequests(page)
  const problems: string[] = []
  const paths = (await Promise.all(demoOwners.map((owner) => sitePaths(baseURL, owner.site.identifier)))).flat()
  expect(paths.length >= 6, `only ${paths.length} demo pages to check: ${paths.join(', ')}`)
  for (const path of [...paths, `/s/${demoOwners[0].site.identifier}/no-such-page`]) {
    const response = await page.goto(path)
    const expected = path.endsWith('/no-such-page') ? 404 : 200
    if (response?.status() !== expected) problems.push(`${path} answered ${response?.status()}, expected ${expected}`)
    await settle(page)
    for (const violation of await seriousViolations(page)) problems.push(`${path}: ${violation}`)
  }
  await screenshot(page, 'last-public-page')

  // The yoga studio names Lora and Nunito: their files come from the app, and the browser uses them.
  await page.goto(`/s/${demoOwners[1].site.identifier}`)
  await settle(page)
  const fonts = requests.filter((url) => new URL(url).pathname.startsWith('/_site-assets/fonts/'))
  expect(
    fonts.some((url) => url.includes('/lora/')) && fonts.some((url) => url.includes('/nunito/')),
    `the theme's fonts were not loaded from the app: ${fonts.join(', ') || 'no font request'}`,
  )
  const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`))
  expect(
    loaded.some((face) => face.includes('Lora')) && loaded.some((face) => face.includes('Nunito')),
    `the browser did not load Lora and Nunito: ${loaded.join(', ')}`,
  )
  const display = await page.evaluate(() => [...document.fonts].every((face) => face.display === 'swap'))
  expect(display, 'a font face does not use font-display: swap')

  // Keyboard focus: the skip link, then the site's name; the ring around it reads on the page background.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  const ring = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement
    const style = getComputedStyle(element)
    return { tag: element.tagName, outline: style.outlineColor, width: style.outlineWidth, background: getComputedStyle(document.body).backgroundColor }
  })
  expect(ring.tag === 'A' && ring.width === '3px', `the focused element is ${ring.tag} with a ${ring.width} outline`)
  const contrast = contrastOf(ring.outline, ring.background)
  expect(contrast >= 3, `the focus ring ${ring.outline} has ${contrast.toFixed(2)}:1 on ${ring.background}`)
  await screenshot(page, 'focus-ring')

  const elsewhere = foreign(requests, baseURL)
  expect(!elsewhere.length, `public pages requested other hosts: ${elsewhere.join(', ')}`)
  expect(!problems.length, `axe-core found serious or critical violations:\n${problems.join('\n')}`)
})

/**
 * An edit view's header on a phone: the dates fit the screen (no box that scrolls sideways), and once the page
 * scrolls the Save row sticks fully visible at the top while the dates have gone above it.
 */
const phoneHeaderProblems = async (page: Page, where: string): Promise<string[]> => {
  const problems: string[] = []
  const atTop = await page.evaluate(() => {
    const content = document.querySelector<HTMLElement>('.doc-controls__content')!
    const items = [...document.querySelectorAll<HTMLElement>('.doc-controls__meta > li')]
    return {
      overflow: content.scrollWidth - content.clientWidth,
      outside: items.filter((item) => item.getBoundingClientRect().right > window.innerWidth).map((item) => item.innerText),
      items: items.length,
    }
  })
  if (atTop.items < 2) problems.push(`${where}: the header shows ${atTop.items} dates`)
  if (atTop.overflow > 0) problems.push(`${where}: the header's dates are ${atTop.overflow}px wider than their box`)
  if (atTop.outside.length) problems.push(`${where}: dates past the screen's edge: ${atTop.outside.join(' | ')}`)
  await page.evaluate(() => window.scrollTo(0, 600))
  await page.waitForFunction(() => window.scrollY >= 600)
  const scrolled = await page.evaluate(() => {
    const row = document.querySelector<HTMLElement>('.doc-controls__controls-wrapper')!.getBoundingClientRect()
    const save = document.querySelector<HTMLElement>('#action-save')!.getBoundingClientRect()
    const dates = document.querySelector<HTMLElement>('.doc-controls__meta')!.getBoundingClientRect()
    return { rowTop: row.top, saveTop: save.top, saveBottom: save.bottom, rowBottom: row.bottom, datesBottom: dates.bottom }
  })
  if (Math.abs(scrolled.rowTop) > 1 || scrolled.saveTop < 0 || scrolled.saveBottom > scrolled.rowBottom)
    problems.push(`${where}: scrolled, the Save row is not stuck fully visible at the top (${JSON.stringify(scrolled)})`)
  if (scrolled.datesBottom > scrolled.rowTop) problems.push(`${where}: scrolled, the dates stay in view above the Save row (${JSON.stringify(scrolled)})`)
  return problems
}

test('accessibility: axe-core finds no serious or critical violation on the admin’s dashboard, a site’s edit form (also on a 390 px phone) and collection lists', async ({
  newPage,
  screenshot,
}) => {
  const problems: string[] = []
  for (const options of [{ locale: 'pl-PL' }, ENGLISH]) {
    const page = await newPage(options)
    await signIn(page, 'anna@example.com')
    await acceptCurrentTerms(page)
    await settle(page)
    for (const violation of await seriousViolations(page)) problems.push(`${options.locale} /admin: ${violation}`)
    const sites = await page.evaluate(async () => (await fetch('/api/sites?depth=0&limit=1&sort=id', { credentials: 'include' })).json())
    const siteId = (sites as { docs: { id: number }[] }).docs[0]?.id
    expect(siteId !== undefined, 'anna has no site to open')
    const screens: [string, string][] = [
      [`/admin/collections/sites/${siteId}`, '[data-testid="site-editor"] .site-editor__card'],
      ['/admin/collections/sites', 'table tbody tr'],
      ['/admin/collections/clients', '.collection-list'],
    ]
    for (const [path, ready] of screens) {
      await page.goto(path)
      await page.locator(ready).first().waitFor()
      await settle(page)
      for (const violation of await seriousViolations(page)) problems.push(`${options.locale} ${path}: ${violation}`)
    }
    await screenshot(page, `admin-${options.locale}`)
    // The edit form on a phone, every rule included: Payload's header (the dates above the Save row) scrolled
    // sideways there in a box with a hidden scrollbar (scrollable-region-focusable) until custom.scss wrapped it.
    await page.setViewportSize({ width: 390, height: 844 })
    const form = `/admin/collections/sites/${siteId}`
    await page.goto(form)
    await page.locator('[data-testid="site-editor"] .site-editor__card').first().waitFor()
    await settle(page)
    for (const violation of await seriousViolations(page)) problems.push(`${options.locale} ${form} at 390 px: ${violation}`)
    await page.screenshot({ path: `test-results/accessibility-admin-phone-${options.locale}.png` })
    problems.push(...(await phoneHeaderProblems(page, `${options.locale} ${form} at 390 px`)))
    await page.screenshot({ path: `test-results/accessibility-admin-phone-scrolled-${options.locale}.png` })
  }
  expect(!problems.length, `axe-core found serious or critical violations:\n${problems.join('\n')}`)
})

test('accessibility: no admin screen with fields (JSON, code, rich text…) loads anything from another host (no CDN), and none scrolls sideways on a 390 px phone', async ({
  baseURL,
  newPage,
}) => {
  const page = await newPage(ENGLISH)
  const requests = recordRequests(page)
  await signIn(page, 'staff@example.com')
  await acceptCurrentTerms(page)
  // The walk runs at a phone's width: a screen wider than it (Payload's header, a table) scrolls the whole page.
  await page.setViewportSize({ width: 390, height: 844 })
  const tooWide: string[] = []
  const checkWidth = async (path: string) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    if (overflow > 0) tooWide.push(`${path} (${overflow}px)`)
  }
  // Every screen the nav links to: collection lists, globals, the platform's and plugins' own views.
  const links = await page.evaluate(() => [
    ...new Set([...document.querySelectorAll<HTMLAnchorElement>('nav a[href^="/admin/"]')].map((link) => link.pathname)),
  ])
  const collections = links.filter((link) => link.startsWith('/admin/collections/'))
  expect(collections.length >= 10, `the nav links to only ${collections.length} collections`)
  const visited: string[] = []
  for (const link of links) {
    await page.goto(link)
    await settle(page)
    await checkWidth(link)
    visited.push(link)
    if (!link.startsWith('/admin/collections/')) continue
    // The first record's edit form (all its fields), or the create form when there is none.
    const first = await page.evaluate((list) => document.querySelector<HTMLAnchorElement>(`table tbody tr a[href^="${list}/"]`)?.pathname, link)
    const form = first ?? `${link}/create`
    await page.goto(form)
    await settle(page)
    await checkWidth(form)
    visited.push(form)
  }
  const elsewhere = foreign(requests, baseURL)
  expect(!elsewhere.length, `admin screens requested other hosts: ${elsewhere.join(', ')} (visited ${visited.join(', ')})`)
  expect(!tooWide.length, `admin screens wider than a 390 px phone: ${tooWide.join(', ')}`)
})
