/**
 * The frame of every newsletter email (pure): one centred column, the content, a footer in the recipient's
 * language with the site's name, the preferences and unsubscribe links, and the open pixel when the email is
 * tracked. No <style>, no external CSS, fonts or scripts: mail apps keep inline styles only.
 */
import { escapeHtml } from '@platform'
import { STYLE } from './styles'
import { EMAIL_TEXT, fill, type EmailLocale } from './texts'

export type RecipientLinks = { preferencesUrl: string; unsubscribeUrl: string }

export type LayoutInput = {
  subject: string
  locale: EmailLocale
  siteName: string
  contentHtml: string
  contentText: string
  links: RecipientLinks
  /** The open pixel's address; absent when the site does not track individual subscribers. */
  pixelUrl?: string
}

export const renderLayout = ({ subject, locale, siteName, contentHtml, contentText, links, pixelUrl }: LayoutInput): { html: string; text: string } => {
  const words = EMAIL_TEXT[locale]
  const why = fill(words.why, { site: siteName })
  const html =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8" />` +
    `<meta name="viewport" content="width=device-width, initial-scale=1" /><title>${escapeHtml(subject)}</title></head>` +
    `<body style="${STYLE.body}"><div style="${STYLE.outer}">` +
    `<div style="${STYLE.card}">${contentHtml}</div>` +
    `<div style="${STYLE.footer}"><p style="margin:0 0 8px 0;">${escapeHtml(why)}</p><p style="margin:0;">` +
    `<a href="${escapeHtml(links.preferencesUrl)}" style="${STYLE.footerLink}">${words.preferences}</a> · ` +
    `<a href="${escapeHtml(links.unsubscribeUrl)}" style="${STYLE.footerLink}">${words.unsubscribe}</a></p></div>` +
    `</div>${pixelUrl ? `<img src="${escapeHtml(pixelUrl)}" width="1" height="1" alt="" style="${STYLE.pixel}" />` : ''}</body></html>`
  const text = `${contentText}\n\n${why}\n${words.preferences}: ${links.preferencesUrl}\n${words.unsubscribe}: ${links.unsubscribeUrl}\n`
  return { html, text }
}
