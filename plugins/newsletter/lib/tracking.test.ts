import { createHmac } from 'node:crypto'

import { campaignFromToken, campaignToken, clickSignature, clickSignatureValid, clickUrl, isCampaignToken, openPixelUrl, trackableHref } from './tracking'

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

  describe('the campaign token', () => {
    it('is c.<id>.<HMAC-SHA256 of the id under the secret> (computed independently here)', () => {
      const mac = createHmac('sha256', secret).update('newsletter-campaign\n42').digest('base64url')
      expect(mac).toHaveLength(43)
      expect(campaignToken(secret, 42)).toBe(`c.42.${mac}`)
      // Deterministic: every recipient of the campaign, and every batch, gets the same one.
      expect(campaignToken(secret, 42)).toBe(campaignToken(secret, 42))
      expect(campaignToken(secret, 43)).not.toBe(campaignToken(secret, 42))
      expect(campaignToken('other', 42)).not.toBe(campaignToken(secret, 42))
    })

    it('is told apart from a delivery token and survives the URL path as it is', () => {
      const token = campaignToken(secret, 7)
      expect(isCampaignToken(token)).toBe(true)
      // Never the shape of a delivery token (isWellFormedToken: 43 base64url characters).
      expect(token).not.toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(isCampaignToken('A'.repeat(43))).toBe(false)
      expect(encodeURIComponent(token)).toBe(token)
      expect(openPixelUrl('https://app.example', token)).toBe(`https://app.example/api/public/newsletter/o/${token}`)
    })

    it('gives back the campaign id of a genuine token only', () => {
      const token = campaignToken(secret, 42)
      const mac = token.slice('c.42.'.length)
      expect(campaignFromToken(secret, token)).toBe(42)
      // Another id with this MAC, a changed MAC, another secret, shapes that are not a campaign token.
      const changed = `${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`
      for (const forged of [`c.43.${mac}`, `c.42.${changed}`, `c.042.${mac}`, `c.42.${mac}x`, `c.42.${mac.slice(1)}`, `c.0.${mac}`, 'c.', mac, undefined, 42])
        expect({ forged, id: campaignFromToken(secret, forged) }).toEqual({ forged, id: undefined })
      expect(campaignFromToken('other', token)).toBeUndefined()
      expect(campaignFromToken('', token)).toBeUndefined()
    })

    it('refuses to make a token without a secret or for a non-id', () => {
      expect(() => campaignToken('', 1)).toThrow(/secret/)
      expect(() => campaignToken(secret, 0)).toThrow(/campaign id/)
      expect(() => campaignToken(secret, 1.5)).toThrow(/campaign id/)
    })
  })
})
