/**
 * A campaign's Lexical body as email HTML with inline styles and as plain text (pure). Payload's own converters
 * (`convertLexicalToHTML`, `convertLexicalToPlaintext`) walk the tree; the block-level nodes are replaced here so
 * every element carries its style inline, links go through `linkFor` (the click-tracking rewrite, or unchanged)
 * and images point at absolute URLs.
 */
import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { sanitizeUrl } from 'payload/shared'

import { escapeHtml } from '@platform'
import { headingStyle, STYLE } from './styles'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Lexical's serialized state, as Payload stores it
export type LexicalBody = { root: { children: any[]; [key: string]: unknown } } | null | undefined

export type BodyOptions = {
  /** The address written into the email for a link's href (the tracked click address, or the href itself). */
  linkFor: (href: string) => string
  /** Base of relative media URLs (`/api/media-assets/file/…`): the platform's public URL. */
  serverURL: string
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const style = (own: string, provided: string) => ` style="${own}${provided ? provided.replace(/"/g, '') : ''}"`

/** An absolute http(s) URL, or undefined for anything else (javascript:, data:, relative without a base). */
export const absoluteUrl = (url: string | null | undefined, serverURL: string): string | undefined => {
  if (!url) return undefined
  try {
    const absolute = new URL(url, `${serverURL.replace(/\/+$/, '')}/`)
    return absolute.protocol === 'http:' || absolute.protocol === 'https:' ? absolute.toString() : undefined
  } catch {
    return undefined
  }
}

/** The href a link node names (internal links have no public address in an email: they stay plain text). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a serialized link node
const hrefOf = (node: any): string | undefined => {
  if (node?.fields?.linkType === 'internal') return undefined
  const url = typeof node?.fields?.url === 'string' ? node.fields.url.trim() : ''
  if (!url) return undefined
  const safe = sanitizeUrl(url)
  return safe === 'about:blank' || safe === '#' ? undefined : safe
}

const htmlConverters = ({ linkFor, serverURL }: BodyOptions): HTMLConverters => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- link and autolink share the converter
  const link = ({ node, nodesToHTML }: any) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const href = hrefOf(node)
    return href ? `<a href="${escapeHtml(linkFor(href))}" style="${STYLE.a}" target="_blank" rel="noopener">${children}</a>` : children
  }
  return {
    ...defaultHTMLConverters,
    paragraph: ({ node, nodesToHTML, providedCSSString }) => {
      const children = nodesToHTML({ nodes: node.children }).join('')
      return `<p${style(STYLE.p, providedCSSString)}>${children || '&nbsp;'}</p>`
    },
    heading: ({ node, nodesToHTML, providedCSSString }) => {
      const tag = HEADINGS.has(node.tag) ? node.tag : 'h2'
      return `<${tag}${style(headingStyle(tag), providedCSSString)}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
    },
    list: ({ node, nodesToHTML }) => {
      const tag = node.tag === 'ol' ? 'ol' : 'ul'
      return `<${tag} style="${STYLE.list}">${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
    },
    listitem: ({ node, nodesToHTML }) => {
      const nested = node.children.some((child: { type?: string }) => child.type === 'list')
      return `<li style="${STYLE.li}${nested ? 'list-style-type:none;' : ''}">${nodesToHTML({ nodes: node.children }).join('')}</li>`
    },
    quote: ({ node, nodesToHTML }) => `<blockquote style="${STYLE.quote}">${nodesToHTML({ nodes: node.children }).join('')}</blockquote>`,
    horizontalrule: `<hr style="${STYLE.hr}" />`,
    link,
    autolink: link,
    upload: ({ node }) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a populated upload (the campaign is read with depth 1)
      const doc = node.value as any
      if (!doc || typeof doc !== 'object' || !String(doc.mimeType ?? '').startsWith('image/')) return ''
      const src = absoluteUrl(doc.url, serverURL)
      if (!src) return ''
      const alt = escapeHtml(String(node.fields?.alt ?? doc.alt ?? ''))
      const width = Number(doc.width) > 0 ? ` width="${Math.min(552, Number(doc.width))}"` : ''
      return `<img src="${escapeHtml(src)}" alt="${alt}"${width} style="${STYLE.img}" />`
    },
    // Blocks and anything else the editor may hold: their text, never a placeholder.
    unknown: ({ node, nodesToHTML }) => {
      const children = (node as { children?: unknown }).children
      return Array.isArray(children) ? nodesToHTML({ nodes: children }).join('') : ''
    },
  }
}

const plaintextConverters = ({ linkFor }: BodyOptions): PlaintextConverters => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- link and autolink share the converter
  const link = ({ node, nodesToPlaintext }: any) => {
    const text = nodesToPlaintext({ nodes: node.children }).join('')
    const href = hrefOf(node)
    return href ? (text && text !== href ? `${text} (${linkFor(href)})` : linkFor(href)) : text
  }
  return {
    link,
    autolink: link,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- list item markers
    listitem: ({ node, nodesToPlaintext, parent }: any) =>
      `\n${parent?.listType === 'number' ? `${node.value ?? 1}.` : '-'} ${nodesToPlaintext({ nodes: node.children }).join('')}`,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- quoted text
    quote: ({ node, nodesToPlaintext }: any) => `\n\n> ${nodesToPlaintext({ nodes: node.children }).join('').replace(/\n/g, '\n> ')}`,
    horizontalrule: '\n\n----',
    upload: () => '',
  }
}

export const bodyToHtml = (body: LexicalBody, options: BodyOptions): string =>
  body?.root ? convertLexicalToHTML({ data: body as never, converters: htmlConverters(options), disableContainer: true }) : ''

export const bodyToText = (body: LexicalBody, options: BodyOptions): string =>
  body?.root
    ? convertLexicalToPlaintext({ data: body as never, converters: plaintextConverters(options) })
        .replace(/[ \t]+\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : ''
