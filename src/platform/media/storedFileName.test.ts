import { storedFileName } from './storedFileName'

describe('storedFileName', () => {
  it('puts the token before the extension (Payload sets the extension from the bytes later)', () => {
    expect(storedFileName('studio photo.png', 'abc123')).toBe('studio photo-abc123.png')
    expect(storedFileName('archive.tar.gz', 'abc123')).toBe('archive.tar-abc123.gz')
    expect(storedFileName('README', 'abc123')).toBe('README-abc123')
    expect(storedFileName('.png', 'abc123')).toBe('.png-abc123')
  })

  it('keeps the token however long the name', () => {
    const stored = storedFileName(`${'x'.repeat(300)}.png`, 'abc123')
    expect(stored).toBe(`${'x'.repeat(100)}-abc123.png`)
  })

  it('draws a fresh 12-hex-digit token each time, so no two uploads share a stem', () => {
    const first = storedFileName('photo.png')
    expect(first).toMatch(/^photo-[0-9a-f]{12}\.png$/)
    expect(storedFileName('photo.png')).not.toBe(first)
  })
})
