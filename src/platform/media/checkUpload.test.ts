import { createHash } from 'node:crypto'

import { checkUpload, DEFAULT_MEDIA_MAX_BYTES, detectMediaType, formatFileSize, mediaMaxBytes } from './checkUpload'

const bytes = (...parts: (number[] | string)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))

describe('detectMediaType', () => {
  it('reads the magic bytes of each accepted type', () => {
    expect(detectMediaType(bytes([0xff, 0xd8, 0xff, 0xe0], 'rest'))).toBe('image/jpeg')
    expect(detectMediaType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'rest'))).toBe('image/png')
    expect(detectMediaType(bytes('GIF89a...'))).toBe('image/gif')
    expect(detectMediaType(bytes('GIF87a...'))).toBe('image/gif')
    expect(detectMediaType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp')
    expect(detectMediaType(bytes('%PDF-1.7\n'))).toBe('application/pdf')
  })

  it('refuses anything else, whatever it claims to be', () => {
    expect(detectMediaType(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeUndefined()
    expect(detectMediaType(bytes('RIFF', [1, 2, 3, 4], 'WAVE'))).toBeUndefined()
    expect(detectMediaType(bytes('MZ executable'))).toBeUndefined()
    expect(detectMediaType(bytes([0xff, 0xd8]))).toBeUndefined()
  })
})

describe('checkUpload', () => {
  const png = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'body')

  it('refuses a file name with a NUL or another control character', () => {
    expect(checkUpload({ data: png, maxBytes: 100, name: 'nul\u0000byte.png' })).toMatchObject({ ok: false, status: 400 })
    expect(checkUpload({ data: png, maxBytes: 100, name: 'line\nbreak.png' })).toMatchObject({ ok: false, status: 400 })
    expect(checkUpload({ data: png, maxBytes: 100, name: 'zdjęcie (1).png' })).toMatchObject({ ok: true })
  })

  it('accepts a known type within the limit and hashes its content', () => {
    expect(checkUpload({ data: png, maxBytes: 1000 })).toEqual({
      ok: true,
      mediaType: 'image/png',
      fileSize: png.byteLength,
      fileHash: createHash('sha256').update(png).digest('hex'),
    })
  })

  it('answers 413 over the limit (exactly the limit is fine)', () => {
    expect(checkUpload({ data: png, maxBytes: png.byteLength })).toMatchObject({ ok: true })
    expect(checkUpload({ data: png, maxBytes: png.byteLength - 1 })).toMatchObject({ ok: false, status: 413 })
  })

  it('says a refusal in both languages, with sizes as people read them', () => {
    const big = new Uint8Array(1536)
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(checkUpload({ data: big, maxBytes: 1024 })).toEqual({
      ok: false,
      status: 413,
      message: {
        en: 'The file is 1.5 KB; the limit is 1 KB. Make it smaller (e.g. export the image at a smaller size) and upload it again.',
        pl: 'Plik ma 1,5 KB, a limit to 1 KB. Zmniejsz go (np. zapisz obraz w mniejszym rozmiarze) i wyślij ponownie.',
      },
    })
    expect(checkUpload({ data: bytes(''), maxBytes: 1000 })).toMatchObject({ message: { pl: 'Plik jest pusty – wybierz inny plik.' } })
  })

  it('answers 400 for SVG (saying why), unknown types and empty files', () => {
    const svg = checkUpload({ data: bytes('<?xml version="1.0"?><svg onload="alert(1)"></svg>'), maxBytes: 1000 })
    expect(svg).toMatchObject({ ok: false, status: 400 })
    expect(svg.ok === false && svg.message.en).toMatch(/SVG.*scripts/)
    expect(svg.ok === false && svg.message.pl).toMatch(/^Pliki SVG nie są przyjmowane, bo mogą zawierać skrypty/)
    expect(checkUpload({ data: bytes('hello'), maxBytes: 1000 })).toMatchObject({ ok: false, status: 400 })
    expect(checkUpload({ data: bytes(''), maxBytes: 1000 })).toMatchObject({ ok: false, status: 400 })
  })
})

describe('formatFileSize', () => {
  it("writes bytes, kilobytes and megabytes with the reader's decimal mark", () => {
    expect(formatFileSize(800, 'pl')).toBe('800 B')
    expect(formatFileSize(1536, 'pl')).toBe('1,5 KB')
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB')
    expect(formatFileSize(10 * 1024 * 1024, 'pl')).toBe('10 MB')
  })
})

describe('mediaMaxBytes', () => {
  it('reads a positive integer and falls back to 10 MB', () => {
    expect(mediaMaxBytes('2048')).toBe(2048)
    expect(mediaMaxBytes(undefined)).toBe(DEFAULT_MEDIA_MAX_BYTES)
    expect(mediaMaxBytes('')).toBe(DEFAULT_MEDIA_MAX_BYTES)
    expect(mediaMaxBytes('-5')).toBe(DEFAULT_MEDIA_MAX_BYTES)
    expect(mediaMaxBytes('ten')).toBe(DEFAULT_MEDIA_MAX_BYTES)
  })
})
