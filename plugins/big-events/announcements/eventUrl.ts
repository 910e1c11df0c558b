/**
 * The address of an event's public page in a reader's language (pure), following the sites' own rule
 * (src/platform/sites/render/urls.ts): the site's default language has no prefix, the other enabled one is a
 * prefix. `<site url>/events/<slug>`, or `<site url>/en/events/<slug>` for an English reader of a Polish-first site
 * that has English; a reader whose language the site does not publish gets its default-language page.
 */
import type { SiteLocales } from '@platform'

export const eventPageUrl = ({ siteUrl, slug, locale, locales }: { siteUrl: string; slug: string; locale: 'pl' | 'en'; locales: SiteLocales }): string => {
  const prefix = locale !== locales.default && locales.enabled.includes(locale) ? `/${locale}` : ''
  return `${siteUrl.replace(/\/+$/, '')}${prefix}/events/${encodeURIComponent(slug)}`
}
