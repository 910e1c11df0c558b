/**
 * Pure: where a compile error points ("Line 3, column 11: …" / "Wiersz 3, kolumna 11: …", columns from 1),
 * that line of the source with a caret under the column, and the offset a textarea selects to go there.
 */
export type ErrorPlace = { line: number; column: number }

export const errorPlace = (message: string | undefined): ErrorPlace | undefined => {
  const match = /^(?:Line|Wiersz) (\d+), (?:column|kolumna) (\d+): /.exec(message ?? '')
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined
}

/** The line's text, the caret line under the column (tabs kept so it lines up), and the offset of that place in `source`. */
export const errorExcerpt = (source: string, { line, column }: ErrorPlace): { text: string; caret: string; offset: number } | undefined => {
  const lines = source.split('\n')
  if (line < 1 || line > lines.length) return undefined
  const text = lines[line - 1]
  const at = Math.min(Math.max(column - 1, 0), text.length)
  const caret = `${text.slice(0, at).replace(/[^\t]/g, ' ')}^`
  const offset = lines.slice(0, line - 1).reduce((sum, item) => sum + item.length + 1, 0) + at
  return { text, caret, offset }
}
