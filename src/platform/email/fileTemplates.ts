/**
 * The default templates as files: `<slug>.<pl|en>.hbs` in the core folder and
 * each plugin's folder (the core wins when both have a slug).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { splitSubject, type Locale } from './renderTemplate'

export type FileTemplate = {
  slug: string
  /** 'platform' for the core folder, else the plugin's folder name. */
  category: string
  subjectPl?: string
  contentPl?: string
  subjectEn?: string
  contentEn?: string
}

const FILE = /^([a-z0-9][a-z0-9-]*)\.(pl|en)\.hbs$/

const categoryOf = (dir: string, index: number): string => {
  if (index === 0) return 'platform'
  // plugins/<name>/templates/emails -> <name>
  const parts = path.resolve(dir).split(path.sep)
  const at = parts.lastIndexOf('plugins')
  return at >= 0 && parts[at + 1] ? parts[at + 1] : path.basename(dir)
}

export const loadFileTemplates = async (dirs: string[]): Promise<Map<string, FileTemplate>> => {
  const templates = new Map<string, FileTemplate>()
  for (const [index, dir] of dirs.entries()) {
    let names: string[]
    try {
      names = (await fs.readdir(dir)).sort()
    } catch {
      continue
    }
    const here = new Map<string, FileTemplate>()
    for (const name of names) {
      const match = FILE.exec(name)
      if (!match) continue
      const [, slug, locale] = match as unknown as [string, string, Locale]
      if (templates.has(slug)) continue
      const { subject, body } = splitSubject(await fs.readFile(path.join(dir, name), 'utf8'))
      const entry = here.get(slug) ?? { slug, category: categoryOf(dir, index) }
      if (locale === 'pl') Object.assign(entry, { subjectPl: subject, contentPl: body })
      else Object.assign(entry, { subjectEn: subject, contentEn: body })
      here.set(slug, entry)
    }
    for (const [slug, entry] of here) templates.set(slug, entry)
  }
  return templates
}

/** "magic-link-login" -> "Magic link login". */
export const nameFromSlug = (slug: string): string => {
  const words = slug.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

type Content = Pick<FileTemplate, 'subjectPl' | 'contentPl' | 'subjectEn' | 'contentEn'>

/** A fingerprint of a template's wording, to tell file changes and staff edits apart. */
export const contentHash = (template: { [K in keyof Content]?: string | null }): string =>
  createHash('sha256')
    .update(JSON.stringify([template.subjectPl ?? '', template.contentPl ?? '', template.subjectEn ?? '', template.contentEn ?? '']))
    .digest('hex')
