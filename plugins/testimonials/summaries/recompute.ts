/**
 * Recomputing summaries: one site's (the debounced job after approvals change), and every site's with
 * testimonials or a summary (the nightly job). Counts cover all approved testimonials; the words come from the
 * newest `TESTIMONIAL_SUMMARY_MAX_TEXTS` of them; pending and rejected ones are never read.
 */
import type { Payload } from 'payload'

import { SUMMARIES, TESTIMONIALS } from '../slugs'
import { readApprovedTexts } from './readApproved'
import { readSummarySettings, type SummarySettings } from './settings'
import { countRatings, ratingStats } from './stats'
import { primarySummarizer, summarizeWithFallback } from './summarize'
import type { SummaryLocale } from './types'
import { writeSummaries, type SummaryRow } from './writeSummaries'

export const SUMMARY_LOCALES: SummaryLocale[] = ['pl', 'en']

/** The site's two summary rows as computed now (and stored, unless a later run stored its own); null: no such site. */
export const recomputeSiteSummary = async (
  payload: Payload,
  siteId: number | string,
  settings: SummarySettings = readSummarySettings(),
): Promise<SummaryRow[] | null> => {
  const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0, disableErrors: true, select: {}, overrideAccess: true }) // trusted: the job only checks the site still exists
  if (!site) return null
  // Taken before reading: anything committed later gets a run (and a later computedAt) of its own.
  const computedAt = new Date()
  const [histogram, testimonials] = await Promise.all([countRatings(payload, siteId), readApprovedTexts(payload, siteId, settings.maxTexts)])
  const stats = ratingStats(histogram)
  const primary = primarySummarizer(settings.llm)
  const rows: SummaryRow[] = []
  for (const locale of SUMMARY_LOCALES) {
    const { summary, themes, generator } = await summarizeWithFallback({
      input: { testimonials, locale },
      primary,
      onFallback: (error) =>
        payload.logger.warn({ msg: `Testimonial summary of site ${siteId} (${locale}): the LLM provider failed (${String(error)}); written locally` }),
    })
    rows.push({ locale, summary, detailedSummary: themes, generator, ...stats })
  }
  await writeSummaries(payload, siteId, rows, computedAt)
  return rows
}

/** Every site with a testimonial (of any status: all rejected still means zero) or a summary to bring up to date. */
export const sitesToSummarize = async (payload: Payload): Promise<(number | string)[]> => {
  const [withTestimonials, withSummaries] = await Promise.all([
    payload.findDistinct({ collection: TESTIMONIALS, field: 'site', sort: 'site', overrideAccess: true }), // trusted: the nightly job lists sites, nothing else
    payload.findDistinct({ collection: SUMMARIES, field: 'site', sort: 'site', overrideAccess: true }), // trusted: the nightly job lists sites, nothing else
  ])
  const ids = new Map<string, number | string>()
  for (const { site } of [...withTestimonials.values, ...withSummaries.values]) {
    const id = typeof site === 'object' && site ? site.id : site
    if (id !== null && id !== undefined) ids.set(String(id), id)
  }
  return [...ids.values()]
}

/** The nightly run: each site in turn; one that fails does not stop the others, and the run reports it. */
export const recomputeAllSummaries = async (
  payload: Payload,
  settings: SummarySettings = readSummarySettings(),
): Promise<{ sites: number; failed: number }> => {
  const sites = await sitesToSummarize(payload)
  let failed = 0
  for (const siteId of sites) {
    try {
      await recomputeSiteSummary(payload, siteId, settings)
    } catch (error) {
      failed += 1
      payload.logger.error({ err: error, msg: `Could not recompute the testimonial summary of site ${siteId}` })
    }
  }
  return { sites: sites.length, failed }
}
