/**
 * The small server-rendered HTML pages an endpoint answers with itself, outside the public sites: the page behind
 * an emailed link (confirm, unsubscribe, an invitation's form), or the answer for a link that cannot be used. They
 * often carry a token in their address, so every such page is private: never cached (`no-store`), never indexed
 * (`noindex`, in the head and as `X-Robots-Tag`), and the address never leaks as a referrer. No script or
 * stylesheet from elsewhere (no CDN at runtime): the style is inline.
 */
import { escapeHtml } from './escapeHtml'

/** The default look: one readable column in the system font; `.site` is the site's name above the heading. */
export const PAGE_STYLE =
  'body{font-family:system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}' +
  'h1{font-size:1.5rem}a{color:#1d4ed8}.site{color:#6b7280}'

export type HtmlDocument = {
  /** The page's language, `<html lang>` (`pl`, `en`). */
  lang: string
  /** The document's title, plain text (escaped here). */
  title: string
  /** The markup inside `<body>`, trusted: every value in it escaped with `escapeHtml` (`messageHtml` makes the usual one). */
  body: string
  /** CSS for one inline `<style>` in the head (the page's own constants); default `PAGE_STYLE`. */
  style?: string
}

export type HtmlPageOptions = HtmlDocument & {
  /** Default 200. */
  status?: number
  /** More headers, or replacements for the defaults (e.g. a `Content-Security-Policy` for a page with a form). */
  headers?: Record<string, string>
}

/** The headers every private page carries. */
const PRIVATE_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
}

/** The whole document as text (what `htmlPage` answers with), for a test that reads the HTML. */
export const htmlDocument = ({ lang, title, body, style = PAGE_STYLE }: HtmlDocument): string => `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
${style ? `<style>${style}</style>\n` : ''}</head>
<body>
${body}
</body>
</html>
`

/** The answer: the document with the private page's headers (`headers` added or replacing them, names in any case). */
export const htmlPage = ({ status = 200, headers = {}, ...document }: HtmlPageOptions): Response => {
  const all = new Headers(PRIVATE_PAGE_HEADERS)
  for (const [name, value] of Object.entries(headers)) all.set(name, value)
  return new Response(htmlDocument(document), { status, headers: all })
}

export type PageMessage = {
  /** The heading, plain text. */
  title: string
  /** Paragraphs of plain text. */
  paragraphs?: string[]
  /** The site the page is about, above the heading. */
  siteName?: string
  /** Trusted markup after the paragraphs (a form), its values escaped with `escapeHtml`. */
  html?: string
  /** A way on, after everything (e.g. to the site). */
  link?: { href: string; label: string }
}

/** The usual body of such a page, `<main>`: the site's name, the heading, the paragraphs, `html`, the link; all escaped but `html`. */
export const messageHtml = ({ title, paragraphs = [], siteName, html = '', link }: PageMessage): string =>
  [
    '<main>',
    ...(siteName ? [`<p class="site">${escapeHtml(siteName)}</p>`] : []),
    `<h1>${escapeHtml(title)}</h1>`,
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
    ...(html ? [html.replace(/\n$/, '')] : []),
    ...(link ? [`<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`] : []),
    '</main>',
  ].join('\n')
