/**
 * The widget as HTML: a pure function of the loaded data and the options. The iframe page wraps the fragment in
 * a document of its own; the script embed puts the same fragment and CSS into a shadow root. Every text that
 * comes from a person (author, testimonial, reply, site name) is escaped here, once.
 */
import { createHash } from 'node:crypto'

import { escapeHtml } from '@platform'
import type { WidgetLang, WidgetLayout, WidgetTheme } from './options'
import { HEIGHT_MESSAGE } from './protocol'
import { widgetCss } from './styles'
import { averageLabel, averageText, countText, dateText, ratingLabel, widgetTexts } from './texts'

/** One approved testimonial as the widget shows it (never an email address or an id). */
export type WidgetTestimonial = {
  authorName: string
  rating: number
  content: string
  reply: string | null
  isFeatured: boolean
  isVerifiedClient: boolean
  isEmailVerified: boolean
  /** ISO date: when it was given (or stored, for those without a date). */
  givenAt: string
}

export type WidgetData = {
  site: { name: string; identifier: string; url: string }
  lang: WidgetLang
  /** The site's theme colour, already checked (styles.ts `accentColour`). */
  accent: string
  totalCount: number
  /** Over every approved testimonial; null when there are none. */
  averageRating: number | null
  testimonials: WidgetTestimonial[]
}

export type RenderOptions = { theme: WidgetTheme; layout: WidgetLayout }

/** Paragraphs at blank lines, line breaks kept inside them. */
const paragraphs = (text: string): string =>
  text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((part) => `<p>${escapeHtml(part.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('')

const clampRating = (rating: number) => Math.min(5, Math.max(0, Math.round(Number.isFinite(rating) ? rating : 0)))

/** Five stars, `filled` of them lit; `label` is what a screen reader says instead. */
const stars = (filled: number, label?: string): string => {
  const lit = clampRating(filled)
  const glyphs = `<span class="tw-on">${'★'.repeat(lit)}</span><span class="tw-off">${'★'.repeat(5 - lit)}</span>`
  return label
    ? `<span class="tw-stars" role="img" aria-label="${escapeHtml(label)}">${glyphs}</span>`
    : `<span class="tw-stars" aria-hidden="true">${glyphs}</span>`
}

const card = (item: WidgetTestimonial, lang: WidgetLang): string => {
  const texts = widgetTexts(lang)
  const badges = [
    item.isFeatured ? `<span class="tw-badge tw-badge--featured">${texts.featured}</span>` : '',
    item.isVerifiedClient
      ? `<span class="tw-badge">${texts.verifiedClient}</span>`
      : item.isEmailVerified
        ? `<span class="tw-badge">${texts.verifiedEmail}</span>`
        : '',
  ].join('')
  const reply = item.reply?.trim() ? `<div class="tw-reply"><span class="tw-reply-label">${texts.reply}</span>${paragraphs(item.reply)}</div>` : ''
  const day = item.givenAt.slice(0, 10)
  return [
    `<li class="tw-card${item.isFeatured ? ' tw-card--featured' : ''}">`,
    stars(item.rating, ratingLabel(clampRating(item.rating), lang)),
    `<blockquote class="tw-content">${paragraphs(item.content)}</blockquote>`,
    `<p class="tw-author"><span class="tw-name">${escapeHtml(item.authorName)}</span>${badges}`,
    `<time class="tw-date" datetime="${escapeHtml(day)}">${escapeHtml(dateText(item.givenAt, lang))}</time></p>`,
    reply,
    '</li>',
  ].join('')
}

/** The widget's markup (no document around it). */
export const renderWidgetHtml = (data: WidgetData, { layout, theme }: RenderOptions): string => {
  const { lang } = data
  const texts = widgetTexts(lang)
  const summary =
    data.averageRating !== null && data.totalCount > 0
      ? [
          '<p class="tw-summary">',
          stars(data.averageRating, averageLabel(data.averageRating, lang)),
          `<span class="tw-average" aria-hidden="true">${averageText(data.averageRating, lang)}</span>`,
          `<span class="tw-count">${escapeHtml(countText(data.totalCount, lang))}</span>`,
          '</p>',
        ].join('')
      : ''
  const body = data.testimonials.length
    ? `<ul class="tw-list">${data.testimonials.map((item) => card(item, lang)).join('')}</ul>`
    : `<p class="tw-empty">${texts.empty}</p>`
  const link = /^https?:\/\//i.test(data.site.url)
    ? `<a href="${escapeHtml(data.site.url)}" target="_blank" rel="noopener">${escapeHtml(data.site.name)}</a>`
    : escapeHtml(data.site.name)
  return [
    `<section class="tw tw--${theme} tw--${layout}" lang="${lang}" aria-label="${escapeHtml(`${texts.title}: ${data.site.name}`)}">`,
    summary,
    body,
    `<p class="tw-foot">${texts.source} ${link}</p>`,
    '</section>',
  ].join('')
}

/** The iframe page's one script: tells the embedding page its height whenever it changes (snippets.ts listens). */
export const HEIGHT_SCRIPT = `(function(){var last=-1;function send(){var h=Math.ceil(document.body.getBoundingClientRect().height);if(h!==last&&window.parent!==window){last=h;window.parent.postMessage({type:"${HEIGHT_MESSAGE}",height:h},"*")}}if(window.ResizeObserver)new ResizeObserver(send).observe(document.body);addEventListener("load",send);send()})();`
const HEIGHT_SCRIPT_HASH = createHash('sha256').update(HEIGHT_SCRIPT).digest('base64')

/**
 * The iframe page's policy: nothing loaded from anywhere, its own styles and its one script (by hash), and
 * framable by any site (`frame-ancestors *`: embedding elsewhere is the point). The platform's default
 * X-Frame-Options is dropped for a response naming its own frame-ancestors (src/platform/http/fetchBridge.ts).
 */
export const WIDGET_PAGE_CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${HEIGHT_SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors *`

/** The whole iframe page. */
export const renderWidgetPage = (data: WidgetData, options: RenderOptions): string => {
  const texts = widgetTexts(data.lang)
  return [
    '<!doctype html>',
    `<html lang="${data.lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">',
    `<title>${escapeHtml(`${texts.title}: ${data.site.name}`)}</title>`,
    `<style>html,body{margin:0;padding:0;background:transparent}\n${widgetCss({ theme: options.theme, accent: data.accent })}</style>`,
    '</head><body>',
    renderWidgetHtml(data, options),
    `<script>${HEIGHT_SCRIPT}</script>`,
    '</body></html>',
  ].join('')
}
