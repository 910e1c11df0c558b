/**
 * The page the booking emails link to (endpoints/manageUrl.ts), served by the
 * platform through the contract's `pages`: the token in the path is the only
 * permission it needs. It wears the booking's site: its name as a header
 * linking home, its theme's colours and fonts (publishedSiteLook), a link back
 * and, after a cancel, one to book again. An unknown token still shows the
 * site named by `?site=` (the emailed link carries it), else a plain page.
 * The page speaks the booking's language (its site links too); `?lang=en` picks it for an unknown token.
 */
import type { Payload } from 'payload'

import type { PlatformPage, SiteLook } from '@platform'
import { findPublishedSite, hashToken, isWellFormedToken, publishedSiteLook, relationId, SiteLookShell } from '@platform'
import { BOOKINGS } from '../slugs'
import { ManageBooking } from './ManageBooking'

const PAGE_CSS = `.manage-page{min-height:100vh;font-family:var(--font-body);background:var(--color-background);color:var(--color-text);line-height:1.6}
.manage-page main{max-width:720px;margin:0 auto;padding:2rem 1.25rem 3rem}`

/**
 * The site of the booking the token names (else of `?site=`), as a look for the page, in the booking's language
 * (the emailed link carries none): an English booking's "back" and "book again" links go to the English pages.
 */
const siteLookFor = async (payload: Payload, token: string, siteParam: unknown, requested: 'pl' | 'en'): Promise<{ look?: SiteLook; locale: 'pl' | 'en' }> => {
  if (isWellFormedToken(token)) {
    const found = await payload.find({
      collection: BOOKINGS,
      where: { managementToken: { equals: hashToken(token) } },
      select: { site: true, locale: true },
      limit: 1,
      depth: 0,
      overrideAccess: true, // the presented token is the credential; only the booking's site and language are read, for its look
    })
    const booking = found.docs[0] as { site?: unknown; locale?: unknown } | undefined
    const siteId = relationId(booking?.site)
    const locale = booking?.locale === 'en' ? 'en' : booking?.locale === 'pl' ? 'pl' : requested
    if (siteId !== undefined) return { look: await publishedSiteLook(payload, siteId, locale), locale }
  }
  const site = typeof siteParam === 'string' ? await findPublishedSite({ payload }, siteParam) : undefined
  return { look: site ? await publishedSiteLook(payload, site.id, requested) : undefined, locale: requested }
}

export const managePage: PlatformPage = {
  path: '/bookings/:token',
  // The token must not leak to other sites through the Referer header.
  metadata: { title: 'Rezerwacja · Booking', referrer: 'no-referrer', robots: { index: false, follow: false } },
  Component: async ({ params, searchParams, payload }) => {
    const { look, locale } = await siteLookFor(payload, params.token, searchParams.site, searchParams.lang === 'en' ? 'en' : 'pl')
    return (
      <SiteLookShell look={look} css={PAGE_CSS} className="manage-page">
        <main id="main">
          <ManageBooking
            token={params.token}
            initialLocale={locale}
            site={look ? { name: look.name, homeUrl: look.homeUrl, bookAgainUrl: look.sectionUrl('booking') ?? look.homeUrl } : undefined}
          />
        </main>
      </SiteLookShell>
    )
  },
}
