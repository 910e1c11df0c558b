/**
 * One row of an imported CSV checked against what a testimonial may hold: an author (up to the name limit), a whole
 * rating from 1 to 5 (`5`, `5,0`, `4/5`, `★★★★☆`), the text (up to the content limit) and, where the file has a
 * date column, an optional day that is not in the future (parseDate.ts). Every problem of the row is reported, each
 * naming its row and column. Pure.
 */
import type { Column, TableRow } from './readTable'
import { parseDate } from './parseDate'

export type RowError = {
  row: number
  column: Column
  code: 'required' | 'tooLong' | 'badRating' | 'badDate' | 'futureDate'
  /** What the cell held (shortened), for the message. */
  value?: string
  /** For `tooLong`: the limit and the length found. */
  max?: number
  length?: number
}

export type ImportRow = {
  row: number
  authorName: string
  rating: number
  content: string
  /** The day the testimonial was given, `YYYY-MM-DD`, when the file says. */
  givenOn: string | null
}

export type RowLimits = { authorName: number; content: number }

/** A rating as people write one, or `undefined`. */
export const parseRating = (text: string): number | undefined => {
  const value = text.trim()
  const number = /^([1-5])(?:[.,]0+)?(?:\s*\/\s*5)?$/.exec(value)
  if (number) return Number(number[1])
  const stars = /^([★⭐]{1,5})[☆\s]*$/u.exec(value)
  if (stars) return [...stars[1]].length
  return undefined
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text)

/** The row as a testimonial, or its problems. `today` is `YYYY-MM-DD` in Poland. */
export const validateRow = ({ row, cells }: TableRow, { limits, today }: { limits: RowLimits; today: string }): ImportRow | RowError[] => {
  const errors: RowError[] = []
  const fail = (column: Column, code: RowError['code'], extra: Partial<RowError> = {}) => errors.push({ row, column, code, ...extra })

  const authorName = (cells.author ?? '').replace(/\s+/g, ' ').trim()
  if (!authorName) fail('author', 'required')
  else if (authorName.length > limits.authorName) fail('author', 'tooLong', { max: limits.authorName, length: authorName.length })

  const ratingText = (cells.rating ?? '').trim()
  const rating = parseRating(ratingText)
  if (!ratingText) fail('rating', 'required')
  else if (rating === undefined) fail('rating', 'badRating', { value: shorten(ratingText) })

  const content = (cells.text ?? '').replace(/\r\n?/g, '\n').trim()
  if (!content) fail('text', 'required')
  else if (content.length > limits.content) fail('text', 'tooLong', { max: limits.content, length: content.length })

  const dateText = (cells.date ?? '').trim()
  const givenOn = dateText ? parseDate(dateText) : undefined
  if (dateText && !givenOn) fail('date', 'badDate', { value: shorten(dateText) })
  else if (givenOn && givenOn > today) fail('date', 'futureDate', { value: shorten(dateText) })

  if (errors.length) return errors
  return { row, authorName, rating: rating as number, content, givenOn: givenOn ?? null }
}

/** Two testimonials are the same when author and text match, ignoring case and spacing. */
export const duplicateKey = (authorName: string, content: string): string =>
  [authorName, content].map((part) => part.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('pl')).join('\u0000')
