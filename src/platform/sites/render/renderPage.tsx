/**
 * Renders one public page of a site to HTML (pure: no I/O). Input: the
 * configuration to show (a published snapshot, or the draft in preview), the
 * site's public fields, where it is served, the path below the site's root,
 * and the site's resolved images. Output: status and body (or a redirect).
 */
import type { ReactNode } from 'react'

import { renderToStaticMarkup } from 'react-dom/server'

import type { SiteLocale } from '../templateConfig'
import type { ResolvedImage, SectionData, SectionProps, SiteBase, SiteMeta } from './types'

import { emptyReasonOf } from './emptySections'
import { fontFaceCss } from './fonts'
import { Head, type HeadInput } from './head'
import { sectionRenderer } from './registry'
import { renderRobots } from './robots'
import './sections'
import { renderSitemap } from './sitemap'
import { matchSitePage, sitePageIsland, type AnySitePage, type SitePageProps } from './sitePages'
import { SITE_CSS } from './styles'
import { tx } from './text'
import { themeCss } from './theme'
import { localesOf, pagePath, parseSitePath, type SiteLocales } from './urls'

type Page = { slug: string; title?: unknown; sections?: unknown[] }
type NavItem = { label?: unknown; page?: string; anchor?: string; url?: string }
export type SiteConfig = {
  theme?: { colors?: Record<string, string | undefined>; fonts?: { heading?: string; body?: string } }
  locales?: { default?: unknown; enabled?: unknown }
  seo?: { title?: unknown; description?: unknown; image?: unknown }
  pages?: Page[]
  navigation?: NavItem[]
}

export type RenderInput = {
  config: SiteConfig
  site: SiteMeta
  base: SiteBase
  /** Path segments below the site's root (`[]` = home, `['en', 'about']`…). */
  segments: string[]
  images: ReadonlyMap<string, ResolvedImage>
  /** The draft shown to a signed-in member: banner, noindex, iframes in preview mode. */
  preview?: boolean
  /** The client bundle's URL, when some section on the site is interactive. */
  scriptUrl?: string
  /** What the page's sections loaded (loadSections), by section; each is its Component's `data`. */
  sectionData?: ReadonlyMap<SectionData, unknown>
  /** For sitemap.xml: the plugins' pages inside the site it lists after the site's own (sitemapPages.ts). */
  sitemapExtra?: { slug: string; lastmod?: string | null }[]
}

export type RenderResult = { status: 200 | 404; contentType: string; body: string } | { status: 301; location: string; contentType: string; body: string }

const HTML = 'text/html; charset=utf-8'
const OTHER: Record<SiteLocale, SiteLocale> = { pl: 'en', en: 'pl' }
const UI = {
  skip: { pl: 'Przejdź do treści', en: 'Skip to content' },
  nav: { pl: 'Menu główne', en: 'Main menu' },
  switchTo: { pl: 'English version', en: 'Wersja polska' },
  switchLabel: { pl: 'EN', en: 'PL' },
  preview: { pl: 'Podgląd – strona nieopublikowana', en: 'Preview – not published' },
  afterPublishing: { pl: 'Ta część strony zadziała po publikacji', en: 'This part of the site works once it is published' },
} as const

const pagesOf = (config: SiteConfig): Page[] => (Array.isArray(config.pages) ? config.pages.filter((page) => typeof page?.slug === 'string') : [])

const isSection = (value: unknown): value is SectionData =>
  Boolean(value) && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string' && !(value as { hidden?: unknown }).hidden

/** The first contact section anywhere on the site (its details go into the JSON-LD). */
const firstContact = (pages: Page[]) =>
  pages.flatMap((page) => page.sections ?? []).find((section): section is SectionData => isSection(section) && section.type === 'contact') as
    { email?: string; phone?: string; address?: unknown } | undefined

/** The key under which an image reference's asset is found in `images`. */
export const imageKey = (ref: unknown): string | undefined => {
  const id = (ref as { mediaId?: unknown } | null | undefined)?.mediaId
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined
}

/** Whether `segments` name the site's sitemap.xml. */
export const isSitemapPath = (config: SiteConfig, segments: string[]): boolean => parseSitePath(segments, localesOf(config), pagesOf(config)).kind === 'sitemap'

/** Whether any visible section of the config has a renderer with a client entry (the page then needs the bundle). */
export const hasIslands = (config: SiteConfig): boolean =>
  pagesOf(config).some((page) => (page.sections ?? []).some((section) => isSection(section) && Boolean(sectionRenderer(section.type)?.clientEntry)))

