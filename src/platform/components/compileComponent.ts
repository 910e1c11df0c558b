/**
 * Compiles an owner's component (TSX source) into one self-contained browser
 * script with esbuild. The module must `export default` a React component; a
 * generated entry renders it into `#root` with `{ locale }` props read from the
 * frame address (`?lang=`). Only `react`, `react/jsx-runtime` and
 * `react-dom/client` may be imported (resolved from the platform's own
 * node_modules); anything else — files, node built-ins, other packages — is a
 * compile error, so owner code can only ever be what it says plus React.
 *
 * Pure apart from esbuild itself: no database, no Payload.
 */
import type { Message, Plugin } from 'esbuild'

import path from 'node:path'

import { projectRoot } from '../env'

/** Largest source accepted (bytes). */
export const MAX_SOURCE_BYTES = 100 * 1024
/** Largest compiled script kept (bytes); React itself is about 190 KB of it. */
export const MAX_COMPILED_BYTES = 2 * 1024 * 1024
/** How long one compilation may take. */
export const COMPILE_TIMEOUT_MS = 10_000

export const ALLOWED_IMPORTS = ['react', 'react/jsx-runtime', 'react-dom/client'] as const

/** `message` in English (logs, API clients); `text` in both languages for whoever reads it; `line`/`column` from 1. */
export type CompileError = { message: string; text: { en: string; pl: string }; line?: number; column?: number }

const failure = (en: string, pl: string, at?: { line: number; column: number }): { ok: false; error: CompileError } => ({
  ok: false,
  error: { message: en, text: { en, pl }, ...at },
})
export type CompileResult = { ok: true; js: string; bytes: number } | { ok: false; error: CompileError }

const NAMESPACE = 'custom-component'
const USER_MODULE = 'component.tsx'
const ENTRY_FILE = '<platform-entry>'

/** The entry esbuild starts from; it imports the owner's module by a name only this plugin resolves. */
const ENTRY = `
import { createRoot } from 'react-dom/client'
import { jsx } from 'react/jsx-runtime'
import Component from '${NAMESPACE}:${USER_MODULE}'
const lang = new URLSearchParams(window.location.search).get('lang')
const locale = lang === 'en' ? 'en' : 'pl'
if (typeof Component !== 'function' && (typeof Component !== 'object' || Component === null)) {
  throw new Error('The default export is not a React component')
}
createRoot(document.getElementById('root')).render(jsx(Component, { locale }))
`

const onlyReact = (source: string): Plugin => ({
  name: 'only-react',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      const fromEntry = args.namespace === 'file' && path.basename(args.importer) === ENTRY_FILE
      if (fromEntry && args.path === `${NAMESPACE}:${USER_MODULE}`) return { path: USER_MODULE, namespace: NAMESPACE }
      // React's own files import each other freely; the rule is for the entry and the owner's module.
      if (!fromEntry && args.namespace !== NAMESPACE) return undefined
      if ((ALLOWED_IMPORTS as readonly string[]).includes(args.path)) return undefined
      return { errors: [{ text: `Only react may be imported (${ALLOWED_IMPORTS.join(', ')}), not "${args.path}"` }] }
    })
    build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: source, loader: 'tsx', resolveDir: projectRoot }))
  },
})

const describe = (message: Message): CompileError => {
  const location = message.location
  const missingDefault = /No matching export .* for import "default"/.test(message.text)
  // The compiler's own words stay as esbuild wrote them (English); what the platform says is in both languages.
  const forbiddenImport = /^Only react may be imported \(.*\), not "(.*)"$/.exec(message.text)?.[1]
  const text = missingDefault
    ? { en: 'The component must "export default" a React component', pl: 'Komponent musi eksportować komponent Reacta przez „export default”' }
    : forbiddenImport !== undefined
      ? {
          en: message.text,
          pl: `Można importować tylko Reacta (${ALLOWED_IMPORTS.join(', ')}), nie „${forbiddenImport}”`,
        }
      : { en: message.text, pl: message.text }
  // Positions inside the owner's module are theirs; anything else (the entry) has no useful position.
  if (!location || location.file !== `${NAMESPACE}:${USER_MODULE}` || missingDefault) return { message: text.en, text }
  // esbuild counts columns from 0; editors (and people) from 1.
  const at = { line: location.line, column: location.column + 1 }
  return {
    message: `Line ${at.line}, column ${at.column}: ${text.en}`,
    text: { en: `Line ${at.line}, column ${at.column}: ${text.en}`, pl: `Wiersz ${at.line}, kolumna ${at.column}: ${text.pl}` },
    ...at,
  }
}

/** Compiles `source`; never throws for bad source, only returns `{ ok: false, error }`. */
export const compileComponent = async (source: string, { timeoutMs = COMPILE_TIMEOUT_MS }: { timeoutMs?: number } = {}): Promise<CompileResult> => {
  if (typeof source !== 'string' || !source.trim()) return failure('The source code is empty', 'Kod źródłowy jest pusty')
  const size = Buffer.byteLength(source, 'utf8')
  if (size > MAX_SOURCE_BYTES)
    return failure(
      `The source code is ${size} bytes; at most ${MAX_SOURCE_BYTES} bytes are allowed`,
      `Kod źródłowy ma ${size} B; dozwolone jest najwyżej ${MAX_SOURCE_BYTES} B`,
    )
  // Loaded on first use: the admin's server bundle never needs esbuild's native binary until a save.
  const esbuild = await import('esbuild')
  // A build context, so a build that runs out of time is cancelled rather than left running.
  const context = await esbuild.context({
    stdin: { contents: ENTRY, loader: 'tsx', resolveDir: projectRoot, sourcefile: ENTRY_FILE },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    minify: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    absWorkingDir: projectRoot,
    plugins: [onlyReact(source)],
  })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    void context.cancel()
  }, timeoutMs)
  try {
    const result = await context.rebuild()
    if (timedOut)
      return failure(
        `Compilation took longer than ${timeoutMs / 1000} s`,
        `Kompilacja trwała dłużej niż ${new Intl.NumberFormat('pl-PL').format(timeoutMs / 1000)} s`,
      )
    const js = result.outputFiles[0]?.text ?? ''
    const bytes = Buffer.byteLength(js, 'utf8')
    if (bytes > MAX_COMPILED_BYTES)
      return failure(
        `The compiled component is ${bytes} bytes; at most ${MAX_COMPILED_BYTES} bytes are allowed`,
        `Skompilowany komponent ma ${bytes} B; dozwolone jest najwyżej ${MAX_COMPILED_BYTES} B`,
      )
    // The script is inlined into an HTML document; these sequences would end or confuse the <script> element.
    if (/<\/script|<!--/i.test(js))
      return failure(
        'The compiled code contains "</script" or "<!--"; write these strings differently',
        'Skompilowany kod zawiera „</script” lub „<!--”; zapisz te ciągi inaczej',
      )
    return { ok: true, js, bytes }
  } catch (error) {
    if (timedOut)
      return failure(
        `Compilation took longer than ${timeoutMs / 1000} s`,
        `Kompilacja trwała dłużej niż ${new Intl.NumberFormat('pl-PL').format(timeoutMs / 1000)} s`,
      )
    const errors = (error as { errors?: Message[] }).errors
    if (Array.isArray(errors) && errors.length) return { ok: false, error: describe(errors[0]) }
    const text = error instanceof Error ? error.message : String(error)
    return failure(text, text)
  } finally {
    clearTimeout(timer)
    await context.dispose()
  }
}
