/**
 * The terms of service are rich text (Lexical). Plain text — the terms written before, a seed's string, a test's
 * — becomes Lexical here: a paragraph per blank-line-separated block, its single line breaks kept. Pure: used by
 * the collection's hook (a string saved through the API) and by the migration that converted the stored texts.
 */
export type LexicalState = {
  root: { type: 'root'; version: 1; direction: 'ltr' | null; format: ''; indent: 0; children: LexicalNode[] }
}
type LexicalNode = { type: string; version: number; [key: string]: unknown }

const text = (value: string): LexicalNode => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 })
const linebreak = (): LexicalNode => ({ type: 'linebreak', version: 1 })

const paragraph = (block: string): LexicalNode => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: block.split('\n').flatMap((line, index) => (index === 0 ? [text(line)] : [linebreak(), text(line)])),
})

/** Whether a stored value is already a Lexical editor state (`{ root: { children: [...] } }`). */
export const isLexicalState = (value: unknown): value is LexicalState =>
  Boolean(value && typeof value === 'object' && 'root' in value && Array.isArray((value as { root?: { children?: unknown } }).root?.children))

/** `"Akapit 1\nciąg dalszy\n\nAkapit 2"` -> two paragraphs, the first with a line break. Blank text: no paragraphs. */
export const plainTextToLexical = (plain: string): LexicalState => {
  const blocks = plain
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
  return { root: { type: 'root', version: 1, direction: blocks.length ? 'ltr' : null, format: '', indent: 0, children: blocks.map(paragraph) } }
}

/** The text of a Lexical state, paragraphs separated by blank lines (for plain-text places: a test, a log line). */
export const lexicalToPlainText = (state: unknown): string => {
  if (!isLexicalState(state)) return typeof state === 'string' ? state : ''
  const inline = (node: LexicalNode): string =>
    node.type === 'linebreak'
      ? '\n'
      : typeof node.text === 'string'
        ? node.text
        : Array.isArray(node.children)
          ? (node.children as LexicalNode[]).map(inline).join('')
          : ''
  return state.root.children.map(inline).join('\n\n')
}
