/**
 * CSV (RFC 4180) for spreadsheets (pure): comma-separated, CRLF lines, a UTF-8 byte-order mark (so Excel reads
 * Polish letters), fields with a comma, quote or line break quoted with doubled quotes. A cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet never runs it as a formula
 * (CSV injection: a subscriber may type `=HYPERLINK(…)` into a form).
 */
export type Cell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

export const csvCell = (value: Cell): string => {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvLine = (cells: Cell[]): string => cells.map(csvCell).join(',')

export const toCsv = (header: string[], rows: Cell[][]): string => `\uFEFF${[header, ...rows].map(csvLine).join('\r\n')}\r\n`