const visibleSections = (page: Page | undefined): SectionData[] => (page?.sections ?? []).filter(isSection).filter((section) => sectionRenderer(section.type))

/** The page `segments` shows and its visible sections that have a renderer (undefined: not a page: a redirect, 404, sitemap…). */
export const pageSections = (config: SiteConfig, segments: string[]): { locale: SiteLocale; sections: SectionData[] } | undefined => {
  const pages = pagesOf(config)
  const parsed = parseSitePath(segments, localesOf(config), pages)
  if (parsed.kind !== 'page') return undefined
  return { locale: parsed.locale, sections: visibleSections(parsed.page) }
}

function Section({ props }: { props: SectionProps<SectionData, unknown> }) {
  const renderer = sectionRenderer(props.section.type)
  if (!renderer) return null
  const { Component } = renderer
  const id = props.section.id
  const content = <Component {...props} />
  // The draft of a site never published: its visitor endpoints answer nothing yet, so the interactive part is not
  // mounted (it would only show an error); the section's markup stays, inert, under a notice of when it works.
  const waitsForPublishing = props.preview && !props.site.publishedAt && Boolean(renderer.clientEntry)
  return (
    <section id={id} className={`section section--${props.section.type.replace(/[^\w-]/g, '-')}`}>
      <div className="wrap">
        {waitsForPublishing ? (
          <>
            <p className="section-notice" role="status" data-after-publishing="">
              {(renderer.afterPublishing ?? UI.afterPublishing)[props.locale]}
            </p>
            <div inert>{content}</div>
          </>
        ) : renderer.clientEntry ? (
          <div
            data-island={props.section.type}
            data-props={JSON.stringify({ section: props.section, locale: props.locale, site: props.site.identifier, preview: props.preview })}
          >
            {content}
          </div>
        ) : (
          content
        )}
      </div>
    </section>
  )
}

const navHref = (item: NavItem, link: (slug: string, anchor?: string) => string): string | undefined => {
  if (item.url) return item.url
  if (item.page) return link(item.page, item.anchor)
  return undefined
}

/** What every page of the site shares: the document, head, header with navigation and language switch, and footer. */
type ShellInput = {
  config: SiteConfig
  site: SiteMeta
  base: SiteBase
  locale: SiteLocale
  /** This page's path below the site's root without the language (`''` home, `oferta`, `events/x`): alternates and the switch. */
  slug: string
  pageTitle: string
  images: ReadonlyMap<string, ResolvedImage>
  preview?: boolean
  scriptUrl?: string
  headPage?: HeadInput['page']
  /** A 404: never indexed (previews are not either), and no canonical address or sharing cards. */
  notFound?: boolean
  children: ReactNode
}

