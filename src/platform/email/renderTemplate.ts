/**
 * Renders the file templates of the core (`templates/emails`) and of plugins:
 * `<slug>.<locale>.hbs`, whose first line may be `subject: ...`. Handlebars
 * escaping stays on. Owner overrides stored in the database come with the
 * email feature; this is the file layer they fall back to.
 */
import Handlebars from 'handlebars'
import fs from 'node:fs/promises'
import path from 'node:path'

export type Locale = 'pl' | 'en'
export type RenderedEmail = { subject: string; html: string; text: string; locale: Locale }

const fallbackOrder = (locale: Locale): Locale[] => (locale === 'pl' ? ['pl', 'en'] : ['en', 'pl'])

/** Splits an optional leading `subject:` line from the body. */
export const splitSubject = (source: string): { subject: string; body: string } => {
  const match = /^subject:\s*(.*)\r?\n/i.exec(source)
  return match ? { subject: match[1].trim(), body: source.slice(match[0].length) } : { subject: '', body: source }
}

/** A plain-text version of simple HTML email bodies. */
export const htmlToText = (html: string): string =>
  html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr)>/gi, '\n')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>(.*?)<\/a>/gi, '$2 ($1)')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

const readFirst = async (candidates: string[]): Promise<{ file: string; source: string } | undefined> => {
  for (const file of candidates) {
    try {
      return { file, source: await fs.readFile(file, 'utf8') }
    } catch {
      // not in this folder or language; try the next
    }
  }
  return undefined
}

export const renderFileTemplate = async ({
  dirs,
  slug,
  locale,
  data,
}: {
  dirs: string[]
  slug: string
  locale: Locale
  data: Record<string, unknown>
}): Promise<RenderedEmail> => {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new Error(`Invalid email template slug "${slug}"`)
  for (const candidate of fallbackOrder(locale)) {
    const found = await readFirst(dirs.map((dir) => path.join(dir, `${slug}.${candidate}.hbs`)))
    if (!found) continue
    const { subject, body } = splitSubject(found.source)
    const html = Handlebars.compile(body, { strict: false })(data)
    return {
      subject: Handlebars.compile(subject, { noEscape: true })(data),
      html,
      text: htmlToText(html),
      locale: candidate,
    }
  }
  throw new Error(`No email template "${slug}" in ${dirs.join(', ')}`)
}
