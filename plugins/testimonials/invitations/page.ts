/**
 * The invitation's pages (pure): the form, the thank-you, the "don't ask me again" confirmation, and the
 * used / expired / unknown link answers. Plain HTML with inline styles (no scripts, no framework, no CDN),
 * escaped values, in the site's brand colour; answered as the platform's private pages (`htmlPage`). Phones first:
 * one column, 16 px inputs (no zoom on iOS), stars as 44 px targets.
 */
import { escapeHtml, messageHtml, type HtmlDocument } from '@platform'
import { LIMITS, RATINGS } from '../slugs'
import { PAGE_TEXTS, type PageLocale } from './pageTexts'

const DEFAULT_BRAND = '#1d4ed8'

/** The brand colour for bars and buttons, and a readable text colour on it (WCAG relative luminance). */
export const brandColors = (hex: unknown): { background: string; text: string } => {
  const match = typeof hex === 'string' ? /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim()) : null
  if (!match) return { background: DEFAULT_BRAND, text: '#ffffff' }
  const digits = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1]
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(digits.slice(at, at + 2), 16) / 255
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
  })
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  // White text needs contrast (1.05 / (L + 0.05)) of at least 4.5, i.e. L up to about 0.18; darker text otherwise.
  return { background: `#${digits.toLowerCase()}`, text: luminance <= 0.18 ? '#ffffff' : '#111827' }
}

const style = (brand: { background: string; text: string }) =>
  'html{-webkit-text-size-adjust:100%}*{box-sizing:border-box}' +
  'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5;color:#1f2937;background:#f9fafb}' +
  `header{background:${brand.background};color:${brand.text};padding:.9rem 1rem}` +
  'header .bar{max-width:36rem;margin:0 auto;display:flex;justify-content:space-between;align-items:center;gap:1rem}' +
  `header .site{font-weight:600;font-size:1.05rem}header a{color:${brand.text};font-size:.9rem}` +
  'main{max-width:36rem;margin:0 auto;padding:1.5rem 1rem 3rem}h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 1rem}' +
  'label,legend{font-weight:600;display:block;margin:0 0 .35rem;padding:0}' +
  'input[type=text],textarea{width:100%;font:inherit;font-size:16px;padding:.65rem .75rem;border:1px solid #9ca3af;border-radius:8px;background:#fff;color:inherit}' +
  'textarea{min-height:9rem;resize:vertical}.field{margin:0 0 1.25rem}.hint{color:#4b5563;font-size:.9rem;margin:.3rem 0 0}' +
  'fieldset{border:0;padding:0;margin:0 0 1.25rem}' +
  '.stars{display:flex;gap:.25rem}.stars input{position:absolute;opacity:0;width:1px;height:1px}' +
  '.stars label{font-size:2.25rem;line-height:1;width:2.75rem;height:2.75rem;display:flex;align-items:center;justify-content:center;color:#d1d5db;cursor:pointer;margin:0;border-radius:8px}' +
  '.stars input:checked+label,.stars label:hover{color:#f59e0b}' +
  '.stars:has(input[value="2"]:checked) label:nth-of-type(-n+2),.stars:has(input[value="3"]:checked) label:nth-of-type(-n+3),' +
  '.stars:has(input[value="4"]:checked) label:nth-of-type(-n+4),.stars:has(input[value="5"]:checked) label:nth-of-type(-n+5){color:#f59e0b}' +
  `.stars input:focus-visible+label{outline:3px solid ${brand.background};outline-offset:2px}` +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}' +
  '.consent{display:flex;gap:.6rem;align-items:flex-start;font-weight:400}.consent input{width:1.25rem;height:1.25rem;margin:.15rem 0 0;flex:none}' +
  `button{font:inherit;font-weight:600;padding:.75rem 1.25rem;border-radius:8px;border:0;background:${brand.background};color:${brand.text};cursor:pointer;width:100%}` +
  '.errors{border:2px solid #b91c1c;border-radius:8px;padding:.75rem 1rem;margin:0 0 1.25rem;background:#fef2f2}.errors p{margin:0;font-weight:600}' +
  '.errors ul{margin:.4rem 0 0;padding-left:1.2rem}.error{color:#b91c1c;font-size:.9rem;margin:.3rem 0 0}' +
  '.small{color:#4b5563;font-size:.9rem}a{color:#1d4ed8}'

export type PageShell = {
  locale: PageLocale
  siteName: string
  brandColor?: unknown
  title: string
  /** Paragraphs of plain text (escaped here). */
  paragraphs?: string[]
  /** Trusted markup made by the functions below, after the paragraphs. */
  bodyHtml?: string
  /** The same page in the other language (the form keeps its place). */
  otherLanguageHref?: string
  link?: { href: string; label: string }
}

