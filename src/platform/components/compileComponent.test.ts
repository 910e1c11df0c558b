import { compileComponent, MAX_SOURCE_BYTES } from './compileComponent'

const GOOD = `import { useState } from 'react'

type Props = { locale: 'pl' | 'en' }

export default function Greeting({ locale }: Props) {
  const [count] = useState(2)
  return <p className="greeting">{locale === 'pl' ? 'Cześć' : 'Hello'} {count} {"</script>"}</p>
}
`

describe('compileComponent', () => {
  it('compiles a TSX component into one production browser script that renders into #root', async () => {
    const result = await compileComponent(GOOD)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.js.startsWith('(()=>{')).toBe(true)
    expect(result.bytes).toBe(Buffer.byteLength(result.js))
    expect(result.js).toContain('greeting')
    expect(result.js).toContain('getElementById("root")')
    // React's production build, never the development one.
    expect(result.js).not.toContain('react-dom.development')
    expect(result.js).not.toMatch(/process\.env\.NODE_ENV/)
    // Safe to inline in a <script> element: esbuild escapes the closing tag in strings.
    expect(result.js).not.toMatch(/<\/script/i)
  })

  it('reports a syntax error with its line and column in the owner’s source', async () => {
    const result = await compileComponent('const a = 1\nconst b = 2\nconst c x = 3\nexport default () => null\n')
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'Line 3, column 9: Expected ";" but found "x"',
        text: { en: 'Line 3, column 9: Expected ";" but found "x"', pl: 'Wiersz 3, kolumna 9: Expected ";" but found "x"' },
        line: 3,
        column: 9,
      },
    })
  })

  it.each([
    ['a node built-in', 'import fs from "node:fs"\nexport default () => String(fs)', 'node:fs'],
    ['a bare node built-in through require', 'const fs = require("fs")\nexport default () => String(fs)', 'fs'],
    ['a relative file', 'import x from "./secrets"\nexport default () => x', './secrets'],
    ['an absolute path', 'import x from "/etc/passwd"\nexport default () => x', '/etc/passwd'],
    ['another package', 'import x from "payload"\nexport default () => String(x)', 'payload'],
    ['react-dom/server', 'import { renderToString } from "react-dom/server"\nexport default () => renderToString(null)', 'react-dom/server'],
  ])('refuses to import %s', async (_what, source, name) => {
    const result = await compileComponent(source)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.message).toContain(`Only react may be imported (react, react/jsx-runtime, react-dom/client), not "${name}"`)
    expect(result.error.text.pl).toContain(`Można importować tylko Reacta (react, react/jsx-runtime, react-dom/client), nie „${name}”`)
    expect(result.error.line).toBe(1)
  })

  it('allows react, react/jsx-runtime and react-dom/client', async () => {
    const result = await compileComponent(
      'import React from "react"\nimport { jsx } from "react/jsx-runtime"\nimport { createRoot } from "react-dom/client"\nexport default () => jsx("i", { children: String(Boolean(createRoot)) + React.version })',
    )
    expect(result.ok).toBe(true)
  })

  it('asks for a default export', async () => {
    const result = await compileComponent('export const Named = () => null\n')
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'The component must "export default" a React component',
        text: { en: 'The component must "export default" a React component', pl: 'Komponent musi eksportować komponent Reacta przez „export default”' },
      },
    })
  })

  it('refuses an empty source and one over the size limit', async () => {
    expect(await compileComponent('   ')).toEqual({
      ok: false,
      error: { message: 'The source code is empty', text: { en: 'The source code is empty', pl: 'Kod źródłowy jest pusty' } },
    })
    const big = `export default () => null\n//${'x'.repeat(MAX_SOURCE_BYTES)}`
    const result = await compileComponent(big)
    expect(result).toMatchObject({
      ok: false,
      error: { message: `The source code is ${Buffer.byteLength(big)} bytes; at most ${MAX_SOURCE_BYTES} bytes are allowed` },
    })
  })

  it('gives up after the time limit', async () => {
    expect(await compileComponent(GOOD, { timeoutMs: 1 })).toEqual({
      ok: false,
      error: {
        message: 'Compilation took longer than 0.001 s',
        text: { en: 'Compilation took longer than 0.001 s', pl: 'Kompilacja trwała dłużej niż 0,001 s' },
      },
    })
  })

  it('refuses code that would break out of an inline script', async () => {
    const result = await compileComponent('const s = "a<!--b"\nexport default () => s\n')
    expect(result.ok).toBe(false)
  })
})
