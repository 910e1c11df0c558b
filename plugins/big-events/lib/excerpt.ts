/**
 * A short plain-text excerpt of a rich-text (Lexical) description, for an email (pure): the text of its blocks
 * in order, joined by spaces, cut at a word boundary with an ellipsis.
 */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const blockText = (node: LexicalNode): string =>
  typeof node.text === 'string' ? node.text : node.type === 'linebreak' ? ' ' : (node.children ?? []).map(blockText).join('')

export const richTextExcerpt = (value: unknown, maxLength = 300): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return ''
  const text = root.children
    .map(blockText)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ')
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength)
  const space = cut.lastIndexOf(' ')
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}
