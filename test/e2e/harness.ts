/**
 * A very small test runner for the browser tests: named tests run one after
 * another, each in a fresh browser context (its own cookies), with a
 * screenshot of where it ended and the result printed as it goes.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'

import fs from 'node:fs'
import path from 'node:path'

export type TestContext = {
  baseURL: string
  /** A fresh context (own cookies) with one page; `locale` sets Accept-Language. */
  newPage: (options?: BrowserContextOptions) => Promise<Page>
  /** Saves test-results/<test>-<name>.png. */
  screenshot: (page: Page, name: string) => Promise<void>
}

export type E2ETest = { name: string; run: (context: TestContext) => Promise<void> }

export const tests: E2ETest[] = []

export const test = (name: string, run: E2ETest['run']): void => {
  tests.push({ name, run })
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)

export type Result = { name: string; ok: boolean; ms: number; error?: string }

export const runTests = async ({
  browser,
  baseURL,
  resultsDir,
  filter,
  aborted = () => false,
}: {
  browser: Browser
  baseURL: string
  resultsDir: string
  filter?: string
  /** Stop before the next test (the run was interrupted). */
  aborted?: () => boolean
}): Promise<Result[]> => {
  fs.mkdirSync(resultsDir, { recursive: true })
  const results: Result[] = []
  // `a|b`: the tests whose name contains either text.
  const wanted = filter?.split('|').filter(Boolean) ?? []
  for (const { name, run } of tests.filter((item) => !wanted.length || wanted.some((part) => item.name.includes(part)))) {
    if (aborted()) break
    const contexts: BrowserContext[] = []
    const pages: Page[] = []
    const started = Date.now()
    const context: TestContext = {
      baseURL,
      newPage: async (options = {}) => {
        const browserContext = await browser.newContext({ baseURL, viewport: { width: 1600, height: 1000 }, ...options })
        browserContext.setDefaultTimeout(30_000)
        browserContext.setDefaultNavigationTimeout(60_000)
        contexts.push(browserContext)
        const page = await browserContext.newPage()
        pages.push(page)
        return page
      },
      screenshot: async (page, shot) => {
        await page.screenshot({ path: path.join(resultsDir, `${slug(name)}-${slug(shot)}.png`), fullPage: true })
      },
    }
    try {
      await run(context)
      results.push({ name, ok: true, ms: Date.now() - started })
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`)
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      results.push({ name, ok: false, ms: Date.now() - started, error: message })
      console.log(`  ✗ ${name} (${Date.now() - started} ms)\n${message.replace(/^/gm, '      ')}`)
      for (const [index, page] of pages.entries()) {
        await page.screenshot({ path: path.join(resultsDir, `${slug(name)}-FAILED-${index + 1}.png`), fullPage: true }).catch(() => {})
        console.log(`      page ${index + 1} was at ${page.url()}`)
      }
    } finally {
      for (const browserContext of contexts) await browserContext.close().catch(() => {})
    }
  }
  return results
}

/** Fails with `message` unless `condition` holds. */
export const expect = (condition: unknown, message: string): void => {
  if (!condition) throw new Error(message)
}
