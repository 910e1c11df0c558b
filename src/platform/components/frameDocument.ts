/**
 * The HTML document a custom component runs in, and the headers that sandbox
 * it. The Content-Security-Policy `sandbox allow-scripts` gives the document an
 * opaque origin even when it is opened directly (not only inside an
 * `<iframe sandbox>`), so owner code can never read the platform's cookies,
 * storage or admin; the only script allowed is the inline one, by its hash.
 */
import { createHash } from 'node:crypto'

import { escapeHtml } from '../http/escapeHtml'

export const scriptHash = (js: string): string => `sha256-${createHash('sha256').update(js, 'utf8').digest('base64')}`

export const frameCsp = (js: string): string =>
  [
    'sandbox allow-scripts',
    "default-src 'none'",
    `script-src '${scriptHash(js)}'`,
    "style-src 'unsafe-inline'",
    'img-src data: https:',
    'font-src data:',
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
    // Framed only by the platform's own pages (a public site shows it from its own origin, the admin previews it);
    // this replaces the default X-Frame-Options (src/platform/http/securityHeaders.ts).
    "frame-ancestors 'self'",
  ].join('; ')

const escapeAttribute = (value: string) => value.replace(/[^a-zA-Z0-9-]/g, '')

/** A complete document: `#root` and the compiled script inline (the compiler already refused `</script` and `<!--`). */
export const frameHtml = ({ js, lang, title }: { js: string; lang: 'pl' | 'en'; title: string }): string => {
  return (
    `<!doctype html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
    '<style>html,body{margin:0;padding:0;background:transparent}</style></head>' +
    `<body><div id="root"></div><script>${js}</script></body></html>`
  )
}

/** The language a frame address asks for (`?lang=`): English only when asked, Polish otherwise. */
export const frameLang = (value: string | null | undefined): 'pl' | 'en' => (value === 'en' ? 'en' : 'pl')

/** Headers shared by every answer with a component in it; `cache` differs for published and preview. */
export const frameHeaders = (js: string, cache: string): Record<string, string> => ({
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': frameCsp(js),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': cache,
  // The answer differs for a frame and a top-level load (frameEndpoint.ts), and it is cached publicly.
  Vary: 'Sec-Fetch-Dest',
})

/**
 * Whether a request may get the frame: only into an `<iframe>`. Opened as a
 * page, the component's own script could send the visitor anywhere from the
 * platform's address (an open redirect); the sandbox stops that only inside a
 * frame. Browsers send `Sec-Fetch-Dest`; a client that sends none is not a
 * browser a visitor could be sent to, and gets the frame.
 */
export const mayServeFrame = (secFetchDest: string | null | undefined): boolean => !secFetchDest || secFetchDest.trim().toLowerCase() === 'iframe'

/** The short page a top-level load gets instead of the component. */
export const notInFrameHtml = (lang: 'pl' | 'en'): string =>
  lang === 'en'
    ? '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not available</title></head><body><p>This component can be shown only inside the page it belongs to.</p></body></html>'
    : '<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Niedostępne</title></head><body><p>Ten komponent można wyświetlić tylko na stronie, do której należy.</p></body></html>'
