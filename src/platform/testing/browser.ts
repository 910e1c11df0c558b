/**
 * Browser tests inside jest: headless Chromium (Debian's `chromium`, or `CHROMIUM_PATH`), and a client component
 * as a page without a production build (the real component bundled with esbuild). The libraries load on first
 * use, so a test that drives no browser does not pay for them.
 */
import type { Browser } from 'playwright-core'

import path from 'node:path'

import { projectRoot } from '../env'
import { escapeHtml } from '../http/escapeHtml'

export const launchChromium = async (): Promise<Browser> => {
  const { chromium } = await import('playwright-core')
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
}

/**
 * The page for a client component: `module` (from the project's root, e.g. `plugins/notes/admin/NotesPanel.tsx`)
 * bundled once, and a function giving the whole document that mounts `exportName` into `#root` with `props`
 * (JSON). Serve it on the platform's origin with `page.route(url, (route) => route.fulfill({ contentType: 'text/html', body }))`,
 * so the component's requests reach the test platform as they would from the admin or a public page.
 */
export const componentPage = async ({ module, exportName }: { module: string; exportName: string }): Promise<(props: Record<string, unknown>) => string> => {
  const { build } = await import('esbuild')
  const bundle = await build({
    stdin: {
      contents: [
        "import { createRoot } from 'react-dom/client'",
        `import { ${exportName} as Component } from ${JSON.stringify(path.resolve(projectRoot, module))}`,
        "const root = document.getElementById('root')",
        'createRoot(root).render(<Component {...JSON.parse(root.dataset.props)} />)',
      ].join('\n'),
      resolveDir: projectRoot,
      loader: 'tsx',
    },
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const script = bundle.outputFiles[0].text.replace(/<\/script/gi, '<\\/script')
  return (props) => `<!doctype html><html><body><div id="root" data-props="${escapeHtml(JSON.stringify(props))}"></div><script>${script}</script></body></html>`
}
