/**
 * /admin/newsletter-analytics: for one site the user reaches (a picker when there are several), the confirmed
 * subscribers now and over time, first opens and clicks over time, and per campaign the emails sent, open and
 * click rates and the most clicked links; a button downloads the subscribers as CSV (owners, admins, editors,
 * staff). Everything is read with the user's own access (analytics/load.ts).
 */
import type { AdminViewServerProps } from 'payload'

import { isStaffUser, roleIn, roleOnSite, siteIdsFor } from '@platform'
import { AdminPage, requireAdminUser } from '@platform/admin'
import { loadSiteAnalytics, RANGES, rangeOf, type SiteAnalytics } from '../analytics/load'
import { SUBSCRIPTIONS } from '../slugs'
import { AnalyticsCharts, type ChartData } from './AnalyticsCharts'
import { AnalyticsStyles } from './AnalyticsStyles'
import { clicksText, formatBucket, formatDate, formatNumber, formatPercent, langOf, type Lang } from './format'
import { ANALYTICS_TEXT, type AnalyticsText } from './texts'

/** A counted address as people read it (`grudzień`, not `grudzie%C5%84`). */
const readable = (url: string) => {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

const param = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

function CampaignTable({ campaigns, lang, text }: { campaigns: SiteAnalytics['campaigns']; lang: Lang; text: AnalyticsText }) {
  if (!campaigns.length) return <p>{text.noCampaigns}</p>
  return (
    <table className="nl-campaigns" data-testid="nl-campaigns">
      <thead>
        <tr>
          <th scope="col">{text.campaign}</th>
          <th scope="col">{text.sentAt}</th>
          <th scope="col">{text.sent}</th>
          <th scope="col">{text.openRate}</th>
          <th scope="col">{text.clickRate}</th>
          <th scope="col">{text.topLinks}</th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map((campaign) => (
          <tr key={campaign.id}>
            <td data-label={text.campaign}>{campaign.subject}</td>
            <td data-label={text.sentAt}>{formatDate(campaign.sentAt, lang)}</td>
            <td data-label={text.sent}>{formatNumber(campaign.sent, lang)}</td>
            <td data-label={text.openRate}>{formatPercent(campaign.openRate, lang)}</td>
            <td data-label={text.clickRate}>{formatPercent(campaign.clickRate, lang)}</td>
            <td data-label={text.topLinks} className="nl-links">
              {campaign.topLinks.length ? (
                <ol>
                  {campaign.topLinks.map((link) => (
                    <li key={link.url}>
                      <a href={link.url} target="_blank" rel="noopener noreferrer">
                        {readable(link.url)}
                      </a>{' '}
                      <span className="nl-small">({clicksText(link.count, lang)})</span>
                    </li>
                  ))}
                </ol>
              ) : (
                text.noClicks
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export async function AnalyticsView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const user = requireAdminUser(props)
  const lang = langOf(req.i18n.language)
  const text = ANALYTICS_TEXT[lang]
  const { payload } = req
  const staff = isStaffUser(user)

  // Sites whose newsletter the user may read: their own roles' (hosts see no subscribers), or every site for staff.
  const reachable = staff ? undefined : await siteIdsFor(req, 'audience')
  const sites = await payload.find({
    collection: 'sites',
    where: reachable ? { id: { in: reachable } } : {},
    select: { name: true, newsletterTrackIndividuals: true },
    sort: 'name',
    limit: 500,
    depth: 0,
    overrideAccess: false,
    user,
  })
  if (!sites.docs.length)
    return (
      <AdminPage {...props} breadcrumbs={[{ label: text.title }]}>
        <AnalyticsStyles />
        <div className="nl-analytics">
          <h1>{text.title}</h1>
          <p>{text.noSites}</p>
        </div>
      </AdminPage>
    )

  const wanted = param(props.searchParams?.site)
  const site = sites.docs.find((doc) => String(doc.id) === wanted) ?? sites.docs[0]
  const range = rangeOf(param(props.searchParams?.range), new Date())
  const data = await loadSiteAnalytics({ payload, user, siteId: site.id, range, lang })
  const mayExport = staff || roleIn(await roleOnSite(req, site.id), 'content')
  const chartData: ChartData = {
    subscribers: data.subscribers.map((row) => ({ label: formatBucket(row.key, lang), total: row.total, confirmed: row.confirmed })),
    engagement: data.engagement.map((row) => ({ label: formatBucket(row.key, lang), opens: row.opens, clicks: row.clicks })),
  }
  const chartText = {
    subscribersChart: text.subscribersChart,
    engagementChart: text.engagementChart,
    total: text.total,
    newConfirmed: text.newConfirmed,
    opens: text.opens,
    clicks: text.clicks,
  }

  return (
    <AdminPage {...props} breadcrumbs={[{ label: text.title }]}>
      <AnalyticsStyles />
      <div className="nl-analytics">
        <h1>{text.title}</h1>
        <form className="nl-filters" method="get" action="/admin/newsletter-analytics">
          {sites.docs.length > 1 ? (
            <label>
              {text.site}
              <select name="site" defaultValue={String(site.id)}>
                {sites.docs.map((doc) => (
                  <option key={doc.id} value={String(doc.id)}>
                    {doc.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <input type="hidden" name="site" value={String(site.id)} />
          )}
          <label>
            {text.range}
            <select name="range" defaultValue={range.name}>
              {(Object.keys(RANGES) as (keyof typeof RANGES)[]).map((name) => (
                <option key={name} value={name}>
                  {text.ranges[name]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{text.show}</button>
        </form>
        <div className="nl-summary">
          <p className="nl-active" data-testid="nl-active">
            {sites.docs.length > 1 ? `${site.name}: ` : ''}
            {text.activeNow}
            <strong>{formatNumber(data.active, lang)}</strong>
          </p>
          {mayExport ? (
            <a className="nl-export" href={`/api/${SUBSCRIPTIONS}/export.csv?site=${site.id}`} download data-testid="nl-export">
              {text.exportCsv}
            </a>
          ) : null}
        </div>
        {site.newsletterTrackIndividuals === false ? <p className="nl-note">{text.anonymousNote}</p> : null}
        <section aria-labelledby="nl-subscribers-heading">
          <h2 id="nl-subscribers-heading">{text.subscribersHeading}</h2>
          <AnalyticsCharts kind="subscribers" data={chartData} text={chartText} />
        </section>
        <section aria-labelledby="nl-engagement-heading">
          <h2 id="nl-engagement-heading">{text.engagementHeading}</h2>
          <AnalyticsCharts kind="engagement" data={chartData} text={chartText} />
        </section>
        <section aria-labelledby="nl-campaigns-heading">
          <h2 id="nl-campaigns-heading">{text.campaignsHeading}</h2>
          <CampaignTable campaigns={data.campaigns} lang={lang} text={text} />
          <p className="nl-small">{text.rateNote}</p>
        </section>
      </div>
    </AdminPage>
  )
}
