import { ovhConfigured, readOvhConfig, resolveOvhEndpoint } from './config'

describe('resolveOvhEndpoint', () => {
  it('knows OVH’s regions and takes a URL', () => {
    expect(resolveOvhEndpoint(undefined)).toBe('https://eu.api.ovh.com/1.0')
    expect(resolveOvhEndpoint('ovh-eu')).toBe('https://eu.api.ovh.com/1.0')
    expect(resolveOvhEndpoint('ovh-ca')).toBe('https://ca.api.ovh.com/1.0')
    expect(resolveOvhEndpoint(' http://127.0.0.1:8053/1.0/ ')).toBe('http://127.0.0.1:8053/1.0')
  })

  it('refuses anything else, naming the accepted values', () => {
    expect(() => resolveOvhEndpoint('ovh-mars')).toThrow(/ovh-eu, ovh-ca, ovh-us or a URL/)
    expect(() => resolveOvhEndpoint('ftp://example.com')).toThrow(/http\(s\)/)
    expect(() => resolveOvhEndpoint('https://eu.api.ovh.com/1.0?x=1')).toThrow(/query/)
  })
})

describe('readOvhConfig', () => {
  const keys = { OVH_APPLICATION_KEY: 'ak', OVH_APPLICATION_SECRET: 'as', OVH_CONSUMER_KEY: 'ck' }

  it('is null without keys, and complete with all three', () => {
    expect(readOvhConfig({})).toBeNull()
    expect(readOvhConfig({ ...keys, OVH_ENDPOINT: 'ovh-ca', OVH_TIMEOUT_MS: '2000' })).toEqual({
      endpoint: 'https://ca.api.ovh.com/1.0',
      applicationKey: 'ak',
      applicationSecret: 'as',
      consumerKey: 'ck',
      timeoutMs: 2000,
    })
    expect(readOvhConfig(keys)?.timeoutMs).toBe(15000)
  })

  it('names the missing keys of a half configuration', () => {
    expect(() => readOvhConfig({ OVH_APPLICATION_KEY: 'ak', OVH_CONSUMER_KEY: ' ' })).toThrow(
      'OVH configuration incomplete: set OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY',
    )
  })

  it('treats any OVH variable as configured (then no fake is started)', () => {
    expect(ovhConfigured({})).toBe(false)
    expect(ovhConfigured({ OVH_ENDPOINT: 'ovh-eu' })).toBe(true)
    expect(ovhConfigured({ OVH_CONSUMER_KEY: 'ck' })).toBe(true)
    expect(ovhConfigured({ OVH_CONSUMER_KEY: '  ' })).toBe(false)
  })
})
