/**
 * An uploaded CSV file as a table of testimonial columns: the bytes decoded (UTF-8 with or without a BOM; a file
 * that is no UTF-8 is read as Windows-1250, what Polish Excel writes), the separator found from the header line
 * (comma, semicolon or tab), the cells parsed by `csv-parse` (quotes, doubled quotes, line breaks in quotes), and
 * the header mapped to our columns in English or Polish (`author`/`autor`, `rating`/`ocena`, `text`/`treść`,
 * `date`/`data`, and a few usual variants). Rows are numbered as a spreadsheet numbers them (the header is row 1).
 * Pure.
 */
import { parse } from 'csv-parse/sync'

export const COLUMNS = ['author', 'rating', 'text', 'date'] as const
export type Column = (typeof COLUMNS)[number]
export const REQUIRED_COLUMNS: readonly Column[] = ['author', 'rating', 'text']

/** Header names each column answers to, compared without case, accents, spaces or punctuation (headerKey). */
const ALIASES: Record<Column, string[]> = {
  author: ['author', 'autor', 'authorname', 'name', 'imie', 'imieinazwisko', 'nazwisko', 'klient', 'client', 'reviewer', 'podpis'],
  rating: ['rating', 'ocena', 'stars', 'gwiazdki', 'liczbagwiazdek', 'score', 'punkty'],
  text: ['text', 'tresc', 'content', 'opinia', 'trescopinii', 'review', 'testimonial', 'komentarz', 'tekst', 'recenzja'],
  date: ['date', 'data', 'givenat', 'datawystawienia', 'dataopinii', 'datadodania', 'dodano', 'created', 'createdat'],
}

/** `Treść opinii` -> `trescopinii`. */
export const headerKey = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

export type FileProblem =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'empty' }
  | { code: 'badCsv'; line: number }
  | { code: 'missingColumns'; columns: Column[] }
  | { code: 'noRows' }
  | { code: 'tooManyRows'; found: number; max: number }

export type TableRow = { row: number; cells: Partial<Record<Column, string>> }
export type Table = { labels: Partial<Record<Column, string>>; rows: TableRow[] }

/** The file's text. UTF-8 (a BOM is dropped) unless the bytes are not UTF-8, then Windows-1250. */
export const decodeText = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1250').decode(bytes)
  }
}

/** The separator the header line uses most, outside quotes: `;`, `,` or a tab (a comma when there is none). */
export const detectDelimiter = (text: string): ',' | ';' | '\t' => {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r') && counts[','] + counts[';'] + counts['\t'] > 0) break
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t'
  return ','
}

/** The line where a quoted cell opens and never closes (csv-parse reports the line where the file ends). */
export const unclosedQuoteLine = (text: string, delimiter: string): number | undefined => {
  let line = 1
  let openedAt: number | undefined
  let fieldStart = true
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (openedAt !== undefined) {
      if (char === '"' && text[i + 1] === '"') i++
      else if (char === '"') openedAt = undefined
      else if (char === '\n') line++
      continue
    }
    if (char === '"' && fieldStart) openedAt = line
    if (char === '\n') line++
    fieldStart = char === delimiter || char === '\n' || char === '\r'
  }
  return openedAt
}

const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '')

/** The rows of a decoded CSV text under its header, or what makes the file unusable as a whole. */
export const readTable = (text: string, { maxRows }: { maxRows: number }): Table | { problem: FileProblem } => {
  const delimiter = detectDelimiter(text)
  let records: string[][]
  try {
    records = parse(text, { delimiter, bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false })
  } catch (error) {
    const line = unclosedQuoteLine(text, delimiter) ?? (Number((error as { lines?: unknown }).lines) || 1)
    return { problem: { code: 'badCsv', line } }
  }
  const headerIndex = records.findIndex((record) => !isBlank(record))
  if (headerIndex < 0) return { problem: { code: 'empty' } }

  const positions: Partial<Record<Column, number>> = {}
  const labels: Partial<Record<Column, string>> = {}
  records[headerIndex].forEach((cell, index) => {
    const key = headerKey(cell)
    const column = COLUMNS.find((candidate) => ALIASES[candidate].includes(key))
    if (column && positions[column] === undefined) {
      positions[column] = index
      labels[column] = cell.trim()
    }
  })
  const missing = REQUIRED_COLUMNS.filter((column) => positions[column] === undefined)
  if (missing.length) return { problem: { code: 'missingColumns', columns: missing } }

  const rows: TableRow[] = []
  records.forEach((record, index) => {
    if (index <= headerIndex || isBlank(record)) return
    const cells: Partial<Record<Column, string>> = {}
    for (const column of COLUMNS) {
      const position = positions[column]
      if (position !== undefined) cells[column] = record[position] ?? ''
    }
    rows.push({ row: index + 1, cells })
  })
  if (!rows.length) return { problem: { code: 'noRows' } }
  if (rows.length > maxRows) return { problem: { code: 'tooManyRows', found: rows.length, max: maxRows } }
  return { labels, rows }
}
