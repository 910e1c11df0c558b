/**
 * Text normalisation for the local summarizer: sentences, words, stop words (the `stopword` library's Polish and
 * English lists plus a few words every testimonial uses), and stems (the `stemmer` library's Porter stemmer for
 * English, crude suffix stripping and truncation for Polish). Pure functions.
 */
import { stemmer } from 'stemmer'
import { eng, pol } from 'stopword'

export type TextLocale = 'pl' | 'en'

/**
 * Words that say nothing about what a client valued, however often they appear: politeness and intensifiers
 * ("polecam", "highly"), and the people ("pani", "she"). Added to the library's lists.
 */
const REVIEW_WORDS = [
  // Polish
  'polecam',
  'polecamy',
  'serdecznie',
  'gorąco',
  'naprawdę',
  'pani',
  'panią',
  'panu',
  'pana',
  'pan',
  'dziękuję',
  'dzięki',
  'bardzo',
  'się',
  'mi',
  'mnie',
  'mną',
  'jest',
  'był',
  'była',
  'było',
  'będę',
  'też',
  'tylko',
  'każdemu',
  'wszystkim',
  'mogę',
  'mój',
  'moja',
  'moje',
  'moim',
  'mojej',
  // English
  'recommend',
  'recommended',
  'highly',
  'really',
  'very',
  'thank',
  'thanks',
  'she',
  'her',
  'he',
  'him',
  'his',
  'me',
  'my',
  'i',
  'im',
  'ive',
  'would',
  'definitely',
  'anyone',
  'everyone',
  'much',
  'also',
  'just',
  'one',
]

const STOP_WORDS = new Set([...pol, ...eng, ...REVIEW_WORDS].map((word) => word.toLocaleLowerCase('pl')))

/** Whether a (lower-case) word carries no topic. */
export const isStopWord = (word: string): boolean => STOP_WORDS.has(word)

/** The abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['np', 'm.in', 'itp', 'itd', 'tzn', 'tj', 'dr', 'mgr', 'prof', 'ok', 'godz', 'e.g', 'i.e', 'mr', 'mrs', 'ms', 'etc', 'vs'])

/**
 * Splits a text into sentences, keeping each sentence's own characters (quotes stay exact substrings of the
 * text): after `.`, `!`, `?` or `…` followed by a space and an upper-case letter or a digit, and at line breaks.
 */
export const splitSentences = (text: string): string[] => {
  const sentences: string[] = []
  for (const line of text.split(/\r?\n+/)) {
    let start = 0
    const boundary = /[.!?…]+["'”»)]*\s+(?=["'„“«(]?[\p{Lu}\d])/gu
    for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
      const end = match.index + match[0].trimEnd().length
      const before = line.slice(start, match.index)
      const lastWord = before.split(/\s+/).pop()?.toLocaleLowerCase('pl') ?? ''
      // "np. Anna" or "dr. Kowalska" is one sentence; a single letter before the dot is an initial.
      if (match[0].startsWith('.') && !match[0].startsWith('..') && (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord))) continue
      sentences.push(line.slice(start, end).trim())
      start = match.index + match[0].length
    }
    sentences.push(line.slice(start).trim())
  }
  return sentences.filter((sentence) => /\p{L}/u.test(sentence))
}

/** A word as written: letters and digits only (Polish letters kept: "łączy", not "laczy"); apostrophes dropped. */
const WORD = /[\p{L}\d]+(?:['’][\p{L}]+)?/gu

/** The words of a text, lower-cased. */
export const words = (text: string): string[] => (text.normalize('NFC').match(WORD) ?? []).map((word) => word.replace(/['’]/g, '').toLocaleLowerCase('pl'))

/** Polish endings, longest first: cases, plural forms and common adjective and verb endings. */
const POLISH_SUFFIXES = [
  'owaniem',
  'owania',
  'owanie',
  'ościami',
  'ościach',
  'ością',
  'ości',
  'ość',
  'iście',
  'nymi',
  'nego',
  'nemu',
  'owie',
  'ach',
  'ami',
  'ego',
  'emu',
  'ich',
  'imi',
  'ymi',
  'ych',
  'owi',
  'iem',
  'cie',
  'nie',
  'om',
  'ów',
  'ie',
  'ia',
  'ii',
  'ią',
  'iu',
  'ym',
  'im',
  'em',
  'ej',
  'ą',
  'ę',
  'a',
  'e',
  'i',
  'y',
  'o',
  'u',
]

/** How many letters of a Polish word are kept after its ending is stripped. */
const POLISH_STEM_LENGTH = 6

/**
 * A crude Polish stem: the longest known ending is stripped (at least three letters stay), then the word is cut to
 * six letters, so "atmosfera", "atmosferę" and "atmosferze" meet ("atmosf"), as do "profesjonalna" and
 * "profesjonalizm". Not linguistics: enough to count the same theme once.
 */
export const polishStem = (word: string): string => {
  const suffix = POLISH_SUFFIXES.find((ending) => word.endsWith(ending) && word.length - ending.length >= 3)
  return (suffix ? word.slice(0, word.length - suffix.length) : word).slice(0, POLISH_STEM_LENGTH)
}

/** A word's stem in a language: Porter for English, the crude Polish one above for Polish. */
export const stem = (word: string, locale: TextLocale): string => (locale === 'en' ? stemmer(word) : polishStem(word))

/**
 * A token that carries a topic: its stem (what is counted), the word as written (what a theme is called), and
 * whether it looks like a name (capitalised where a sentence does not begin: "z Anną", "with Mark").
 */
export type Token = { stem: string; word: string; isName: boolean }

/** The topic words of a sentence: no stop words, no numbers, no one- or two-letter words. */
export const contentTokens = (sentence: string, locale: TextLocale): Token[] =>
  (sentence.normalize('NFC').match(WORD) ?? []).flatMap((written, index) => {
    const word = written.replace(/['’]/g, '').toLocaleLowerCase('pl')
    if (word.length <= 2 || /^\d+$/.test(word) || isStopWord(word)) return []
    return [{ stem: stem(word, locale), word, isName: index > 0 && /^\p{Lu}/u.test(written) }]
  })
