/**
 * What the media library accepts, decided from the file's own bytes (never from
 * the name or the browser's content type). Pure: no I/O.
 */
import { createHash } from 'node:crypto'

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

export type UploadVerdict = { ok: true; mediaType: AcceptedMediaType; fileHash: string; fileSize: number } | { ok: false; status: 400 | 413; message: string }

/** Checks the name, size and type; on success, the SHA-256 (hex) of the content. */
export const checkUpload = ({ data, maxBytes, name }: { data: Uint8Array; maxBytes: number; name?: string }): UploadVerdict => {
  // A NUL in the name would reach PostgreSQL (a 500) and the file system; no real file name has control characters.
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (name !== undefined && /[\u0000-\u001f\u007f]/.test(name)) return { ok: false, status: 400, message: 'The file name may not contain control characters.' }
  if (data.byteLength === 0) return { ok: false, status: 400, message: 'The file is empty.' }
  if (data.byteLength > maxBytes) {
    return {
      ok: false,
      status: 413,
      message: `The file is ${data.byteLength} bytes; the limit is ${maxBytes} bytes (${(maxBytes / 1024 / 1024).toFixed(1)} MB).`,
    }
  }
  const mediaType = detectMediaType(data)
  if (!mediaType) {
    const reason = looksLikeSvg(data)
      ? 'SVG files are not accepted because they can carry scripts; export the image as PNG or WebP.'
      : 'This file type is not accepted.'
    return { ok: false, status: 400, message: `${reason} Accepted: JPEG, PNG, WebP, GIF and PDF.` }
  }
  return { ok: true, mediaType, fileHash: createHash('sha256').update(data).digest('hex'), fileSize: data.byteLength }
}
