/**
 * /admin/testimonials-moderation: for one site the user moderates (a picker when there are several; owners, admins
 * and editors), the testimonials waiting for moderation (the default tab, with its count), the approved and the
 * rejected, newest first, 25 a page. Each card shows the stars, author, date, source and badges; the buttons
 * (ModerationClient.tsx) approve, reject, feature and reply, one at a time or in bulk, and the CSV import sits below
 * (ImportPanel.tsx). Everything is read with the user's own access.
 */
import type { AdminViewServerProps, Where } from 'payload'

import { siteIdsFor } from '@platform'
import { AdminPage, requireAdminUser } from '@platform/admin'
import { formatDate, formatNumber, langOf } from '@platform/format'
import { MODERATION_VIEW_PATH } from '../lib/ownerNotice'
import { LIMITS, STATUSES, TESTIMONIALS, type TestimonialStatus } from '../slugs'
import { WIDGET_PANEL_ANCHOR } from '../widget/protocol'
import { fill } from './fill'
import { ImportPanel } from './ImportPanel'
import { ModerationClient, type ModerationCard } from './ModerationClient'
import { ModerationStyles } from './ModerationStyles'
import { moderationTexts, type ModerationLabels, type ModerationTextKey } from './translations'

export const PAGE_SIZE = 25
export const VIEW_PATH = MODERATION_VIEW_PATH

const param = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

const TAB_LABEL: Record<TestimonialStatus, ModerationTextKey> = { pending: 'tabPending', approved: 'tabApproved', rejected: 'tabRejected' }
const EMPTY: Record<TestimonialStatus, ModerationTextKey> = { pending: 'emptyPending', approved: 'emptyApproved', rejected: 'emptyRejected' }

