/**
 * The widget as a visitor's browser meets it on another website (headless Chromium, a host page served by its
 * own HTTP server on another origin): the script embed fetches across origins and renders into a shadow root
 * the host's CSS cannot reach; the iframe embed is framed and fits its height; a script in a testimonial runs
 * nowhere. And the owner's panel (the real client component, bundled with esbuild): the codes follow the chosen
 * options, copy to the clipboard, and the preview shows the widget.
 */
import type { Browser, Page } from 'playwright-core'

import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { TestPlatform } from '@platform/testing'
import { componentPage, launchChromium, startTestPlatform } from '@platform/testing'
import { PANEL_TEXTS } from '../widget/admin/texts'
import { iframeSnippet, scriptSnippet } from '../widget/snippets'
import { addTestimonial, publishedSite } from './widgetSupport'

let platform: TestPlatform
let browser: Browser
let host: Server
let hostURL: string
let identifier: string
let panelPage: (props: Record<string, unknown>) => string
const hostPages = new Map<string, string>()

/** Host CSS that would wreck the widget if it leaked in. */
const HOSTILE_CSS = '<style>.tw-card{display:none!important} section,p,span{color:rgb(255,0,0)!important;font-family:serif!important}</style>'

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { site } = await publishedSite(platform, 'Gabinet Ani')
  identifier = site.identifier
  await addTestimonial(platform.payload, site.id, { authorName: 'Widoczna Autorka', content: 'Zatwierdzona opinia.', isFeatured: true, reply: 'Dziękuję!' })
  await addTestimonial(platform.payload, site.id, { authorName: 'Ukryty Autor', content: 'Czeka na moderację.', status: 'pending' })
  await addTestimonial(platform.payload, site.id, { authorName: 'Odrzucony Autor', content: 'Odrzucona.', status: 'rejected' })
  await addTestimonial(platform.payload, site.id, {
    authorName: 'Złośliwy <img src=x onerror="window.__xss=1">',
    content: '<script>window.__xss=2</script><img src=x onerror="window.__xss=3">',
  })
  // Another website: its own origin (a name, not the platform's address), its own server.
  host = createServer((req, res) => {
    const page = hostPages.get(req.url ?? '')
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page ?? 'not found')
  })
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  hostURL = `http://localhost:${(host.address() as AddressInfo).port}`

  panelPage = await componentPage({ module: 'plugins/testimonials/widget/admin/WidgetPanelClient.tsx', exportName: 'WidgetPanelClient' })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()))
  await platform?.close()
})

const options = { lang: 'pl', theme: 'light', layout: 'list', limit: 10 } as const

/** Opens a page of the other website; page errors are collected. */
const openHostPage = async (name: string, body: string): Promise<{ page: Page; errors: string[] }> => {
  hostPages.set(
    `/${name}`,
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Blog</title>${HOSTILE_CSS}</head><body><h1>Mój blog</h1><p id="own">Wpis na blogu.</p>${body}</body></html>`,
  )
  const page = await (await browser.newContext()).newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${hostURL}/${name}`)
  return { page, errors }
}

it('the script embed renders approved testimonials into a shadow root on another website, untouched by its CSS', async () => {
  const { page, errors } = await openHostPage('script', scriptSnippet(platform.baseURL, identifier, options))
  await page.waitForFunction(() => document.querySelector('[data-testimonials]')?.shadowRoot?.querySelector('.tw-card'), undefined, { timeout: 15_000 })
  const seen = await page.evaluate(() => {
    const root = document.querySelector('[data-testimonials]')!.shadowRoot!
    const card = root.querySelector('.tw-card')!
    return {
      text: root.textContent,
      cards: root.querySelectorAll('.tw-card').length,
      display: getComputedStyle(card).display,
      colour: getComputedStyle(root.querySelector('.tw-name')!).color,
      font: getComputedStyle(card).fontFamily,
      injected: root.querySelectorAll('script, img').length,
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      // The host's own text keeps the host's style: the widget's CSS does not leak out either.
      hostColour: getComputedStyle(document.querySelector('#own')!).color,
    }
  })
  expect(seen.cards).toBe(2)
  expect(seen.text).toContain('Widoczna Autorka')
  expect(seen.text).toContain('Zatwierdzona opinia.')
  expect(seen.text).toContain('Dziękuję!')
  expect(seen.text).toContain('Złośliwy <img src=x onerror="window.__xss=1">')
  expect(seen.text).toContain('2 opinie')
  for (const hidden of ['Ukryty Autor', 'Czeka na moderację', 'Odrzucon']) expect(seen.text).not.toContain(hidden)
  expect(seen.display).toBe('flex')
  expect(seen.colour).not.toBe('rgb(255, 0, 0)')
  expect(seen.font).toContain('system-ui')
  expect(seen.injected).toBe(0)
  expect(seen.xss).toBeNull()
  expect(seen.hostColour).toBe('rgb(255, 0, 0)')
  expect(errors).toEqual([])
})

