/**
 * What the media library accepts, decided from the file's own bytes (never from
 * the name or the browser's content type). Pure: no I/O.
 */
import { createHash } from 'node:crypto'

import type { Lang } from '../i18n/format'
import { intlLocale } from '../i18n/format'

/** Types the library accepts, by MIME type. SVG is refused: it can carry scripts. */
export const ACCEPTED_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const
export type AcceptedMediaType = (typeof ACCEPTED_MEDIA_TYPES)[number]

export const DEFAULT_MEDIA_MAX_BYTES = 10 * 1024 * 1024

/** `MEDIA_MAX_BYTES`, a positive integer; anything else falls back to 10 MB. */
export const mediaMaxBytes = (value: string | undefined = process.env.MEDIA_MAX_BYTES): number => {
  const parsed = Number(value)
  return Number.isSafeInteger(parsed) && parsed > 0 ? parsed : DEFAULT_MEDIA_MAX_BYTES
}

const startsWith = (data: Uint8Array, bytes: number[], offset = 0) => bytes.every((byte, index) => data[offset + index] === byte)
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

/** The type named by the file's magic bytes, or `undefined` when it is none the library accepts. */
export const detectMediaType = (data: Uint8Array): AcceptedMediaType | undefined => {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(data, ascii('GIF87a')) || startsWith(data, ascii('GIF89a'))) return 'image/gif'
  if (startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8)) return 'image/webp'
  if (startsWith(data, ascii('%PDF-'))) return 'application/pdf'
  return undefined
}

const looksLikeSvg = (data: Uint8Array) => /<svg[\s>]/i.test(Buffer.from(data.subarray(0, 4096)).toString('utf8'))

type Text = { en: string; pl: string }

/** A file size as people read it: `800 B`, `1,5 KB`, `10 MB` (pl) / `1.5 KB` (en). */
export const formatFileSize = (bytes: number, lang: Lang): string => {
  const [value, unit] = bytes < 1024 ? [bytes, 'B'] : bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB']
  return `${new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 1 }).format(value)} ${unit}`
}

export type UploadVerdict = { ok: true; mediaType: AcceptedMediaType; fileHash: string; fileSize: number } | { ok: false; status: 400 | 413; message: Text }

const ACCEPTED = { en: 'Accepted: JPEG, PNG, WebP, GIF and PDF.', pl: 'Przyjmowane są pliki JPEG, PNG, WebP, GIF i PDF.' }

/** Checks the name, size and type; on success, the SHA-256 (hex) of the content. A refusal says what to do, in both languages. */
export const checkUpload = ({ data, maxBytes, name }: { data: Uint8Array; maxBytes: number; name?: string }): UploadVerdict => {
  // A NUL in the name would reach PostgreSQL (a 500) and the file system; no real file name has control characters.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (name !== undefined && /[\u0000-\u001f\u007f]/.test(name))
    return {
      ok: false,
      status: 400,
      message: {
        en: 'The file name contains control characters: rename the file and upload it again.',
        pl: 'Nazwa pliku zawiera znaki sterujące – zmień nazwę pliku i wyślij go ponownie.',
      },
    }
  if (data.byteLength === 0)
    return { ok: false, status: 400, message: { en: 'The file is empty: choose another file.', pl: 'Plik jest pusty – wybierz inny plik.' } }
  if (data.byteLength > maxBytes) {
    const size = (lang: Lang) => formatFileSize(data.byteLength, lang)
    const limit = (lang: Lang) => formatFileSize(maxBytes, lang)
    return {
      ok: false,
      status: 413,
      message: {
        en: `The file is ${size('en')}; the limit is ${limit('en')}. Make it smaller (e.g. export the image at a smaller size) and upload it again.`,
        pl: `Plik ma ${size('pl')}, a limit to ${limit('pl')}. Zmniejsz go (np. zapisz obraz w mniejszym rozmiarze) i wyślij ponownie.`,
      },
    }
  }
  const mediaType = detectMediaType(data)
  if (!mediaType) {
    const reason = looksLikeSvg(data)
      ? {
          en: 'SVG files are not accepted because they can carry scripts; export the image as PNG or WebP.',
          pl: 'Pliki SVG nie są przyjmowane, bo mogą zawierać skrypty – zapisz obraz jako PNG lub WebP.',
        }
      : { en: 'This file type is not accepted.', pl: 'Ten rodzaj pliku nie jest przyjmowany.' }
    return { ok: false, status: 400, message: { en: `${reason.en} ${ACCEPTED.en}`, pl: `${reason.pl} ${ACCEPTED.pl}` } }
  }
  return { ok: true, mediaType, fileHash: createHash('sha256').update(data).digest('hex'), fileSize: data.byteLength }
}