/** The page in the site's brand (the platform's `htmlPage` makes it a private answer: no-store, noindex, no referrer). */
export const invitationPage = ({ locale, siteName, brandColor, title, paragraphs, bodyHtml, otherLanguageHref, link }: PageShell): HtmlDocument => {
  const other: PageLocale = locale === 'pl' ? 'en' : 'pl'
  const languageLink = otherLanguageHref
    ? `<a href="${escapeHtml(otherLanguageHref)}" lang="${other}" hreflang="${other}">${escapeHtml(PAGE_TEXTS[other].languageName)}</a>`
    : ''
  return {
    lang: locale,
    title: `${title} · ${siteName}`,
    style: style(brandColors(brandColor)),
    body: `<header><div class="bar"><span class="site">${escapeHtml(siteName)}</span>${languageLink}</div></header>\n${messageHtml({ title, paragraphs, html: bodyHtml, link })}`,
  }
}

export type FormValues = { name: string; rating?: number; content: string; consent: boolean }
export type FormField = keyof FormValues
export type FormErrors = Partial<Record<FormField, string>>

const describedBy = (field: FormField, errors: FormErrors, hint?: string) => {
  const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean)
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : ''
}
const invalid = (field: FormField, errors: FormErrors) => (errors[field] ? ' aria-invalid="true"' : '')
const errorLine = (field: FormField, errors: FormErrors) => (errors[field] ? `<p class="error" id="${field}-error">${escapeHtml(errors[field]!)}</p>` : '')

/** The testimonial form: name (pre-filled), star rating (radios in a fieldset), text, consent; errors listed first. */
export const invitationForm = ({
  locale,
  action,
  siteName,
  values,
  errors = {},
  optOutHref,
}: {
  locale: PageLocale
  action: string
  siteName: string
  values: FormValues
  errors?: FormErrors
  optOutHref: string
}): string => {
  const text = PAGE_TEXTS[locale]
  const listed = Object.values(errors).filter(Boolean) as string[]
  const stars = RATINGS.map(
    (value) =>
      `<input type="radio" id="rating-${value}" name="rating" value="${value}"${values.rating === value ? ' checked' : ''}${value === 1 ? ' required' : ''}>` +
      `<label for="rating-${value}"><span aria-hidden="true">★</span><span class="sr">${escapeHtml(text.stars(value))}</span></label>`,
  ).join('')
  return `${
    listed.length
      ? `<div class="errors" role="alert"><p>${escapeHtml(text.errorsTitle)}</p><ul>${listed.map((message) => `<li>${escapeHtml(message)}</li>`).join('')}</ul></div>\n`
      : ''
  }<form method="post" action="${escapeHtml(action)}" novalidate>
<div class="field"><label for="name">${escapeHtml(text.nameLabel)}</label>
<input type="text" id="name" name="name" autocomplete="name" maxlength="${LIMITS.authorName}" required value="${escapeHtml(values.name)}"${invalid('name', errors)}${describedBy('name', errors)}>
${errorLine('name', errors)}</div>
<fieldset${errors.rating ? ' aria-describedby="rating-error"' : ''}><legend>${escapeHtml(text.ratingLegend)}</legend>
<div class="stars">${stars}</div>
${errorLine('rating', errors)}</fieldset>
<div class="field"><label for="content">${escapeHtml(text.contentLabel)}</label>
<textarea id="content" name="content" maxlength="${LIMITS.content}" required${invalid('content', errors)}${describedBy('content', errors, 'content-hint')}>${escapeHtml(values.content)}</textarea>
<p class="hint" id="content-hint">${escapeHtml(text.contentHint(LIMITS.content))}</p>
${errorLine('content', errors)}</div>
<div class="field"><label class="consent"><input type="checkbox" name="consent" value="yes" required${values.consent ? ' checked' : ''}${invalid('consent', errors)}${describedBy('consent', errors)}> <span>${escapeHtml(text.consent(siteName))}</span></label>
${errorLine('consent', errors)}</div>
<p class="small">${escapeHtml(text.privacy)}</p>
<button type="submit">${escapeHtml(text.submit)}</button>
</form>
<p class="small"><a href="${escapeHtml(optOutHref)}">${escapeHtml(text.optOutLink)}</a></p>
`
}

/** "Don't ask me again": one button, so a link scanner's GET records nothing. */
export const optOutForm = ({ locale, action }: { locale: PageLocale; action: string }): string =>
  `<form method="post" action="${escapeHtml(action)}">
<button type="submit">${escapeHtml(PAGE_TEXTS[locale].optOutButton)}</button>
</form>
`
