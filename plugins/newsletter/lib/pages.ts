/**
 * The subscriber's pages behind the emailed links: confirmation, preferences and unsubscribe, in the subscriber's
 * language, as the platform's private pages (`htmlPage`: no-store, `noindex`, no referrer, for the token is in the
 * address). No scripts, no CDN, escaped values. Forms post back to the same address (the token is the credential).
 */
import { escapeHtml, htmlPage, messageHtml, PAGE_STYLE } from '@platform'
import { FREQUENCIES, type Frequency } from '../slugs'
import { FREQUENCY_LABELS } from './frequency'

export type PageLocale = 'pl' | 'en'

/** The platform's page look, and the forms'. */
const STYLE =
  PAGE_STYLE +
  'button{font:inherit;padding:.55rem 1.1rem;border-radius:6px;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff;cursor:pointer}' +
  'button.secondary{background:#fff;color:#b91c1c;border-color:#b91c1c}fieldset{border:1px solid #d1d5db;border-radius:6px;margin:1rem 0}' +
  'label{display:block;margin:.3rem 0}form{margin:1rem 0}'

export type PageContent = {
  locale: PageLocale
  title: string
  /** Paragraphs of plain text (escaped). */
  paragraphs: string[]
  /** Names the site the page is about. */
  siteName?: string
  /** Trusted markup made by the functions below (forms), placed after the paragraphs. */
  formHtml?: string
  link?: { href: string; label: string }
}

/** The page as an answer: the platform's private page (no-store, noindex, no referrer) with the forms' look. */
export const subscriberPage = ({ locale, formHtml, ...message }: PageContent, status = 200): Response =>
  htmlPage({ lang: locale, title: message.title, style: STYLE, status, body: messageHtml({ ...message, html: formHtml }) })

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
