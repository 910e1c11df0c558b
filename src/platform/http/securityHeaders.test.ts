import { hstsEnabled, securityHeaders } from './securityHeaders'

describe('securityHeaders', () => {
  it('refuses framing by other sites, sniffing and full referrers', () => {
    expect(securityHeaders({ hsts: false })).toEqual({
      'Content-Security-Policy': "frame-ancestors 'self'",
      'X-Frame-Options': 'SAMEORIGIN',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
  })

  it('adds HSTS only when the deployment opts in', () => {
    expect(securityHeaders({ hsts: true })['Strict-Transport-Security']).toMatch(/^max-age=\d+/)
    expect(hstsEnabled('true')).toBe(true)
    expect(hstsEnabled(undefined)).toBe(false)
    expect(hstsEnabled('false')).toBe(false)
  })
})