export async function ModerationView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = requireAdminUser(props)
  const lang = langOf(req.i18n.language)
  const keys = Object.keys(moderationTexts.translations.en) as ModerationTextKey[]
  const labels = Object.fromEntries(keys.map((key) => [key, moderationTexts.t(req.i18n, key)])) as ModerationLabels
  const { payload } = req
  const adminRoute = payload.config.routes.admin

  // Sites where the user moderates testimonials (staff read them in the collection, but do not moderate).
  const moderated = await siteIdsFor(req, 'content')
  const sites = moderated.length
    ? await payload.find({
        collection: 'sites',
        where: { id: { in: moderated } },
        select: { name: true, identifier: true, publishedVersion: true },
        sort: 'name',
        pagination: false,
        depth: 0,
        overrideAccess: false,
        user,
      })
    : { docs: [] }
  if (!sites.docs.length)
    return (
      <AdminPage {...props} breadcrumbs={[{ label: labels.title }]}>
        <ModerationStyles />
        <div className="tm-moderation">
          <h1>{labels.title}</h1>
          <p>{labels.noSites}</p>
          <p>
            <a href={`${adminRoute}/collections/${TESTIMONIALS}`}>{labels.browseAll}</a>
          </p>
        </div>
      </AdminPage>
    )

  const wanted = param(props.searchParams?.site)
  const site = sites.docs.find((doc) => String(doc.id) === wanted) ?? sites.docs[0]
  const wantedStatus = param(props.searchParams?.status)
  const status: TestimonialStatus = STATUSES.includes(wantedStatus as TestimonialStatus) ? (wantedStatus as TestimonialStatus) : 'pending'
  const page = Math.max(1, Number.parseInt(param(props.searchParams?.page) ?? '1', 10) || 1)

  const ofSite = (extra: Where): Where => ({ and: [{ site: { equals: site.id } }, extra] })
  const [counts, list] = await Promise.all([
    Promise.all(
      STATUSES.map(
        async (name) =>
          [
            name,
            (await payload.count({ collection: TESTIMONIALS, where: ofSite({ status: { equals: name } }), overrideAccess: false, user })).totalDocs,
          ] as const,
      ),
    ),
    payload.find({
      collection: TESTIMONIALS,
      where: ofSite({ status: { equals: status } }),
      sort: status === 'approved' ? ['-isFeatured', '-createdAt'] : '-createdAt',
      limit: PAGE_SIZE,
      page,
      depth: 0,
      overrideAccess: false,
      user,
    }),
  ])
  const count = Object.fromEntries(counts) as Record<TestimonialStatus, number>

  const cards: ModerationCard[] = list.docs.map((doc) => ({
    id: doc.id,
    authorName: doc.authorName,
    authorEmail: doc.authorEmail ?? null,
    rating: doc.rating,
    content: doc.content,
    status: doc.status,
    isFeatured: Boolean(doc.isFeatured),
    source: doc.source,
    isVerifiedClient: Boolean(doc.isVerifiedClient),
    emailConfirmed: Boolean(doc.emailVerifiedAt),
    locale: doc.locale === 'en' ? 'en' : 'pl',
    reply: doc.reply ?? '',
    date: formatDate(doc.givenAt ?? doc.createdAt, lang),
  }))

  const href = (changes: Record<string, string | number>) => {
    const query = new URLSearchParams({ site: String(site.id), status, ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, String(v)])) })
    return `${VIEW_PATH}?${query}`
  }
  const from = list.totalDocs ? (list.page! - 1) * PAGE_SIZE + 1 : 0
  const to = Math.min(list.totalDocs, from + list.docs.length - 1)

  return (
    <AdminPage {...props} breadcrumbs={[{ label: labels.title }]}>
      <ModerationStyles />
      <div className="tm-moderation">
        <h1>{labels.title}</h1>
        {sites.docs.length > 1 ? (
          <form className="tm-filters" method="get" action={VIEW_PATH}>
            <label>
              {labels.site}
              <select name="site" defaultValue={String(site.id)}>
                {sites.docs.map((doc) => (
                  <option key={doc.id} value={String(doc.id)}>
                    {doc.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">{labels.show}</button>
          </form>
        ) : (
          <p className="tm-site">{site.name}</p>
        )}
        <nav className="tm-shortcuts" aria-label={labels.shortcuts}>
          {site.publishedVersion ? (
            <a href={`/s/${encodeURIComponent(site.identifier)}`} target="_blank" rel="noopener">
              {labels.viewOnSite}
            </a>
          ) : null}
          <a href={`${adminRoute}/collections/sites/${site.id}#${WIDGET_PANEL_ANCHOR}`}>{labels.widgetLink}</a>
          <a href="#tm-import">{labels.importLink}</a>
        </nav>
        <nav className="tm-tabs" aria-label={labels.tabs}>
          {STATUSES.map((name) => (
            <a
              key={name}
              href={href({ status: name, page: 1 })}
              className={name === status ? 'tm-tab tm-tab--current' : 'tm-tab'}
              aria-current={name === status ? 'page' : undefined}
              data-testid={`tm-tab-${name}`}
            >
              {labels[TAB_LABEL[name]]} <span className="tm-count">{formatNumber(count[name], lang)}</span>
            </a>
          ))}
        </nav>
        {/* Rendered with no cards too, so the message about what was just done stays when the list empties. */}
        <ModerationClient
          cards={cards}
          status={status}
          labels={labels}
          lang={lang}
          replyMax={LIMITS.reply}
          empty={[labels[EMPTY[status]], ...(status === 'pending' ? [labels.pendingHelp] : [])]}
        />
        {list.totalPages > 1 ? (
          <nav className="tm-pager">
            {list.hasPrevPage ? <a href={href({ page: list.page! - 1 })}>{labels.previous}</a> : <span />}
            <span>{fill(labels.range, { from: formatNumber(from, lang), to: formatNumber(to, lang), total: formatNumber(list.totalDocs, lang) })}</span>
            {list.hasNextPage ? <a href={href({ page: list.page! + 1 })}>{labels.next}</a> : <span />}
          </nav>
        ) : null}
        <ImportPanel siteId={site.id} labels={labels} lang={lang} />
      </div>
    </AdminPage>
  )
}
