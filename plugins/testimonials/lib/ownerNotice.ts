/** What the owner is told about a testimonial waiting for moderation, in their language (pure). */
import type { FormLocale } from './formRules'

export type NoticeSource = 'form' | 'invited' | 'imported' | 'manual'

const SOURCE_LABELS: Record<FormLocale, Record<NoticeSource, string>> = {
  pl: { form: 'formularz na stronie', invited: 'zaproszenie po sesji', imported: 'import', manual: 'dodana ręcznie' },
  en: { form: 'the form on your site', invited: 'an invitation after a session', imported: 'an import', manual: 'added by hand' },
}

export const sourceLabel = (source: unknown, locale: FormLocale): string =>
  SOURCE_LABELS[locale][(['form', 'invited', 'imported', 'manual'] as const).find((known) => known === source) ?? 'form']

/** The testimonial's opening words for the email and the notification, cut at a word near `max` characters. */
export const excerptOf = (content: string, max = 280): string => {
  const text = content.replace(/\s+/g, ' ').trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`
}

/** The in-app notification: `Nowa opinia czeka na moderację: Jan K. (5/5) – Gabinet Anny`. */
export const noticeMessage = ({ locale, authorName, rating, siteName }: { locale: FormLocale; authorName: string; rating: number; siteName: string }) =>
  (locale === 'pl'
    ? `Nowa opinia czeka na moderację: ${authorName} (${rating}/5) – ${siteName}`
    : `A new testimonial is waiting for moderation: ${authorName} (${rating}/5) – ${siteName}`
  ).slice(0, 1000)

/** The moderation view's address (admin/ModerationView.tsx). */
export const MODERATION_VIEW_PATH = '/admin/testimonials-moderation'

/** The HTML id of a testimonial's card in the moderation view, which a link's `#…` scrolls to. */
export const cardAnchor = (testimonialId: number | string): string => `testimonial-${String(testimonialId)}`

/** Where the owner moderates a new testimonial: the site's pending queue in the moderation view, at its card. */
export const moderationPath = (siteId: number | string, testimonialId: number | string): string =>
  `${MODERATION_VIEW_PATH}?${new URLSearchParams({ site: String(siteId), status: 'pending' })}#${cardAnchor(testimonialId)}`
