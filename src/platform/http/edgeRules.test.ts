import { bodyLimitFor, containsNul, hasBadPaging, hasControlCharacters, isJsonContentType, jsonBodyMaxBytes, namesNoRecord, textContainsNul } from './edgeRules'

describe('bodyLimitFor', () => {
  const uploadPaths = ['/api/media-assets']
  const limits = { jsonMax: 1_000, mediaMax: 50_000, uploadPaths }

  it('gives uploads to an upload collection the media limit plus room for the other fields', () => {
    expect(bodyLimitFor({ ...limits, path: '/api/media-assets', contentType: 'multipart/form-data; boundary=x' })).toBe(51_000)
    expect(bodyLimitFor({ ...limits, path: '/api/media-assets/12', contentType: 'Multipart/Form-Data; boundary=x' })).toBe(51_000)
  })

  it('keeps everything else to the JSON limit', () => {
    expect(bodyLimitFor({ ...limits, path: '/api/media-assets', contentType: 'application/json' })).toBe(1_000)
    expect(bodyLimitFor({ ...limits, path: '/api/media-assets-evil', contentType: 'multipart/form-data; boundary=x' })).toBe(1_000)
    expect(bodyLimitFor({ ...limits, path: '/api/sites/1', contentType: 'multipart/form-data; boundary=x' })).toBe(1_000)
    expect(bodyLimitFor({ ...limits, path: '/api/graphql', contentType: undefined })).toBe(1_000)
  })

  it('reads JSON_BODY_MAX_BYTES, falling back to 1 MB on nonsense', () => {
    expect(jsonBodyMaxBytes('2048')).toBe(2048)
    expect(jsonBodyMaxBytes(undefined)).toBe(1024 * 1024)
    expect(jsonBodyMaxBytes('-5')).toBe(1024 * 1024)
    expect(jsonBodyMaxBytes('1e400')).toBe(1024 * 1024)
  })
})

describe('isJsonContentType', () => {
  it('accepts application/json and +json types only', () => {
    expect(isJsonContentType('application/json')).toBe(true)
    expect(isJsonContentType('application/json; charset=utf-8')).toBe(true)
    expect(isJsonContentType('application/merge-patch+json')).toBe(true)
    expect(isJsonContentType('text/plain')).toBe(false)
    expect(isJsonContentType('application/jsonp')).toBe(false)
    expect(isJsonContentType('text/json')).toBe(false)
    expect(isJsonContentType(undefined)).toBe(false)
  })
})

describe('hasControlCharacters', () => {
  it('finds control characters raw or percent-encoded, in the path or the query', () => {
    expect(hasControlCharacters('/api/public/sites/a%00b')).toBe(true)
    expect(hasControlCharacters('/api/public/sites/x/slots?tz=a%0Ab')).toBe(true)
    expect(hasControlCharacters('/api/x?q=%7f')).toBe(true)
    expect(hasControlCharacters('/api/x\u0001')).toBe(true)
  })

  it('leaves ordinary escapes alone, including an encoded percent sign followed by digits', () => {
    expect(hasControlCharacters('/api/public/sites/a%2500b')).toBe(false)
    expect(hasControlCharacters('/api/x?q=%C5%BC%C3%B3%C5%82w&to=2025-01-01T00%3A00')).toBe(false)
    expect(hasControlCharacters('/s/demo/en/about')).toBe(false)
  })
})

describe('containsNul', () => {
  it('finds a NUL in any string or key, however deep', () => {
    expect(containsNul({ name: 'a\u0000b' })).toBe(true)
    expect(containsNul({ list: [1, { deep: ['x', 'y\u0000'] }] })).toBe(true)
    expect(containsNul({ ['k\u0000']: 1 })).toBe(true)
    let deep: unknown = 'z\u0000'
    for (let index = 0; index < 100_000; index += 1) deep = [deep]
    expect(containsNul(deep)).toBe(true)
  })

  it('passes clean values', () => {
    expect(containsNul({ name: 'Zażółć', notes: 'line\nbreak', count: 3, ok: true, none: null })).toBe(false)
  })
})

describe('textContainsNul', () => {
  it('finds a raw NUL byte or an unescaped \\u0000 escape', () => {
    expect(textContainsNul(Buffer.from('a\u0000b'))).toBe(true)
    expect(textContainsNul(Buffer.from('{"name":"a\\u0000b"}'))).toBe(true)
    expect(textContainsNul(Buffer.from('{"name":"a\\\\\\u0000b"}'))).toBe(true)
  })

  it('does not mistake an escaped backslash followed by u0000 for a NUL', () => {
    expect(textContainsNul(Buffer.from('{"name":"a\\\\u0000b"}'))).toBe(false)
    expect(textContainsNul(Buffer.from('plain text'))).toBe(false)
  })
})

describe('namesNoRecord', () => {
  const collections = [
    { slug: 'sites', literals: new Set(['versions', 'access', 'publish-status', 'verify']), verifies: false, versioned: true, idOnly: true },
    { slug: 'clients', literals: new Set(['versions', 'access']), verifies: false, versioned: false, idOnly: true },
    { slug: 'payload-preferences', literals: new Set<string>(), verifies: false, versioned: false, idOnly: false },
  ]
  const check = (path: string) => namesNoRecord({ path, api: '/api', collections })

  it('finds ids no record can have in Payload routes', () => {
    expect(check('/api/sites/abc')).toBe(true)
    expect(check('/api/sites/99999999999')).toBe(true)
    expect(check('/api/sites/1e999/duplicate')).toBe(true)
    expect(check('/api/sites/versions/-1')).toBe(true)
    expect(check('/api/sites/access/x')).toBe(true)
    expect(check('/api/sites/verify/token')).toBe(true)
    expect(check('/api/clients/versions/1')).toBe(true)
  })

  it('passes real ids, ObjectIds, the collection itself, literal routes and other paths', () => {
    expect(check('/api/sites')).toBe(false)
    expect(check('/api/sites/12')).toBe(false)
    expect(check('/api/sites/12/duplicate')).toBe(false)
    expect(check('/api/sites/507f1f77bcf86cd799439011')).toBe(false)
    expect(check('/api/sites/versions/3')).toBe(false)
    expect(check('/api/sites/publish-status')).toBe(false)
    expect(check('/api/sites/12/publish')).toBe(false)
    expect(check('/api/public/sites/demo')).toBe(false)
    expect(check('/api/payload-preferences/nav')).toBe(false)
  })
})

describe('hasBadPaging', () => {
  it('refuses paging that is not a small whole number', () => {
    expect(hasBadPaging(new URLSearchParams('limit=99999999999999999999'))).toBe(true)
    expect(hasBadPaging(new URLSearchParams('page=-5'))).toBe(true)
    expect(hasBadPaging(new URLSearchParams('depth=1e3'))).toBe(true)
    expect(hasBadPaging(new URLSearchParams('limit=10&page=2&depth=0&where[x][equals]=-5'))).toBe(false)
  })
})
