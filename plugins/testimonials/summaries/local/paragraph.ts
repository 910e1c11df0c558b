/**
 * The summary paragraph of the local summarizer: a sentence in the summary's language naming the themes, then the
 * most central sentences quoted as clients wrote them (in their language). Pure functions.
 */
import type { SummaryLocale } from '../types'
import { QUOTE_LENGTH, sameText, type RankedSentence } from './sentences'

const FRAMES = {
  pl: {
    empty: 'Nie ma jeszcze zatwierdzonych opinii.',
    themes: 'W opiniach najczęściej powracają słowa:',
    quotes: 'Jak sami piszą:',
    and: 'i',
    open: '„',
    close: '”',
  },
  en: {
    empty: 'There are no approved testimonials yet.',
    themes: 'Words that come up most often:',
    quotes: 'In their own words:',
    and: 'and',
    open: '“',
    close: '”',
  },
} as const

/** The note said when every quote is in the other language: PL summary of English testimonials, and back. */
const OTHER_LANGUAGE: Record<SummaryLocale, string> = { pl: 'Opinie są napisane po angielsku.', en: 'The testimonials are written in Polish.' }

/** "a, b i c" / "a, b and c". */
export const joinList = (items: string[], locale: SummaryLocale): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${FRAMES[locale].and} ${items[items.length - 1]}`

/** A sentence quoted inside the paragraph: its own final full stop goes (the paragraph's sentence ends it). */
const inner = (text: string) => text.replace(/(?<!\.)\.$/, '')

export type ParagraphOptions = {
  /** How many sentences are quoted. @default 3 */
  maxQuotes?: number
  /** The quoted sentences' total length. @default 600 */
  maxQuotedLength?: number
}

/**
 * The most central sentences to quote: one per testimonial and no words twice, of a quotable length (a longer one only when nothing
 * else is left), sentences in the summary's language first.
 */
export const pickParagraphSentences = (sentences: RankedSentence[], locale: SummaryLocale, options: ParagraphOptions = {}): RankedSentence[] => {
  const { maxQuotes = 3, maxQuotedLength = 600 } = options
  const ordered = [...sentences].sort(
    (a, b) =>
      Number(b.locale === locale) - Number(a.locale === locale) ||
      Number(b.text.length >= QUOTE_LENGTH.min && b.text.length <= QUOTE_LENGTH.max) -
        Number(a.text.length >= QUOTE_LENGTH.min && a.text.length <= QUOTE_LENGTH.max) ||
      b.score - a.score ||
      a.order - b.order,
  )
  const chosen: RankedSentence[] = []
  const testimonials = new Set<string>()
  const texts = new Set<string>()
  let length = 0
  for (const sentence of ordered) {
    if (chosen.length >= maxQuotes) break
    // One sentence per testimonial, and the same words (two clients wrote "Polecam!") only once.
    if (testimonials.has(String(sentence.testimonialId)) || texts.has(sameText(sentence.text))) continue
    if (chosen.length > 0 && length + sentence.text.length > maxQuotedLength) continue
    chosen.push(sentence)
    testimonials.add(String(sentence.testimonialId))
    texts.add(sameText(sentence.text))
    length += sentence.text.length
  }
  // In the order the testimonials were read (newest first), so the paragraph reads the same way every time.
  return chosen.sort((a, b) => a.order - b.order)
}

/**
 * The paragraph: the themes, then the quotes; a note first when every quote is in the other language. The theme
 * words are quoted as the clients wrote them, inflected ("pracy"), so the frame speaks of words — "W opiniach
 * najczęściej powracają słowa: „sesja” i „pracy”" — and stays grammatical. Only words in the summary's language
 * are named (an English reader gets no list of Polish words); the quotes may be in either.
 */
export const composeParagraph = ({
  locale,
  themes,
  quotes,
}: {
  locale: SummaryLocale
  themes: { theme: string; locale: SummaryLocale }[]
  quotes: RankedSentence[]
}): string => {
  const frame = FRAMES[locale]
  if (!quotes.length) return frame.empty
  const quoted = (text: string) => `${frame.open}${text}${frame.close}`
  const parts: string[] = []
  if (quotes.every((quote) => quote.locale !== locale)) parts.push(OTHER_LANGUAGE[locale])
  const labels = themes.filter((theme) => theme.locale === locale).map((theme) => quoted(theme.theme))
  if (labels.length) parts.push(`${frame.themes} ${joinList(labels, locale)}.`)
  parts.push(
    `${frame.quotes} ${joinList(
      quotes.map((quote) => quoted(inner(quote.text))),
      locale,
    )}.`,
  )
  return parts.join(' ')
}
