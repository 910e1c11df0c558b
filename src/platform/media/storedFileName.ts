/**
 * The name a file is stored under: the uploader's name with a random token
 * before the extension (`studio.png` → `studio-3f9a1c0b2d4e.png`). Pure.
 *
 * Why: file names are one namespace for every site, and Payload names an
 * image's variants `<stem>-<width>x<height>.webp` without checking them, so
 * `photo.jpg` on one site got the very variant names of another site's
 * `photo.png` of the same size (on disk Payload even unlinks the existing file
 * first), and on S3 an original named like someone's variant was stored over
 * it (only originals are checked against the database). With the token an
 * original's name ends in `-<hex>` (or Payload's `-<n>`) before the extension
 * and a variant's in `-<w>x<h>`, so the two never meet, and two stems are
 * equal only with the same 48 random bits.
 */
import { randomBytes } from 'node:crypto'

/** Room for the token within the 255 bytes sanitize-filename keeps (it would cut the token off a long name). */
const MAX_STEM_CHARS = 100

export const storedFileName = (name: string, token: string = randomBytes(6).toString('hex')): string => {
  const dot = name.lastIndexOf('.')
  const stem = (dot > 0 ? name.slice(0, dot) : name).slice(0, MAX_STEM_CHARS)
  const extension = dot > 0 ? name.slice(dot) : ''
  return `${stem || 'file'}-${token}${extension}`
}
