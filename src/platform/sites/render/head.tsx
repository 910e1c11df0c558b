/** The `<head>` of a public page: title, description, canonical, hreflang, Open Graph, Twitter and schema.org JSON-LD. */
import type { SiteLocale } from '../templateConfig'
import type { ResolvedImage, SiteMeta } from './types'

import { tx } from './text'

const OG_LOCALE: Record<SiteLocale, string> = { pl: 'pl_PL', en: 'en_US' }

type Contact = { email?: string; phone?: string; address?: unknown }

export type HeadInput = {
  site: SiteMeta
  locale: SiteLocale
  pageTitle: string
  seo: { title?: unknown; description?: unknown; image?: unknown } | undefined
  /** Absolute URL of this page, and of the same page in each enabled language. */
  url: string
  alternates: { locale: SiteLocale; url: string }[]
  defaultLocaleUrl: string
  /** Absolute URL of the home page in this language (the business's URL). */
  homeUrl: string
  origin: string
  image: (ref: unknown) => ResolvedImage | undefined
  contact: Contact | undefined
  css: string
  noindex: boolean
  /** A 404: no canonical address, language alternates, sharing cards or business data (the address is not a page). */
  notFound?: boolean
  scriptUrl?: string
  /** A plugin's site page: its own description, Open Graph image (absolute) and schema.org objects. */
  page?: { description?: string; image?: string; jsonLd?: Record<string, unknown>[] }
}

/** JSON for a `<script>` element: `<` is escaped so no text can close the element. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

/** The largest variant (hero, then card…) or the original, as an absolute URL. */
const absoluteImage = (origin: string, image: ResolvedImage | undefined): string | undefined => {
  if (!image) return undefined
  const largest = image.variants[image.variants.length - 1]
  return new URL(largest?.url ?? image.src, origin).toString()
}

export const pageTitleText = (pageTitle: string, siteTitle: string): string =>
  !pageTitle || pageTitle === siteTitle ? siteTitle : `${pageTitle} – ${siteTitle}`

export function Head(props: HeadInput) {
  const { site, locale, seo, url } = props
  const siteTitle = tx(seo?.title, locale) || site.name
  const title = pageTitleText(props.pageTitle, siteTitle)
  const siteDescription = tx(seo?.description, locale)
  const description = props.page?.description || siteDescription
  const siteImage = absoluteImage(props.origin, props.image(seo?.image))
  const image = props.page?.image ?? siteImage
  const address = tx(props.contact?.address, locale)
  const business = {
    '@context': 'https://schema.org',
    '@type': 'LocalBusiness',
    name: site.name,
    url: props.homeUrl,
    ...(siteDescription ? { description: siteDescription } : {}),
    ...(siteImage ? { image: siteImage } : {}),
    ...(props.contact?.email ? { email: props.contact.email } : {}),
    ...(props.contact?.phone ? { telephone: props.contact.phone } : {}),
    ...(address ? { address } : {}),
  }
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {/* No favicon request (the site has none yet): an empty data URL, allowed by img-src data:. */}
      <link rel="icon" href="data:," />
      {description ? <meta name="description" content={description} /> : null}
      {props.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
      {props.notFound ? null : (
        <>
          <link rel="canonical" href={url} />
          {props.alternates.length > 1
            ? [
                ...props.alternates.map((alternate) => <link key={alternate.locale} rel="alternate" hrefLang={alternate.locale} href={alternate.url} />),
                <link key="x-default" rel="alternate" hrefLang="x-default" href={props.defaultLocaleUrl} />,
              ]
            : null}
          <meta property="og:type" content={props.page ? 'article' : 'website'} />
          <meta property="og:site_name" content={site.name} />
          <meta property="og:title" content={title} />
          {description ? <meta property="og:description" content={description} /> : null}
          <meta property="og:url" content={url} />
          <meta property="og:locale" content={OG_LOCALE[locale]} />
          {props.alternates
            .filter((alternate) => alternate.locale !== locale)
            .map((alternate) => (
              <meta key={alternate.locale} property="og:locale:alternate" content={OG_LOCALE[alternate.locale]} />
            ))}
          {image ? <meta property="og:image" content={image} /> : null}
          <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
        </>
      )}
      <style dangerouslySetInnerHTML={{ __html: props.css }} />
      {props.notFound ? null : <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(business) }} />}
      {(props.page?.jsonLd ?? []).map((item, index) => (
        <script key={index} type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(item) }} />
      ))}
      {props.scriptUrl ? <script src={props.scriptUrl} defer /> : null}
    </head>
  )
}
