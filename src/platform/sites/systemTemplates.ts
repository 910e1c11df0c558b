/**
 * Starter site templates: `templates/sites/<name>.json` files, each
 * `{ "name": "…", "description": "…", "config": { …a site configuration… } }`,
 * loaded at start as `isSystem` templates (upsert by file name, like the
 * default email templates). Cheap when nothing changed: one query, no writes.
 * A file that changed updates its record unless staff edited that record in
 * the admin since the last load (then their version is kept and logged).
 */
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../env'
import { sectionTypes } from './sectionRegistry'
import { validateTemplateConfig } from './templateConfig'

export type TemplateFile = { sourceFile: string; name: string; description: string; config: Record<string, unknown> }

export const siteTemplatesDir = (): string => path.join(projectRoot, 'templates', 'sites')

type Log = (message: string) => void

/** `config` without the sections whose type is not in `known`, and the types it left out. */
export const withoutUnknownSections = (config: unknown, known: ReadonlySet<string>): { config: unknown; dropped: string[] } => {
  const pages = (config as { pages?: unknown } | null)?.pages
  if (!Array.isArray(pages)) return { config, dropped: [] }
  const dropped = new Set<string>()
  const kept = pages.map((page: unknown) => {
    const sections = (page as { sections?: unknown } | null)?.sections
    if (!Array.isArray(sections)) return page
    return {
      ...(page as object),
      sections: sections.filter((section: unknown) => {
        const type = (section as { type?: unknown } | null)?.type
        if (typeof type !== 'string' || known.has(type)) return true
        dropped.add(type)
        return false
      }),
    }
  })
  return { config: { ...(config as object), pages: kept }, dropped: [...dropped].sort() }
}

/** Types already reported, so each start-up (and each later load) names a missing type once. */
const reported = new Set<string>()
const reportDropped = (types: string[], log: Log) => {
  const fresh = types.filter((type) => !reported.has(type))
  if (!fresh.length) return
  for (const type of fresh) reported.add(type)
  log(`Site templates: left out sections of types no plugin registers: ${fresh.join(', ')}`)
}

/**
 * Reads and checks every template file; a bad file is an error naming the file and the path in it.
 * Sections whose type is not registered are dropped (and named once through `log`).
 */
export const loadTemplateFiles = async (dir = siteTemplatesDir(), { log = console.warn }: { log?: Log } = {}): Promise<TemplateFile[]> => {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  } catch {
    return []
  }
  const known = new Set(sectionTypes())
  const dropped: string[] = []
  const files = await Promise.all(
    names.map(async (file) => {
      const raw = JSON.parse(await readFile(path.join(dir, file), 'utf8')) as Partial<TemplateFile>
      if (typeof raw.name !== 'string' || !raw.name) throw new Error(`templates/sites/${file}: "name" is required`)
      const { config, dropped: left } = withoutUnknownSections(raw.config, known)
      dropped.push(...left)
      const checked = validateTemplateConfig(config)
      if (!checked.ok)
        throw new Error(`templates/sites/${file}: invalid config: ${checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`)
      return { sourceFile: file.replace(/\.json$/, ''), name: raw.name, description: raw.description ?? '', config: config as Record<string, unknown> }
    }),
  )
  reportDropped([...new Set(dropped)].sort(), log)
  return files
}

/** Stable across key order, so a reformatted file is not a change. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
        )
      : value

export const templateHash = ({ name, description, config }: { name: string; description?: string | null; config: unknown }): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical({ name, description: description ?? '', config })))
    .digest('hex')

export const syncSystemTemplates = async (payload: Payload): Promise<{ created: number; updated: number; kept: number }> => {
  const files = await loadTemplateFiles(siteTemplatesDir(), { log: (message) => payload.logger.warn(message) })
  const counts = { created: 0, updated: 0, kept: 0 }
  if (!files.length) return counts
  // Trusted platform bookkeeping at start: there is no user, and system templates belong to the platform.
  const existing = await payload.find({
    collection: 'templates',
    where: { and: [{ isSystem: { equals: true } }, { sourceFile: { exists: true } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted: start-up sync with no user reads the platform's system templates
  })
  const byFile = new Map(existing.docs.map((doc) => [doc.sourceFile, doc]))
  for (const file of files) {
    const hash = templateHash(file)
    const content = { name: file.name, description: file.description, config: file.config }
    const record = byFile.get(file.sourceFile)
    if (!record) {
      try {
        await payload.create({
          collection: 'templates',
          data: { ...content, isSystem: true, sourceFile: file.sourceFile, sourceHash: hash },
          overrideAccess: true, // trusted: start-up sync with no user; sourceFile and sourceHash are closed to every user
        })
        counts.created++
      } catch (error) {
        // Another process starting at the same time may have loaded it.
        payload.logger.warn({ err: error, msg: `Could not load the site template "${file.sourceFile}"` })
      }
      continue
    }
    if (record.sourceHash === hash) continue
    if (record.sourceHash && templateHash({ name: record.name, description: record.description, config: record.config }) !== record.sourceHash) {
      payload.logger.warn(`Site template "${file.sourceFile}": the file changed but staff edited the template in the admin; keeping their version.`)
      counts.kept++
      continue
    }
    await payload.update({ collection: 'templates', id: record.id, data: { ...content, sourceHash: hash }, overrideAccess: true }) // trusted: start-up sync with no user; sourceHash is closed to every user
    counts.updated++
  }
  if (counts.created || counts.updated) payload.logger.info(`Site templates: ${counts.created} loaded, ${counts.updated} updated from files`)
  return counts
}
