import { publicPageRequest } from './publicFastPath'

const request = (url: string, extra: { method?: string; host?: string } = {}) =>
  publicPageRequest({ method: extra.method ?? 'GET', url, host: extra.host ?? 'platform.example.com:3000', platformHost: 'platform.example.com' })

describe('which requests the public-page fast path answers', () => {
  it('takes GET and HEAD of /s/<identifier>[/…] on the platform host, decoding the segments', () => {
    expect(request('/s/anna-coaching')).toEqual({ identifier: 'anna-coaching', segments: [] })
    expect(request('/s/Anna-Coaching/en/oferta/', { method: 'HEAD' })).toEqual({ identifier: 'anna-coaching', segments: ['en', 'oferta'] })
    expect(request('/s/anna/o%C5%9Brodek?utm_source=mail')).toEqual({ identifier: 'anna', segments: ['ośrodek'] })
    expect(request('/s/anna/sitemap.xml')).toEqual({ identifier: 'anna', segments: ['sitemap.xml'] })
  })

  it('takes hosts that cannot be a site domain (IP addresses, localhost)', () => {
    expect(request('/s/anna', { host: '127.0.0.1:3000' })).toEqual({ identifier: 'anna', segments: [] })
    expect(request('/s/anna', { host: 'localhost' })).toEqual({ identifier: 'anna', segments: [] })
    expect(request('/s/anna', { host: '[::1]:3000' })).toEqual({ identifier: 'anna', segments: [] })
  })

  it('leaves everything else to Express', () => {
    expect(request('/s/anna', { method: 'POST' })).toBeUndefined()
    expect(request('/s/anna?preview=1')).toBeUndefined()
    expect(request('/s/anna?x=1&preview')).toBeUndefined()
    expect(request('/s/anna', { host: 'www.anna-coaching.pl' })).toBeUndefined()
    expect(request('/S/anna')).toBeUndefined()
    expect(request('/s/')).toBeUndefined()
    expect(request('/s/-bad-')).toBeUndefined()
    expect(request('/s/anna/%E0%A4%A')).toBeUndefined()
    expect(request('/api/public/sites/anna')).toBeUndefined()
    expect(request('/sitemap.xml')).toBeUndefined()
    expect(publicPageRequest({ method: 'GET', url: undefined, host: 'x', platformHost: 'x' })).toBeUndefined()
  })
})
