/**
 * Loads the file templates as `isDefault` records at start (upsert by slug).
 * Cheap when nothing changed: one query, no writes. A default whose file
 * changed is updated unless staff have edited it in the admin since the last
 * sync (then their wording is kept and the difference is logged). Owners'
 * versions are never touched.
 */
import type { Payload } from 'payload'

import { contentHash, loadFileTemplates, nameFromSlug } from './fileTemplates'
import { emailTemplateDirs } from './templateDirs'

export const syncDefaultTemplates = async (payload: Payload): Promise<{ created: number; updated: number; kept: number }> => {
  const files = await loadFileTemplates(emailTemplateDirs(payload))
  // Trusted platform bookkeeping at start: there is no user, and defaults belong to the platform.
  const existing = await payload.find({
    collection: 'email-templates',
    where: { isDefault: { equals: true } },
    pagination: false,
    depth: 0,
    overrideAccess: true, // trusted: start-up sync with no user reads the platform's defaults
  })
  const bySlug = new Map(existing.docs.map((doc) => [doc.slug, doc]))
  const counts = { created: 0, updated: 0, kept: 0 }
  for (const file of files.values()) {
    const hash = contentHash(file)
    const content = {
      subjectPl: file.subjectPl ?? null,
      contentPl: file.contentPl ?? null,
      subjectEn: file.subjectEn ?? null,
      contentEn: file.contentEn ?? null,
    }
    const record = bySlug.get(file.slug)
    if (!record) {
      try {
        await payload.create({
          collection: 'email-templates',
          data: { name: nameFromSlug(file.slug), slug: file.slug, category: file.category, ...content, isDefault: true, sourceHash: hash },
          overrideAccess: true, // trusted: start-up sync with no user; isDefault and sourceHash are closed to users
        })
        counts.created++
      } catch (error) {
        // Another process starting at the same time may have created it (the key is unique).
        payload.logger.warn({ err: error, msg: `Could not load the default email template "${file.slug}"` })
      }
      continue
    }
    if (record.sourceHash === hash) continue
    if (record.sourceHash && contentHash(record) !== record.sourceHash) {
      payload.logger.warn(`Email template "${file.slug}": the file changed but staff edited the default in the admin; keeping their version.`)
      counts.kept++
      continue
    }
    await payload.update({ collection: 'email-templates', id: record.id, data: { ...content, sourceHash: hash }, overrideAccess: true }) // trusted: start-up sync with no user; sourceHash is closed to every user
    counts.updated++
  }
  if (counts.created || counts.updated) payload.logger.info(`Email templates: ${counts.created} default(s) loaded, ${counts.updated} updated from files`)
  return counts
}