it('the iframe embed is framed by another website and fits its height to the widget', async () => {
  const { page, errors } = await openHostPage('iframe', iframeSnippet(platform.baseURL, identifier, { ...options, lang: 'en', theme: 'dark' }))
  const element = page.locator('iframe[data-testimonials-widget]')
  await page.waitForFunction(() => document.querySelector<HTMLIFrameElement>('iframe[data-testimonials-widget]')?.style.height !== '480px', undefined, {
    timeout: 15_000,
  })
  const frame = await (await element.elementHandle())!.contentFrame()
  expect(frame).not.toBeNull()
  const inside = await frame!.evaluate(() => ({
    text: document.body.textContent,
    height: Math.ceil(document.body.getBoundingClientRect().height),
    xss: (window as unknown as { __xss?: number }).__xss ?? null,
    dark: Boolean(document.querySelector('.tw--dark')),
  }))
  expect(inside.text).toContain('Widoczna Autorka')
  expect(inside.text).toContain('2 testimonials')
  expect(inside.text).not.toContain('Ukryty Autor')
  expect(inside.xss).toBeNull()
  expect(inside.dark).toBe(true)
  const outer = await element.evaluate((frameElement) => parseFloat((frameElement as HTMLIFrameElement).style.height))
  expect(Math.abs(outer - inside.height)).toBeLessThanOrEqual(1)
  expect((await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)) ?? null).toBeNull()
  expect(errors).toEqual([])
})

it("the owner's panel: the codes follow the chosen options, copy to the clipboard, and the preview shows the widget", async () => {
  const context = await browser.newContext()
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.baseURL })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const open = async (published: boolean) => {
    const props = { platformURL: platform.baseURL, identifier, published, lang: 'pl', texts: PANEL_TEXTS.pl }
    const at = `${platform.baseURL}/widget-panel-under-test-${published}`
    await page.route(at, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: panelPage(props),
      }),
    )
    await page.goto(at)
  }

  await open(false)
  await expect(page.getByTestId('testimonials-widget-unpublished').innerText()).resolves.toBe(PANEL_TEXTS.pl.publishFirst)

  await open(true)
  const script = page.getByTestId('testimonials-widget-script').locator('textarea')
  const iframeCode = page.getByTestId('testimonials-widget-iframe').locator('textarea')
  expect(await script.inputValue()).toBe(scriptSnippet(platform.baseURL, identifier, options))
  await page.getByLabel(PANEL_TEXTS.pl.theme).selectOption('dark')
  await page.getByLabel(PANEL_TEXTS.pl.layout).selectOption('carousel')
  await page.getByLabel(PANEL_TEXTS.pl.language).selectOption('en')
  await page.getByLabel(PANEL_TEXTS.pl.limit).fill('3')
  const chosen = { lang: 'en', theme: 'dark', layout: 'carousel', limit: 3 } as const
  expect(await script.inputValue()).toBe(scriptSnippet(platform.baseURL, identifier, chosen))
  expect(await iframeCode.inputValue()).toBe(iframeSnippet(platform.baseURL, identifier, chosen))
  expect(await iframeCode.inputValue()).not.toMatch(/"id"|\/sites\/\d/)

  await page.getByTestId('testimonials-widget-iframe').getByRole('button', { name: PANEL_TEXTS.pl.copy }).click()
  // Copying is asynchronous (the Clipboard API): wait for the announcement instead of reading it at once (a busy machine lags).
  const copied = page.getByTestId('testimonials-widget-iframe').getByRole('status')
  await copied.filter({ hasText: PANEL_TEXTS.pl.copied }).waitFor({ timeout: 10_000 })
  await expect(copied.innerText()).resolves.toBe(PANEL_TEXTS.pl.copied)
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(iframeSnippet(platform.baseURL, identifier, chosen))

  const preview = page.getByTestId('testimonials-widget-preview')
  await page.waitForFunction(
    () => document.querySelector<HTMLIFrameElement>('[data-testid="testimonials-widget-preview"]')?.style.height !== '480px',
    undefined,
    {
      timeout: 15_000,
    },
  )
  const frame = (await (await preview.elementHandle())!.contentFrame())!
  await frame.waitForSelector('.tw--dark.tw--carousel')
  expect(await frame.evaluate(() => document.body.textContent)).toContain('Widoczna Autorka')
  expect(errors).toEqual([])
})
