/**
 * The subscriber's pages behind the emailed links (pure): confirmation, preferences and unsubscribe, in the
 * subscriber's language. Plain HTML with inline styles (no scripts, no CDN), escaped values, `noindex`, no
 * referrer (the token is in the address). Forms post back to the same address (the token is the credential).
 */
import { FREQUENCIES, type Frequency } from '../slugs'
import { FREQUENCY_LABELS } from './frequency'

export type PageLocale = 'pl' | 'en'

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}' +
  'h1{font-size:1.5rem}button{font:inherit;padding:.55rem 1.1rem;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}' +
  'button.secondary{background:#fff;color:#b91c1c;border-color:#b91c1c}fieldset{border:1px solid #d1d5db;border-radius:6px;margin:1rem 0}' +
  'label{display:block;margin:.3rem 0}form{margin:1rem 0}a{color:#1d4ed8}.site{color:#6b7280}'

export type PageContent = {
  locale: PageLocale
  title: string
  /** Paragraphs of plain text (escaped here). */
  paragraphs: string[]
  /** Names the site the page is about. */
  siteName?: string
  /** Trusted markup made by the functions below (forms), placed after the paragraphs. */
  formHtml?: string
  link?: { href: string; label: string }
}

export const renderPage = ({ locale, title, paragraphs, siteName, formHtml = '', link }: PageContent): string => `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${siteName ? `<p class="site">${escapeHtml(siteName)}</p>\n` : ''}<h1>${escapeHtml(title)}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
${formHtml}${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}
</main>
</body>
</html>
`

export const htmlResponse = (html: string, status = 200): Response =>
  new Response(html, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    },
  })

const FORM_TEXT = {
  pl: { legend: 'Jak często chcesz dostawać newsletter?', save: 'Zapisz zmiany', unsubscribe: 'Wypisz mnie z newslettera', confirm: 'Tak, wypisz mnie' },
  en: { legend: 'How often would you like the newsletter?', save: 'Save changes', unsubscribe: 'Unsubscribe me', confirm: 'Yes, unsubscribe me' },
}

/** The preferences form: the frequency choice (current one checked) and, apart, the unsubscribe button. */
export const preferencesForm = ({ locale, action, current }: { locale: PageLocale; action: string; current: Frequency }): string => {
  const text = FORM_TEXT[locale]
  const options = FREQUENCIES.map(
    (value) =>
      `<label><input type="radio" name="frequency" value="${value}"${value === current ? ' checked' : ''}> ${escapeHtml(FREQUENCY_LABELS[locale][value])}</label>`,
  ).join('\n')
  return `<form method="post" action="${escapeHtml(action)}">
<fieldset><legend>${escapeHtml(text.legend)}</legend>
${options}
</fieldset>
<button type="submit" name="action" value="save">${escapeHtml(text.save)}</button>
</form>
<form method="post" action="${escapeHtml(action)}">
<button class="secondary" type="submit" name="action" value="unsubscribe">${escapeHtml(text.unsubscribe)}</button>
</form>
`
}

/** The unsubscribe confirmation: one button, so a link scanner's GET unsubscribes nobody. */
export const unsubscribeForm = ({ locale, action }: { locale: PageLocale; action: string }): string =>
  `<form method="post" action="${escapeHtml(action)}">
<button class="secondary" type="submit" name="List-Unsubscribe" value="One-Click">${escapeHtml(FORM_TEXT[locale].confirm)}</button>
</form>
`
