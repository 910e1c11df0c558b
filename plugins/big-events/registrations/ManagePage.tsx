/**
 * The visitor's manage page, `/events/registrations/:token` (the contract's `pages`; the token in the path is the
 * only permission): the site's name and a link back, the registration's status, the event's facts, the pay button
 * and the hold's end while a seat is held, the cancel button (with a confirmation) before the cutoff, and the
 * meeting link for a confirmed seat at an online event. It wears the site's look (publishedSiteLook: its theme's
 * colours and fonts, its name as a header linking home), like the booking's manage page. Rendered on the server;
 * only the cancel button hydrates.
 */
import type { Payload } from 'payload'

import type { PlatformPage, SiteLook } from '@platform'
import { publicSiteInfo, publishedSiteLook, relationId, SiteLookShell } from '@platform'
import { langOf, type Lang } from '@platform/format'
import { BIG_EVENTS } from '../slugs'
import { CancelRegistration } from './CancelRegistration'
import { findByToken } from './cancel'
import { cancelPath, payUrl } from './links'
import { manageTexts, manageView, PAYMENT_CHECKS, type ManageView } from './manageView'

const pageStyle = {
  maxWidth: 640,
  margin: '0 auto',
  padding: '2rem 1.25rem 3rem',
  lineHeight: 1.5,
  fontFamily: 'var(--font-body, system-ui, sans-serif)',
  color: 'var(--color-text, #1f2937)',
}
/** The page around the registration: the site's background; the site's stylesheet comes with its look. */
const PAGE_CSS =
  '.registration-page{min-height:100vh;background:var(--color-background,#fff);color:var(--color-text,#1f2937)}.registration-page main section{padding-block:0}'
const payButton = {
  display: 'inline-block',
  padding: '12px 20px',
  background: 'var(--color-primary, #1d4ed8)',
  color: 'var(--color-on-primary, #fff)',
  textDecoration: 'none',
  borderRadius: 6,
  fontWeight: 700,
}

/** The page's data for a token at `now`, or the language to say "not found" in. */
export const loadManageView = async (
  payload: Payload,
  token: string,
  lang: Lang | undefined,
  now = new Date(),
  paymentCheck?: number,
): Promise<(ManageView & { siteId?: unknown }) | { notFound: Lang }> => {
  const registration = await findByToken({ payload }, token)
  if (!registration) return { notFound: lang ?? 'pl' }
  const event = await payload.findByID({ collection: BIG_EVENTS, id: relationId(registration.event)!, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the event of the registration the token names
  const site = await publicSiteInfo({ payload }, registration.site)
  if (!event || !site) return { notFound: lang ?? 'pl' }
  let pay: string | undefined
  if (registration.status === 'pending_payment' && registration.paymentId != null) {
    const payment = await payload.findByID({ collection: 'payments', id: registration.paymentId, depth: 0, disableErrors: true, overrideAccess: true }) // trusted: the pay link of the ticket the token names
    if (payment?.status === 'pending' && payment.sessionId) pay = payUrl(payload.config.serverURL, payment.sessionId)
  }
  const view = manageView({
    lang: lang ?? langOf(registration.locale),
    now,
    siteName: site.name,
    siteUrl: site.url,
    registration,
    event,
    payUrl: pay,
    cancelPath: cancelPath(event.id, token),
    paymentCheck,
  })
  return { ...view, siteId: relationId(registration.site) }
}

/** The look after P24's return (`?from=p24&check=n`), 1 for the first; undefined when the payer did not come from P24. */
export const paymentCheckOf = (searchParams: Record<string, string | string[] | undefined>): number | undefined => {
  if (searchParams.from !== 'p24') return undefined
  const check = Number(searchParams.check ?? 1)
  return Number.isInteger(check) && check >= 1 ? Math.min(check, PAYMENT_CHECKS) : 1
}

/** The registration in its site's look (header with the site's name, theme colours and fonts), when the site is published. */
export function RegistrationPage({ view, lang, look }: { view: ManageView | { notFound: Lang }; lang?: Lang; look?: SiteLook }) {
  return (
    <SiteLookShell look={look} css={PAGE_CSS} className="registration-page">
      <RegistrationView view={view} lang={lang} branded={Boolean(look)} />
    </SiteLookShell>
  )
}

export function RegistrationView({ view, lang, branded = false }: { view: ManageView | { notFound: Lang }; lang?: Lang; branded?: boolean }) {
  if ('notFound' in view)
    return (
      <main style={pageStyle} lang={view.notFound}>
        <p data-testid="not-found">{manageTexts(view.notFound).notFound}</p>
      </main>
    )
  return (
    <main id="main" style={pageStyle} lang={view.lang}>
      {branded ? null : (
        <p style={{ color: '#57534e' }}>
          <a href={view.siteUrl}>{view.siteName}</a>
        </p>
      )}
      <h1 style={{ fontSize: '1.6rem', marginBottom: 4 }}>{view.heading}</h1>
      <h2 style={{ fontSize: '1.25rem', marginTop: 0 }} data-testid="event-title">
        {view.title}
      </h2>
      {view.notice ? <p data-testid="notice">{view.notice}</p> : null}
      {view.checking ? (
        <p data-testid="checking" role="status">
          {/* Looks again by itself (no script): React puts the meta element into the head. */}
          <meta
            httpEquiv="refresh"
            content={`${view.checking.seconds};url=?${new URLSearchParams({ ...(lang ? { lang } : {}), from: 'p24', check: String(view.checking.next) })}`}
          />
          {view.checking.text}
        </p>
      ) : null}
      <dl data-testid="facts">
        {view.rows.map((row) => (
          <div key={row.label} style={{ display: 'flex', gap: 8 }}>
            <dt style={{ fontWeight: 700, minWidth: 80 }}>{row.label}:</dt>
            <dd style={{ margin: 0 }}>{row.value}</dd>
          </div>
        ))}
      </dl>
      {view.hold ? (
        <section data-testid="hold">
          <p>{view.hold.text}</p>
          <a href={view.hold.payUrl} style={payButton}>
            {view.hold.label}
          </a>
        </section>
      ) : null}
      {view.meeting ? (
        <p data-testid="meeting">
          {view.meeting.label}: <a href={view.meeting.url}>{view.meeting.url}</a>
        </p>
      ) : null}
      {view.cancel ? (
        <section style={{ marginTop: 24 }}>
          <p>{view.cancel.until}</p>
          <CancelRegistration
            path={view.cancel.path}
            label={view.cancel.label}
            question={view.cancel.question}
            yes={view.cancel.yes}
            no={view.cancel.no}
            network={view.cancel.network}
            lang={view.lang}
          />
        </section>
      ) : null}
      {view.cutoffPassed ? <p data-testid="cutoff">{view.cutoffPassed}</p> : null}
      <p style={{ marginTop: 32 }}>
        <a href={view.siteUrl}>{view.back}</a>
      </p>
    </main>
  )
}

export const registrationPage: PlatformPage = {
  path: '/events/registrations/:token',
  // The token must not leak to other sites through the Referer header.
  metadata: { title: 'Zapis · Registration', referrer: 'no-referrer', robots: { index: false, follow: false } },
  Component: async ({ params, searchParams, payload }) => {
    const lang = searchParams.lang === 'en' ? 'en' : searchParams.lang === 'pl' ? 'pl' : undefined
    const view = await loadManageView(payload, params.token, lang, new Date(), paymentCheckOf(searchParams))
    const look = 'notFound' in view ? undefined : await publishedSiteLook(payload, view.siteId, view.lang)
    return <RegistrationPage view={view} lang={lang} look={look} />
  },
}
