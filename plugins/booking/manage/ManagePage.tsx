/**
 * The page the booking emails link to (endpoints/manageUrl.ts), served by the
 * platform through the contract's `pages`: the token in the path is the only
 * permission it needs. It wears the booking's site: its name as a header
 * linking home, its theme's colours and fonts (publishedSiteLook), a link back
 * and, after a cancel, one to book again. An unknown token still shows the
 * site named by `?site=` (the emailed link carries it), else a plain page.
 * The booking's language is known once it loads; `?lang=en` picks the first screen's.
 */
import type { Payload } from 'payload'

import type { PlatformPage, SiteLook } from '@platform'
import { findPublishedSite, hashToken, isWellFormedToken, publishedSiteLook, relationId } from '@platform'
import { BOOKINGS } from '../slugs'
import { ManageBooking } from './ManageBooking'

const PAGE_CSS = `.manage-page{min-height:100vh;font-family:var(--font-body);background:var(--color-background);color:var(--color-text);line-height:1.6}
.manage-page main{max-width:720px;margin:0 auto;padding:2rem 1.25rem 3rem}`

/** The site of the booking the token names (else of `?site=`), as a look for the page. */
const siteLookFor = async (payload: Payload, token: string, siteParam: unknown, locale: 'pl' | 'en'): Promise<SiteLook | undefined> => {
  if (isWellFormedToken(token)) {
    const found = await payload.find({
      collection: BOOKINGS,
      where: { managementToken: { equals: hashToken(token) } },
      select: { site: true },
      limit: 1,
      depth: 0,
      overrideAccess: true, // the presented token is the credential; only the booking's site is read, for its look
    })
    const siteId = relationId(found.docs[0]?.site)
    if (siteId !== undefined) return publishedSiteLook(payload, siteId, locale)
  }
  const site = typeof siteParam === 'string' ? await findPublishedSite({ payload }, siteParam) : undefined
  return site ? publishedSiteLook(payload, site.id, locale) : undefined
}

export const managePage: PlatformPage = {
  path: '/bookings/:token',
  // The token must not leak to other sites through the Referer header.
  metadata: { title: 'Rezerwacja · Booking', referrer: 'no-referrer', robots: { index: false, follow: false } },
  Component: async ({ params, searchParams, payload }) => {
    const locale = searchParams.lang === 'en' ? 'en' : 'pl'
    const look = await siteLookFor(payload, params.token, searchParams.site, locale)
    return (
      <div className="manage-page">
        <style dangerouslySetInnerHTML={{ __html: `${look?.css ?? ''}${PAGE_CSS}` }} />
        {look ? (
          <header className="site-header">
            <div className="wrap">
              <a className="brand" href={look.homeUrl}>
                {look.name}
              </a>
            </div>
          </header>
        ) : null}
        <main id="main">
          <ManageBooking
            token={params.token}
            initialLocale={locale}
            site={look ? { name: look.name, homeUrl: look.homeUrl, bookAgainUrl: look.sectionUrl('booking') ?? look.homeUrl } : undefined}
          />
        </main>
      </div>
    )
  },
}
