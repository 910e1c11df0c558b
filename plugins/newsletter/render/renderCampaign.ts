/**
 * A campaign as one recipient's email (pure): subject, HTML and text in the recipient's language (the Polish
 * version when the campaign has no English one), the body's web links rewritten through the signed click
 * address and the open pixel appended when `tracking` is given, the footer with the recipient's links.
 */
import { clickUrl, openPixelUrl, trackableHref } from '../lib/tracking'
import { renderLayout, type RecipientLinks } from './layout'
import { bodyToHtml, bodyToText, type LexicalBody } from './lexicalToEmail'
import { EMAIL_TEXT, type EmailLocale } from './texts'

export type CampaignContent = {
  subjectPl: string
  subjectEn?: string | null
  bodyPl?: unknown
  bodyEn?: unknown
}

/** The delivery's tracking token and the server secret that signs click addresses; absent: no tracking. */
export type Tracking = { token: string; secret: string }

export type RenderedNewsletter = { subject: string; html: string; text: string; locale: EmailLocale }

const hasBody = (body: unknown): boolean => {
  const children = (body as LexicalBody)?.root?.children
  return Array.isArray(children) && children.length > 0
}

/** Which language the recipient gets: theirs when the campaign has it, else Polish (the subject decides for English). */
export const campaignLocale = (campaign: CampaignContent, wanted: EmailLocale): EmailLocale =>
  wanted === 'en' && campaign.subjectEn?.trim() && hasBody(campaign.bodyEn) ? 'en' : 'pl'

/** `linkFor` for one recipient: tracked web links, everything else as written. */
export const linkRewriter = (serverURL: string, tracking: Tracking | undefined) => (href: string) =>
  tracking && trackableHref(href) ? clickUrl({ serverURL, secret: tracking.secret, token: tracking.token, href }) : href

export const renderCampaign = ({
  campaign,
  locale: wanted,
  siteName,
  serverURL,
  links,
  tracking,
  test = false,
}: {
  campaign: CampaignContent
  locale: EmailLocale
  siteName: string
  serverURL: string
  links: RecipientLinks
  tracking?: Tracking
  /** A test send: `[TEST]` before the subject. */
  test?: boolean
}): RenderedNewsletter => {
  const locale = campaignLocale(campaign, wanted)
  const body = (locale === 'en' ? campaign.bodyEn : campaign.bodyPl) as LexicalBody
  const subject = `${test ? `${EMAIL_TEXT[locale].testPrefix} ` : ''}${(locale === 'en' ? campaign.subjectEn : campaign.subjectPl)?.trim() ?? ''}`
  const options = { linkFor: linkRewriter(serverURL, tracking), serverURL }
  const { html, text } = renderLayout({
    subject,
    locale,
    siteName,
    contentHtml: bodyToHtml(body, options),
    contentText: bodyToText(body, options),
    links,
    pixelUrl: tracking ? openPixelUrl(serverURL, tracking.token) : undefined,
  })
  return { subject, html, text, locale }
}
