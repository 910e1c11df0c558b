/**
 * The default summarizer: extractive, local, no network. TextRank ranks the sentences of the approved
 * testimonials (those in the summary's language when there are enough), the most shared keywords become themes
 * with the most central sentence naming each as its quote, and the paragraph names the themes and quotes the
 * most central sentences. Every quote is a sentence a client wrote, character for character. Deterministic.
 */
import type { Summarizer, SummaryInput, SummaryResult } from '../types'
import { composeParagraph, pickParagraphSentences, type ParagraphOptions } from './paragraph'
import { newestFirst, preferLocale, rankSentences } from './sentences'
import { clusterKeywords, pickThemeQuotes, rankKeywords, type ClusterOptions } from './themes'

export type LocalSummaryOptions = ClusterOptions & ParagraphOptions

export const summarizeLocally = ({ testimonials, locale }: SummaryInput, options: LocalSummaryOptions = {}): SummaryResult => {
  const pool = preferLocale(newestFirst(testimonials), locale)
  const sentences = rankSentences(pool)
  const clusters = clusterKeywords(rankKeywords(sentences), pool.length, options)
  const themes = pickThemeQuotes(clusters, sentences)
  const quotes = pickParagraphSentences(sentences, locale, options)
  return {
    summary: composeParagraph({ locale, themes, quotes }),
    themes: themes.map(({ theme, quote, testimonialId }) => ({ theme, quote, testimonialId })),
  }
}

export const localSummarizer = (options: LocalSummaryOptions = {}): Summarizer => ({
  name: 'local',
  summarize: async (input) => summarizeLocally(input, options),
})
