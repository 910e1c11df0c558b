import { EMAIL_FRAME_CSP, EMAIL_FRAME_SANDBOX, emailFrameDocument } from './emailFrame'

describe('emailFrameDocument', () => {
  it('puts its policy and a new-tab <base> first in the head, before anything the email says', () => {
    const doc = emailFrameDocument('<html><head><base target="_self"><title>x</title></head><body><a href="https://example.com">a</a></body></html>')
    expect(doc.indexOf(`content="${EMAIL_FRAME_CSP}"`)).toBeGreaterThan(doc.indexOf('<head>'))
    expect(doc.indexOf('<base target="_blank">')).toBeLessThan(doc.indexOf('<base target="_self">'))
    expect(doc).toContain('<a href="https://example.com">a</a>')
  })

  it('wraps a fragment, and an html without a head, into a document with the head', () => {
    expect(emailFrameDocument('<p>Cześć</p>')).toMatch(
      /^<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"[^>]+><base target="_blank">.*<body><p>Cześć<\/p><\/body><\/html>$/,
    )
    expect(emailFrameDocument('<html lang="pl"><body>x</body></html>')).toMatch(
      /^<html lang="pl"><head><meta charset="utf-8">.*<\/head><body>x<\/body><\/html>$/,
    )
  })

  it('allows no scripts, no same-origin access and no requests', () => {
    expect(EMAIL_FRAME_SANDBOX.split(' ')).not.toEqual(expect.arrayContaining(['allow-scripts']))
    expect(EMAIL_FRAME_SANDBOX).not.toContain('allow-same-origin')
    expect(EMAIL_FRAME_CSP).toContain("default-src 'none'")
    expect(EMAIL_FRAME_CSP).not.toMatch(/script-src|https?:/)
  })
})
