import { createHmac } from 'node:crypto'

import { clickSignature, clickSignatureValid, clickUrl, openPixelUrl, trackableHref } from './tracking'

const secret = 'test-secret'

describe('tracking links', () => {
  it('signs token and href with HMAC-SHA256 under the secret (computed independently here)', () => {
    const expected = createHmac('sha256', secret).update('newsletter-click\ntok\nhttps://example.com/a').digest('base64url').slice(0, 32)
    expect(clickSignature(secret, 'tok', 'https://example.com/a')).toBe(expected)
  })

  it('builds the pixel and the click address under the public API', () => {
    expect(openPixelUrl('https://app.example/', 'tok')).toBe('https://app.example/api/public/newsletter/o/tok')
    const url = new URL(clickUrl({ serverURL: 'https://app.example', secret, token: 'tok', href: 'https://example.com/a?b=1&c=2' }))
    expect(url.pathname).toBe('/api/public/newsletter/c/tok')
    expect(url.searchParams.get('u')).toBe('https://example.com/a?b=1&c=2')
    expect(clickSignatureValid({ secret, token: 'tok', href: url.searchParams.get('u')!, signature: url.searchParams.get('s') })).toBe(true)
  })

  it('refuses another href, another token, another secret or no signature', () => {
    const signature = clickSignature(secret, 'tok', 'https://example.com/a')
    expect(clickSignatureValid({ secret, token: 'tok', href: 'https://evil.example/', signature })).toBe(false)
    expect(clickSignatureValid({ secret, token: 'other', href: 'https://example.com/a', signature })).toBe(false)
    expect(clickSignatureValid({ secret: 'other', token: 'tok', href: 'https://example.com/a', signature })).toBe(false)
    expect(clickSignatureValid({ secret, token: 'tok', href: 'https://example.com/a', signature: undefined })).toBe(false)
    expect(clickSignatureValid({ secret, token: 'tok', href: 'https://example.com/a', signature: signature.slice(1) })).toBe(false)
  })

  it('tracks only web links', () => {
    expect([trackableHref('https://a.pl'), trackableHref('HTTP://a.pl'), trackableHref('mailto:a@b.pl'), trackableHref('javascript:alert(1)')]).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
})
