/** The sentences of approved testimonials, tokenised and ranked: what the local summarizer chooses from. */
import { contentTokens, splitSentences, type Token } from '../text/tokenize'
import { textRank } from '../text/textrank'
import type { SummaryLocale, SummaryTestimonial } from '../types'

export type RankedSentence = {
  text: string
  testimonialId: number | string
  locale: SummaryLocale
  tokens: Token[]
  /** TextRank centrality among the chosen testimonials' sentences. */
  score: number
  /** Position in the newest-first order: the tie-breaker. */
  order: number
}

/** Lengths a quote may have: a whole thought, not a wall of text. */
export const QUOTE_LENGTH = { min: 15, max: 300 } as const

/** Sentences that differ only in case, spacing or punctuation are the same words. */
export const sameText = (text: string): string =>
  text
    .toLocaleLowerCase('pl')
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim()

/** Newest first, then by id: the order the summarizer's choices never depend on the caller's. */
export const newestFirst = (testimonials: SummaryTestimonial[]): SummaryTestimonial[] =>
  [...testimonials].sort((a, b) => b.givenAt.localeCompare(a.givenAt) || String(a.id).localeCompare(String(b.id), 'en', { numeric: true }))

/**
 * The testimonials a summary in `locale` is built from: those written in it, when there are at least three of
 * them (or all there are); otherwise every testimonial, so a few English ones do not stand for a hundred Polish.
 */
export const preferLocale = (testimonials: SummaryTestimonial[], locale: SummaryLocale): SummaryTestimonial[] => {
  const own = testimonials.filter((testimonial) => testimonial.locale === locale)
  return own.length >= Math.min(3, testimonials.length) ? own : testimonials
}

/** Every sentence of the testimonials with its TextRank score. */
export const rankSentences = (testimonials: SummaryTestimonial[]): RankedSentence[] => {
  const sentences = testimonials.flatMap((testimonial) =>
    splitSentences(testimonial.content).map((text) => ({
      text,
      testimonialId: testimonial.id,
      locale: testimonial.locale,
      tokens: contentTokens(text, testimonial.locale),
    })),
  )
  const scores = textRank(sentences.map((sentence) => sentence.tokens.map((token) => token.stem)))
  return sentences.map((sentence, order) => ({ ...sentence, score: scores[order], order }))
}
