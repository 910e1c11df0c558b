/**
 * Stores a site's summaries, one row per language, safely when two runs race: under the site's summary lock
 * (one transaction), each row is created or updated, unless a run that read the testimonials later has already
 * written it. The unique (site, locale) index stays the last guard.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { inTransaction, lockForTransaction } from '@platform'
import { SUMMARIES } from '../slugs'
import type { RatingStats } from './stats'
import type { GeneratorName, SummaryLocale, SummaryTheme } from './types'

export type SummaryRow = RatingStats & {
  locale: SummaryLocale
  summary: string
  detailedSummary: SummaryTheme[]
  generator: GeneratorName
}

/** Which rows were written; a row left out was newer already. */
export const writeSummaries = async (payload: Payload, siteId: number | string, rows: SummaryRow[], computedAt: Date): Promise<SummaryLocale[]> => {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    await lockForTransaction(req, `testimonials:summary:${siteId}`)
    const existing = await payload.find({
      collection: SUMMARIES,
      where: { site: { equals: siteId } },
      depth: 0,
      pagination: false,
      overrideAccess: true, // trusted: the summary job reads the rows it keeps
      req,
    })
    const written: SummaryLocale[] = []
    for (const row of rows) {
      const current = existing.docs.find((doc) => doc.locale === row.locale)
      if (current?.computedAt && new Date(current.computedAt) > computedAt) continue
      const data = { ...row, computedAt: computedAt.toISOString() }
      if (current) {
        await payload.update({ collection: SUMMARIES, id: current.id, data, depth: 0, overrideAccess: true, req }) // trusted: only the summary job writes summaries
      } else {
        await payload.create({ collection: SUMMARIES, data: { ...data, site: siteId as number }, depth: 0, overrideAccess: true, req }) // trusted: only the summary job writes summaries
      }
      written.push(row.locale)
    }
    return written
  })
}