const renderShell = (input: ShellInput): string => {
  const { config, site, base, locale, slug } = input
  const locales: SiteLocales = localesOf(config)
  const pages = pagesOf(config)
  const homeSlug = pages[0]?.slug
  const path = (target: string, targetLocale: SiteLocale) => pagePath({ base, locales, locale: targetLocale, slug: target, homeSlug })
  const absolute = (relative: string) => `${base.origin}${relative}`
  const link = (target: string, targetLocale: SiteLocale, anchor?: string) =>
    `${path(target, targetLocale)}${input.preview ? '?preview=1' : ''}${anchor ? `#${anchor}` : ''}`
  const image = (ref: unknown) => {
    const key = imageKey(ref)
    return key === undefined ? undefined : input.images.get(key)
  }
  const other = OTHER[locale]
  const hasOther = locales.enabled.includes(other)
  const navigation: NavItem[] =
    Array.isArray(config.navigation) && config.navigation.length
      ? config.navigation
      : pages.length > 1
        ? pages.map((item) => ({ label: item.title, page: item.slug }))
        : []
  const currentPath = path(slug, locale)
  const html = renderToStaticMarkup(
    <html lang={locale}>
      <Head
        site={site}
        locale={locale}
        pageTitle={input.pageTitle}
        seo={config.seo}
        url={absolute(currentPath)}
        alternates={locales.enabled.map((alternate) => ({ locale: alternate, url: absolute(path(slug, alternate)) }))}
        defaultLocaleUrl={absolute(path(slug, locales.default))}
        homeUrl={absolute(path('', locale))}
        origin={base.origin}
        image={image}
        contact={firstContact(pages)}
        css={`
          ${fontFaceCss(config.theme?.fonts)}${themeCss(config.theme)}${SITE_CSS}
        `}
        noindex={Boolean(input.preview || input.notFound)}
        notFound={Boolean(input.notFound)}
        scriptUrl={input.scriptUrl}
        page={input.headPage}
      />
      <body>
        <a className="skip-link" href="#main">
          {UI.skip[locale]}
        </a>
        {input.preview ? (
          <div className="preview-banner" role="status">
            {UI.preview[locale]}
          </div>
        ) : null}
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href={link('', locale)}>
              {site.name}
            </a>
            {navigation.length ? (
              <nav className="site-nav" aria-label={UI.nav[locale]}>
                <ul>
                  {navigation.map((item, index) => {
                    const href = navHref(item, (target, anchor) => link(target, locale, anchor))
                    if (!href) return null
                    const external = Boolean(item.url)
                    const current = !external && item.page === slug && !item.anchor
                    return (
                      <li key={index}>
                        <a href={href} {...(external ? { rel: 'noopener' } : {})} {...(current ? { 'aria-current': 'page' as const } : {})}>
                          {tx(item.label, locale)}
                        </a>
                      </li>
                    )
                  })}
                </ul>
              </nav>
            ) : null}
            {hasOther ? (
              <a className="lang-switch" href={link(slug, other)} hrefLang={other} lang={other} title={UI.switchTo[locale]}>
                {UI.switchLabel[locale]}
                <span className="visually-hidden"> – {UI.switchTo[locale]}</span>
              </a>
            ) : null}
          </div>
        </header>
        <main id="main" tabIndex={-1}>
          {input.children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>© {site.name}</p>
            {hasOther ? (
              <p>
                <a href={link(slug, other)} hrefLang={other} lang={other}>
                  {UI.switchTo[locale]}
                </a>
              </p>
            ) : null}
          </div>
        </footer>
      </body>
    </html>,
  )
  return `<!DOCTYPE html>${html}`
}

/** The locale a path names and the segments after it (undefined: a language prefix that is not served here). */
const splitLocale = (segments: string[], locales: SiteLocales): { locale: SiteLocale; rest: string[] } | undefined => {
  const rest = segments.filter(Boolean)
  if (rest[0] === 'pl' || rest[0] === 'en') {
    if (rest[0] === locales.default || !locales.enabled.includes(rest[0])) return undefined
    return { locale: rest[0], rest: rest.slice(1) }
  }
  return { locale: locales.default, rest }
}

/** A plugin's site page (sitePages.ts) that `segments` names, with its language and params; undefined when none does. */
export const sitePageTarget = (
  config: SiteConfig,
  segments: string[],
): { locale: SiteLocale; page: AnySitePage; params: Record<string, string>; slug: string } | undefined => {
  const split = splitLocale(segments, localesOf(config))
  const match = split && matchSitePage(split.rest)
  return match && split ? { locale: split.locale, ...match, slug: split.rest.join('/') } : undefined
}

const NOT_FOUND = {
  pl: { title: 'Nie znaleziono strony', text: 'Ta strona nie istnieje albo nie jest już dostępna.', home: 'Strona główna' },
  en: { title: 'Page not found', text: 'This page does not exist or is no longer available.', home: 'Home page' },
} as const

/** The site's own 404 page: its name, colours, fonts and navigation, a link home, never indexed. */
const siteNotFound = (input: Pick<RenderInput, 'config' | 'site' | 'base' | 'images' | 'preview'>, locale: SiteLocale): RenderResult => {
  const { config, site, base } = input
  const text = NOT_FOUND[locale]
  const body = renderShell({
    config,
    site,
    base,
    locale,
    slug: '',
    pageTitle: text.title,
    images: input.images,
    preview: input.preview,
    headPage: { description: text.text },
    notFound: true,
    children: (
      <div className="wrap page-title not-found">
        <h1>{text.title}</h1>
        <p>{text.text}</p>
        <p>
          <a href={pagePath({ base, locales: localesOf(config), locale, slug: '', homeSlug: pagesOf(config)[0]?.slug })}>{text.home}</a>
        </p>
      </div>
    ),
  })
  return { status: 404, contentType: HTML, body }
}

export type SitePageRenderInput = Omit<RenderInput, 'segments' | 'sectionData'> & {
  target: NonNullable<ReturnType<typeof sitePageTarget>>
  /** What the page's `load` returned; undefined renders the site's 404 page. */
  data: unknown
}

/** A plugin's page inside the site, in the site's look; its 404 (no data) in the same look, never indexed. */
export const renderSitePage = (input: SitePageRenderInput): RenderResult => {
  const { config, site, base, target } = input
  const locales = localesOf(config)
  const homeSlug = pagesOf(config)[0]?.slug
  const { locale, page, params, slug } = target
  if (input.data === undefined) return siteNotFound(input, locale)
  const path = (target: string, targetLocale: SiteLocale = locale) =>
    `${pagePath({ base, locales, locale: targetLocale, slug: target, homeSlug })}${input.preview ? '?preview=1' : ''}`
  const props: SitePageProps<unknown> = {
    data: input.data,
    params,
    locale,
    site,
    preview: Boolean(input.preview),
    pagePath: path,
    url: `${base.origin}${pagePath({ base, locales, locale, slug, homeSlug })}`,
    origin: base.origin,
  }
  const head = page.head(props)
  const { Component } = page
  const content = <Component {...props} />
  return {
    status: 200,
    contentType: HTML,
    body: renderShell({
      config,
      site,
      base,
      locale,
      slug,
      pageTitle: head.title,
      images: input.images,
      preview: input.preview,
      scriptUrl: page.clientEntry ? input.scriptUrl : undefined,
      headPage: { description: head.description, image: head.image, jsonLd: head.jsonLd },
      children: page.clientEntry ? (
        <div data-island={sitePageIsland(page.path)} data-props={JSON.stringify({ locale, site: site.identifier, preview: Boolean(input.preview), params })}>
          {content}
        </div>
      ) : (
        content
      ),
    }),
  }
}

export const renderSitePath = (input: RenderInput): RenderResult => {
  const { config, site, base } = input
  const locales: SiteLocales = localesOf(config)
  const pages = pagesOf(config)
  const homeSlug = pages[0]?.slug
  const path = (slug: string, locale: SiteLocale) => pagePath({ base, locales, locale, slug, homeSlug })
  const absolute = (relative: string) => `${base.origin}${relative}`
  /** A link to another page of the site; in preview it stays in preview. */
  const link = (slug: string, locale: SiteLocale, anchor?: string) => `${path(slug, locale)}${input.preview ? '?preview=1' : ''}${anchor ? `#${anchor}` : ''}`
  const parsed = parseSitePath(input.segments, locales, pages)

  if (parsed.kind === 'sitemap') {
    return {
      status: 200,
      contentType: 'application/xml; charset=utf-8',
      body: renderSitemap({
        pages,
        locales,
        url: (slug, locale) => absolute(path(slug, locale)),
        lastmod: site.publishedAt,
        extra: input.sitemapExtra,
      }),
    }
  }
  if (parsed.kind === 'robots') {
    return { status: 200, contentType: 'text/plain; charset=utf-8', body: renderRobots({ sitemapUrl: absolute(`${base.pathPrefix}/sitemap.xml`) }) }
  }
  // An unknown address inside the site: its own 404, in the language its first segment names (`/en/…`), else the default.
  if (parsed.kind === 'notFound') {
    const first = input.segments[0]
    return siteNotFound(input, locales.enabled.find((each) => each === first && each !== locales.default) ?? locales.default)
  }
  if (parsed.kind === 'redirect') {
    const location = path(parsed.page.slug, parsed.locale)
    return { status: 301, location, contentType: HTML, body: '' }
  }

  const { locale, page } = parsed
  const slug = page?.slug ?? ''
  const image = (ref: unknown) => {
    const key = imageKey(ref)
    return key === undefined ? undefined : input.images.get(key)
  }
  const pagePathIn = (target: string, targetLocale: SiteLocale = locale) => link(target, targetLocale)
  // A section with nothing to show (no content, no data) is left out; the site editor says why (emptySections.ts).
  const sections = visibleSections(page).filter((section) => !emptyReasonOf(section, input.sectionData?.get(section)))
  const firstIsHero = sections[0]?.type === 'hero'
  const pageTitle = tx(page?.title, locale)

  const body = renderShell({
    config,
    site,
    base,
    locale,
    slug,
    pageTitle,
    images: input.images,
    preview: input.preview,
    scriptUrl: input.scriptUrl && hasIslands({ pages: [page ?? { slug: '' }] }) ? input.scriptUrl : undefined,
    children: (
      <>
        {firstIsHero ? null : (
          <div className="wrap page-title">
            <h1>{pageTitle || site.name}</h1>
          </div>
        )}
        {sections.map((section, index) => (
          <Section
            key={index}
            props={{
              section,
              locale,
              headingLevel: index === 0 && firstIsHero ? 'h1' : 'h2',
              site,
              preview: Boolean(input.preview),
              image,
              pagePath: pagePathIn,
              data: input.sectionData?.get(section),
            }}
          />
        ))}
      </>
    ),
  })
  return { status: page || pages.length === 0 ? 200 : 404, contentType: HTML, body }
}
