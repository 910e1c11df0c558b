/**
 * A whole CSV upload read for import: the size limit, the table (readTable.ts), every row checked
 * (validateRow.ts), and the rows split into new ones and duplicates of what the site has or of an earlier row of
 * the same file. Pure: the endpoint brings the bytes, today's date and the keys of the site's testimonials.
 */
import { decodeText, readTable, type Column, type FileProblem } from './readTable'
import { duplicateKey, validateRow, type ImportRow, type RowError, type RowLimits } from './validateRow'

/** Limits of one upload: 512 KB and 1000 testimonials (about what a practice collects in years). */
export const IMPORT_LIMITS = { maxBytes: 512 * 1024, maxRows: 1000 } as const

export type ImportReading = { problem: FileProblem } | { labels: Partial<Record<Column, string>>; rows: ImportRow[]; errors: RowError[] }

export const readImport = ({
  bytes,
  today,
  limits,
  maxBytes = IMPORT_LIMITS.maxBytes,
  maxRows = IMPORT_LIMITS.maxRows,
}: {
  bytes: Uint8Array
  today: string
  limits: RowLimits
  maxBytes?: number
  maxRows?: number
}): ImportReading => {
  if (bytes.byteLength > maxBytes) return { problem: { code: 'tooLarge', maxBytes } }
  if (bytes.byteLength === 0) return { problem: { code: 'empty' } }
  const table = readTable(decodeText(bytes), { maxRows })
  if ('problem' in table) return table
  const rows: ImportRow[] = []
  const errors: RowError[] = []
  for (const tableRow of table.rows) {
    const checked = validateRow(tableRow, { limits, today })
    if (Array.isArray(checked)) errors.push(...checked)
    else rows.push(checked)
  }
  return { labels: table.labels, rows, errors }
}

/** Rows the site does not have yet, and those it has (or that repeat an earlier row of the file). */
export const splitDuplicates = (rows: ImportRow[], existingKeys: Iterable<string>): { fresh: ImportRow[]; duplicates: ImportRow[] } => {
  const seen = new Set(existingKeys)
  const fresh: ImportRow[] = []
  const duplicates: ImportRow[] = []
  for (const row of rows) {
    const key = duplicateKey(row.authorName, row.content)
    if (seen.has(key)) duplicates.push(row)
    else {
      seen.add(key)
      fresh.push(row)
    }
  }
  return { fresh, duplicates }
}
