/**
 * axe-core (npm `axe-core`, Deque's accessibility engine) in the browser tests: the engine's script is read
 * from node_modules and run in the page (no CDN), then `axe.run` checks the whole document against WCAG 2.x
 * A/AA and best-practice rules. `seriousViolations` returns the serious and critical ones, each with the
 * elements it found, in a form a failed test can print.
 */
import type { Page } from 'playwright-core'

import fs from 'node:fs'
import { createRequire } from 'node:module'

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

type AxeNode = { target: unknown[]; failureSummary?: string }
type AxeViolation = { id: string; impact?: string | null; help: string; nodes: AxeNode[] }

/** The impacts that fail a test. */
export const FAILING_IMPACTS = ['serious', 'critical']

/**
 * Runs axe-core over the page as it is now and returns its serious and critical violations as lines
 * (`rule (impact): help — element, element…`). The page's CSP does not apply to this evaluation
 * (Playwright runs it as the browser's tools do), so pages are checked with their real headers.
 */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  // The engine defines `axe` on the window when its source runs as a script (evaluated as the browser's tools do, not an eval in the page).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
  })) as AxeViolation[]
  return violations
    .filter((violation) => FAILING_IMPACTS.includes(violation.impact ?? ''))
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(' '))
          .join(', ')}${violation.nodes.length > 5 ? ` and ${violation.nodes.length - 5} more` : ''}`,
    )
}
