/**
 * A weekly or monthly digest as one recipient's email (pure): the campaigns sent since their last email (each
 * in their language when it has one) and the site's updates since then, in one message with the usual footer,
 * tracked like a campaign when `tracking` is given.
 */
import { openPixelUrl } from '../lib/tracking'
import { escapeHtml } from '@platform'
import { renderLayout, type RecipientLinks } from './layout'
import { absoluteUrl, bodyToHtml, bodyToText, type LexicalBody } from './lexicalToEmail'
import { campaignLocale, linkRewriter, type CampaignContent, type RenderedNewsletter, type Tracking } from './renderCampaign'
import { headingStyle, STYLE } from './styles'
import { EMAIL_TEXT, type EmailLocale } from './texts'

export type DigestUpdate = { titlePl: string; titleEn?: string | null; url?: string | null }

const SUBJECT = {
  pl: { weekly: 'Podsumowanie tygodnia: {site}', monthly: 'Podsumowanie miesiąca: {site}' },
  en: { weekly: 'Weekly digest: {site}', monthly: 'Monthly digest: {site}' },
} as const

export const renderDigest = ({
  period,
  campaigns,
  updates,
  locale,
  siteName,
  serverURL,
  links,
  tracking,
}: {
  period: 'weekly' | 'monthly'
  campaigns: CampaignContent[]
  updates: DigestUpdate[]
  locale: EmailLocale
  siteName: string
  serverURL: string
  links: RecipientLinks
  tracking?: Tracking
}): RenderedNewsletter => {
  const words = EMAIL_TEXT[locale]
  const subject = SUBJECT[locale][period].replace('{site}', siteName)
  const options = { linkFor: linkRewriter(serverURL, tracking), serverURL }
  const html: string[] = [`<h1 style="${STYLE.h1}">${escapeHtml(subject)}</h1>`]
  const text: string[] = [subject]
  if (campaigns.length) {
    html.push(`<h2 style="${headingStyle('h2')}">${words.digestCampaigns}</h2>`)
    text.push(`\n${words.digestCampaigns.toUpperCase()}`)
    campaigns.forEach((campaign, index) => {
      const own = campaignLocale(campaign, locale)
      const title = (own === 'en' ? campaign.subjectEn : campaign.subjectPl) ?? ''
      const body = (own === 'en' ? campaign.bodyEn : campaign.bodyPl) as LexicalBody
      if (index > 0) html.push(`<hr style="${STYLE.hr}" />`)
      html.push(`<h3 style="${headingStyle('h3')}">${escapeHtml(title)}</h3>`, bodyToHtml(body, options))
      text.push(`\n## ${title}\n\n${bodyToText(body, options)}`)
    })
  }
  if (updates.length) {
    html.push(`<h2 style="${headingStyle('h2')}">${words.digestUpdates}</h2><ul style="${STYLE.list}">`)
    text.push(`\n${words.digestUpdates.toUpperCase()}\n`)
    for (const update of updates) {
      const title = (locale === 'en' && update.titleEn) || update.titlePl
      const url = absoluteUrl(update.url, serverURL)
      const href = url ? options.linkFor(url) : undefined
      html.push(
        `<li style="${STYLE.li}">${href ? `<a href="${escapeHtml(href)}" style="${STYLE.a}" target="_blank" rel="noopener">${escapeHtml(title)}</a>` : escapeHtml(title)}</li>`,
      )
      text.push(`- ${title}${href ? ` (${href})` : ''}`)
    }
    html.push('</ul>')
  }
  const layout = renderLayout({
    subject,
    locale,
    siteName,
    contentHtml: html.join(''),
    contentText: text.join('\n'),
    links,
    pixelUrl: tracking ? openPixelUrl(serverURL, tracking.token) : undefined,
  })
  return { subject, ...layout, locale }
}
