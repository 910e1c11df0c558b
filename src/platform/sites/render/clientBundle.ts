/**
 * The one browser script of the public sites: every registered section's
 * (and plugin site page's) `clientEntry` bundled with a tiny loader that calls
 * `mount(element, props)` for each `[data-island]` element. Built with
 * esbuild once per process on first need (again only if a renderer is
 * registered later), served at a content-hashed URL as immutable.
 */
import { createHash } from 'node:crypto'

import { projectRoot } from '../../env'
import { clientEntries, registryVersion } from './registry'
import { sitePageClientEntries, sitePagesVersion } from './sitePages'

export type ClientBundle = { hash: string; url: string; code: Buffer }

/** The loader's source: imports each entry's `mount` and calls it for the islands of its type. */
export const loaderSource = (entries: [string, string][]): string => {
  const imports = entries.map(([, file], index) => `import { mount as mount${index} } from ${JSON.stringify(file)}`).join('\n')
  const table = entries.map(([type], index) => `${JSON.stringify(type)}: mount${index}`).join(', ')
  return `${imports}
const mounts = { ${table} }
const start = () => {
  for (const element of document.querySelectorAll('[data-island]')) {
    const mount = mounts[element.getAttribute('data-island')]
    if (!mount) continue
    try {
      mount(element, JSON.parse(element.getAttribute('data-props') || 'null'))
    } catch (error) {
      console.error('Could not start the section', element.getAttribute('data-island'), error)
    }
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
else start()
`
}

const build = async (): Promise<ClientBundle | undefined> => {
  const entries = [...clientEntries(), ...sitePageClientEntries()]
  if (!entries.length) return undefined
  const { build: esbuild } = await import('esbuild')
  const result = await esbuild({
    stdin: { contents: loaderSource(entries), resolveDir: projectRoot, sourcefile: 'site-islands.js', loader: 'js' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const code = Buffer.from(result.outputFiles[0].contents)
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 20)
  return { hash, url: `/_site-assets/${hash}.js`, code }
}

let current: { version: string; bundle: Promise<ClientBundle | undefined> } | undefined

/** The bundle for the renderers registered now (built on first call, then reused); undefined when no section has a client entry. */
export const clientBundle = (): Promise<ClientBundle | undefined> => {
  const version = `${registryVersion()}:${sitePagesVersion()}`
  if (!current || current.version !== version) {
    const bundle = build()
    current = { version, bundle }
    // A failed build is retried on the next call instead of being cached.
    bundle.catch(() => {
      if (current?.bundle === bundle) current = undefined
    })
  }
  return current.bundle
}
