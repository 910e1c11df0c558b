/**
 * An event's rich-text description (Lexical, as Payload stores it) for visitors (pure): HTML for the page and
 * plain text for schema.org and the calendar file. Payload's own converters walk the tree and escape text;
 * links pass through Payload's `sanitizeUrl` (no `javascript:`), open in a new tab only with `noopener`;
 * uploads inside the text (private media URLs) and unknown nodes are left out but for their text.
 */
import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { sanitizeUrl } from 'payload/shared'

import { escapeHtml } from '@platform'

type Node = { children?: unknown[]; fields?: { url?: unknown; linkType?: unknown; newTab?: unknown }; tag?: unknown }
type Lexical = { root: { children: unknown[] } }

const isLexical = (value: unknown): value is Lexical =>
  Boolean(value) && typeof value === 'object' && Array.isArray((value as { root?: { children?: unknown } }).root?.children)

const hrefOf = (node: Node): string | undefined => {
  if (node.fields?.linkType === 'internal') return undefined
  const url = typeof node.fields?.url === 'string' ? node.fields.url.trim() : ''
  const safe = url ? sanitizeUrl(url) : ''
  return safe && safe !== 'about:blank' && safe !== '#' ? safe : undefined
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Lexical's converter arguments, one shape for link and autolink
const link = ({ node, nodesToHTML }: any) => {
  const children = nodesToHTML({ nodes: node.children }).join('')
  const href = hrefOf(node as Node)
  return href ? `<a href="${escapeHtml(href)}" rel="noopener nofollow"${(node as Node).fields?.newTab ? ' target="_blank"' : ''}>${children}</a>` : children
}

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6'])

const converters: HTMLConverters = {
  ...defaultHTMLConverters,
  link,
  autolink: link,
  // The page's own h1 is the title: headings in the text start at h2.
  heading: ({ node, nodesToHTML }) => {
    const tag = HEADINGS.has(String(node.tag)) ? node.tag : 'h2'
    return `<${tag}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
  },
  upload: () => '',
  unknown: ({ node, nodesToHTML }) => {
    const children = (node as Node).children
    return Array.isArray(children) ? nodesToHTML({ nodes: children as never }).join('') : ''
  },
}

export const descriptionHtml = (value: unknown): string =>
  isLexical(value) ? convertLexicalToHTML({ data: value as never, converters, disableContainer: true }) : ''

/** Plain text, paragraphs separated by blank lines, at most `max` characters (cut at a word, with `…`). */
export const descriptionText = (value: unknown, max = 5000): string => {
  if (!isLexical(value)) return ''
  const text = convertLexicalToPlaintext({ data: value as never, converters: { upload: () => '' } })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
  if (text.length <= max) return text
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
