import { createHash } from 'node:crypto'

import { frameCsp, frameHeaders, frameHtml, frameLang, mayServeFrame, notInFrameHtml, scriptHash } from './frameDocument'

describe('frame document', () => {
  const js = '(()=>{document.getElementById("root").textContent="hi"})();'

  it('inlines the script exactly once, after #root', () => {
    const html = frameHtml({ js, lang: 'en', title: 'A <b>"x"</b>' })
    expect(html.startsWith('<!doctype html><html lang="en">')).toBe(true)
    expect(html).toContain(`<div id="root"></div><script>${js}</script>`)
    expect(html).toContain('<title>A &lt;b&gt;&quot;x&quot;&lt;/b&gt;</title>')
  })

  it('allows only that script, by its SHA-256, in an opaque-origin sandbox', () => {
    const expected = createHash('sha256').update(js).digest('base64')
    expect(scriptHash(js)).toBe(`sha256-${expected}`)
    expect(frameCsp(js)).toBe(
      `sandbox allow-scripts; default-src 'none'; script-src 'sha256-${expected}'; style-src 'unsafe-inline'; img-src data: https:; font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'; frame-ancestors 'self'`,
    )
    expect(frameHeaders(js, 'private, no-store')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': frameCsp(js),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'private, no-store',
      Vary: 'Sec-Fetch-Dest',
    })
  })

  it('is served only into an iframe, or to a client that does not say (not a browser)', () => {
    expect(mayServeFrame('iframe')).toBe(true)
    expect(mayServeFrame(null)).toBe(true)
    expect(mayServeFrame(undefined)).toBe(true)
    expect(mayServeFrame('document')).toBe(false)
    expect(mayServeFrame('frame')).toBe(false)
    expect(mayServeFrame('empty')).toBe(false)
    expect(notInFrameHtml('en')).toContain('only inside the page')
    expect(notInFrameHtml('pl')).toContain('tylko na stronie')
  })

  it('reads the language from ?lang=, Polish unless English is asked for', () => {
    expect(frameLang('en')).toBe('en')
    expect(frameLang('pl')).toBe('pl')
    expect(frameLang('"><script>')).toBe('pl')
    expect(frameLang(null)).toBe('pl')
  })
})
