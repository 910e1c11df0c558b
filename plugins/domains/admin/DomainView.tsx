/**
 * /admin/domains: the Domain view of one site the user manages (owners and site admins; a picker when there are
 * several; `?site=<id>`, or `?order=<id>` for the site of that order: the P24 return, the emails and notifications
 * link there). The site's address, then its domains with their progress, the search and purchase, and the form
 * connecting a domain the owner has (DomainsClient.tsx). Everything is read with the user's own access.
 */
import type { AdminViewServerProps } from 'payload'

import { parseRecordId, relationId, siteIdsFor } from '@platform'
import { AdminPage, requireAdminUser, resumeWithoutSession } from '@platform/admin'
import { langOf } from '@platform/format'
import { VIEW_PATH } from '../orders/links'
import { siteOrderViews } from '../orders/readEndpoints'
import { unicodeOf } from '../search/domainName'
import { DOMAIN_ORDERS } from '../slugs'
import { DomainsClient } from './DomainsClient'
import { DomainStyles } from './DomainStyles'
import { domainTexts, type DomainLabels, type DomainTextKey } from './translations'

const param = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function DomainView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  const lang = langOf(req.i18n.language)
  const keys = Object.keys(domainTexts.translations.en) as DomainTextKey[]
  const labels = Object.fromEntries(keys.map((key) => [key, domainTexts.t(req.i18n, key)])) as DomainLabels
  // Back from P24 (`?order=`), the session cookie may have been kept off the cross-site redirect: one same-site hop.
  const orderId = parseRecordId(param(props.searchParams?.order))
  if (!req.user && orderId !== undefined) return resumeWithoutSession(props, { back: `${VIEW_PATH}?order=${orderId}`, message: labels.resume })
  const user = requireAdminUser(props)
  const { payload } = req

  const managed = await siteIdsFor(req, 'manage')
  const sites = managed.length
    ? (
        await payload.find({
          collection: 'sites',
          where: { id: { in: managed } },
          select: { name: true, identifier: true, domain: true },
          sort: 'name',
          pagination: false,
          depth: 0,
          overrideAccess: false,
          user,
          req,
        })
      ).docs
    : []
  if (!sites.length)
    return (
      <AdminPage {...props} breadcrumbs={[{ label: labels.title }]}>
        <DomainStyles />
        <div className="dv-view">
          <h1>{labels.title}</h1>
          <p>{labels.noSites}</p>
        </div>
      </AdminPage>
    )

  // The order a link named (read as the user: someone else's order is simply not there), and so its site.
  const named =
    orderId === undefined
      ? null
      : await payload.findByID({
          collection: DOMAIN_ORDERS,
          id: orderId,
          depth: 0,
          select: { site: true },
          disableErrors: true,
          overrideAccess: false,
          user,
          req,
        })
  const wanted = param(props.searchParams?.site) ?? (named ? String(relationId(named.site)) : undefined)
  const site = sites.find((doc) => String(doc.id) === wanted) ?? sites[0]
  const orders = await siteOrderViews(req, site.id, lang)
  const focusId = named && orders.some((order) => order.id === named.id) ? named.id : undefined

  const platformAddress = `${(payload.config.serverURL || '').replace(/\/+$/, '')}/s/${site.identifier}`
  const address = site.domain ? `https://${site.domain}` : platformAddress

  return (
    <AdminPage {...props} breadcrumbs={[{ label: labels.title }]}>
      <DomainStyles />
      <div className="dv-view">
        <h1>{labels.title}</h1>
        {sites.length > 1 ? (
          <form className="dv-filters" method="get" action={VIEW_PATH}>
            <label className="dv-field">
              <span>{labels.site}</span>
              <select name="site" defaultValue={String(site.id)}>
                {sites.map((doc) => (
                  <option key={doc.id} value={String(doc.id)}>
                    {doc.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="dv-button">
              {labels.show}
            </button>
          </form>
        ) : (
          <p className="dv-site">
            <strong>{site.name}</strong>
          </p>
        )}
        <p className="dv-intro">{labels.intro}</p>
        <p className="dv-address" data-testid="dv-address">
          {site.domain ? labels.addressLive : labels.addressPlatform}{' '}
          <a href={address} target="_blank" rel="noopener noreferrer">
            {site.domain ? unicodeOf(site.domain) : address.replace(/^https?:\/\//, '')}
          </a>
        </p>
        <DomainsClient
          key={String(site.id)}
          siteId={site.id}
          initialOrders={orders}
          focusId={focusId}
          siteDomain={site.domain ? { ascii: site.domain, text: unicodeOf(site.domain) } : null}
          labels={labels}
          lang={lang}
        />
      </div>
    </AdminPage>
  )
}
