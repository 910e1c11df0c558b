/**
 * Recurring themes: the keywords most testimonials share, clustered when they keep appearing in the same
 * sentences ("atmosfera" and "spokój" said together become one theme), each with a representative quote,
 * the most central sentence that names it. Pure functions.
 */
import type { SummaryLocale, SummaryTheme } from '../types'
import { QUOTE_LENGTH, sameText, type RankedSentence } from './sentences'

export type Keyword = {
  stem: string
  /** The word as clients most often wrote it (what the theme is called). */
  label: string
  /** The language of most of the sentences using it. */
  locale: SummaryLocale
  /** The testimonials that use it (how recurring it is). */
  testimonials: Set<string>
  /** The sentences that use it (what it goes with). */
  sentences: Set<number>
  /** How many times it was used. */
  uses: number
}

type Tally = { testimonials: Set<string>; sentences: Set<number>; uses: number; words: Map<string, number>; pl: number; isName: boolean }

/**
 * What a theme is called: the shortest of the forms used at least half as often as the most used one (in Polish
 * the shortest form is most often the plain one: "stres" rather than "stresem"), then the most used, then A–Z.
 */
const themeLabel = (words: Map<string, number>) => {
  const top = Math.max(...words.values())
  return [...words.entries()]
    .filter(([, count]) => count * 2 >= top)
    .sort((a, b) => a[0].length - b[0].length || b[1] - a[1] || a[0].localeCompare(b[0], 'pl'))[0][0]
}

/**
 * Every keyword of the sentences, most shared first (then most used, then alphabetically). Names (a word
 * capitalised inside a sentence anywhere: "z Anną") are no theme.
 */
export const rankKeywords = (sentences: RankedSentence[]): Keyword[] => {
  const byStem = new Map<string, Tally>()
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      let tally = byStem.get(token.stem)
      if (!tally) {
        tally = { testimonials: new Set(), sentences: new Set(), uses: 0, words: new Map(), pl: 0, isName: false }
        byStem.set(token.stem, tally)
      }
      tally.testimonials.add(String(sentence.testimonialId))
      tally.sentences.add(sentence.order)
      tally.uses += 1
      tally.words.set(token.word, (tally.words.get(token.word) ?? 0) + 1)
      if (sentence.locale === 'pl') tally.pl += 1
      if (token.isName) tally.isName = true
    }
  }
  return [...byStem.entries()]
    .filter(([, tally]) => !tally.isName)
    .map(([stem, tally]) => ({
      stem,
      label: themeLabel(tally.words),
      locale: (tally.pl * 2 >= tally.uses ? 'pl' : 'en') as SummaryLocale,
      testimonials: tally.testimonials,
      sentences: tally.sentences,
      uses: tally.uses,
    }))
    .sort((a, b) => b.testimonials.size - a.testimonials.size || b.uses - a.uses || a.stem.localeCompare(b.stem, 'pl'))
}

const jaccard = <T>(a: Set<T>, b: Set<T>) => {
  let shared = 0
  for (const value of a) if (b.has(value)) shared += 1
  return shared / (a.size + b.size - shared)
}

export type ThemeCluster = { seed: Keyword; stems: Set<string> }

export type ClusterOptions = {
  /** @default 5 */
  maxThemes?: number
  /** A keyword joins a theme when the sentences using them overlap this much (Jaccard): they are said together. @default 0.6 */
  overlap?: number
  /** A theme is recurring: used by at least this many testimonials. @default 2, or 1 when there are fewer than 3 */
  minTestimonials?: number
  /** Keywords looked at, most shared first. @default 60 */
  candidates?: number
}

/** Groups the top keywords into at most `maxThemes` themes. */
export const clusterKeywords = (keywords: Keyword[], testimonialCount: number, options: ClusterOptions = {}): ThemeCluster[] => {
  const { maxThemes = 5, overlap = 0.6, minTestimonials = testimonialCount >= 3 ? 2 : 1, candidates = 60 } = options
  const clusters: ThemeCluster[] = []
  for (const keyword of keywords.slice(0, candidates)) {
    if (keyword.testimonials.size < minTestimonials) break
    const home = clusters.find((cluster) => jaccard(cluster.seed.sentences, keyword.sentences) >= overlap)
    if (home) home.stems.add(keyword.stem)
    else if (clusters.length < maxThemes) clusters.push({ seed: keyword, stems: new Set([keyword.stem]) })
  }
  return clusters
}

const fits = (sentence: RankedSentence) => sentence.text.length >= QUOTE_LENGTH.min && sentence.text.length <= QUOTE_LENGTH.max

/**
 * Each theme's quote: among the sentences naming the theme, one that names its main keyword, is of a quotable
 * length, and is not another theme's quote or from another theme's testimonial, the most central first.
 */
/** A theme, with the language its keyword is in. */
export type LocatedTheme = SummaryTheme & { locale: SummaryLocale }

export const pickThemeQuotes = (clusters: ThemeCluster[], sentences: RankedSentence[]): LocatedTheme[] => {
  const usedSentences = new Set<string>()
  const usedTestimonials = new Set<string>()
  const themes: LocatedTheme[] = []
  for (const cluster of clusters) {
    const candidates = sentences
      .filter((sentence) => !usedSentences.has(sameText(sentence.text)) && sentence.tokens.some((token) => cluster.stems.has(token.stem)))
      .map((sentence) => ({
        sentence,
        rank: [
          sentence.tokens.some((token) => token.stem === cluster.seed.stem) ? 1 : 0,
          fits(sentence) ? 1 : 0,
          usedTestimonials.has(String(sentence.testimonialId)) ? 0 : 1,
          sentence.score,
        ],
      }))
      .sort((a, b) => {
        for (let index = 0; index < a.rank.length; index++) if (a.rank[index] !== b.rank[index]) return b.rank[index] - a.rank[index]
        return a.sentence.order - b.sentence.order
      })
    const chosen = candidates[0]?.sentence
    if (!chosen) continue
    usedSentences.add(sameText(chosen.text))
    usedTestimonials.add(String(chosen.testimonialId))
    themes.push({ theme: cluster.seed.label, quote: chosen.text, testimonialId: chosen.testimonialId, locale: cluster.seed.locale })
  }
  return themes
}
