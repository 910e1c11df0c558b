/**
 * The site form's "Domain" panel: the site's own domain when it has one, or its newest domain order's status,
 * and a link to the Domain view for this site. Only for those who manage the site (they buy and connect domains).
 */
import type { UIFieldServerProps } from 'payload'

import { roleIn, roleOnSite } from '@platform'
import { langOf } from '@platform/format'
import { STATUS_LABELS } from '../collections/domainOrders'
import { VIEW_PATH } from '../orders/links'
import { unicodeOf } from '../search/domainName'
import { DOMAIN_ORDERS } from '../slugs'
import { fill } from './fill'
import { domainTexts } from './translations'

export async function SiteDomainPanel({ req, id }: UIFieldServerProps) {
  if (!req.user || id === undefined || id === null) return null
  if (!roleIn(await roleOnSite(req, id), 'manage')) return null
  const lang = langOf(req.i18n.language)
  const text = (key: Parameters<typeof domainTexts.t>[1]) => domainTexts.t(req.i18n, key)
  const [site, newest] = await Promise.all([
    req.payload.findByID({ collection: 'sites', id, depth: 0, select: { domain: true }, disableErrors: true, overrideAccess: false, user: req.user, req }),
    req.payload.find({
      collection: DOMAIN_ORDERS,
      where: { and: [{ site: { equals: id } }, { status: { not_equals: 'cancelled' } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      select: { unicodeName: true, domainName: true, status: true },
      overrideAccess: false,
      user: req.user,
      req,
    }),
  ])
  const order = newest.docs[0]
  const summary = site?.domain
    ? fill(text('panelLive'), { domain: unicodeOf(site.domain) })
    : order
      ? fill(text('panelOrder'), { domain: order.unicodeName || order.domainName, status: STATUS_LABELS[order.status ?? 'pending_payment'][lang] })
      : text('panelNone')
  return (
    <div className="field-type" data-testid="site-domain-panel" style={{ marginBottom: 'var(--spacing-field, 1.5rem)' }}>
      <p style={{ fontWeight: 600, margin: '0 0 .35rem' }}>{text('title')}</p>
      <p style={{ margin: '0 0 .5rem' }}>{summary}</p>
      <a href={`${VIEW_PATH}?site=${encodeURIComponent(String(id))}`}>{site?.domain || order ? text('panelManage') : text('panelLink')}</a>
    </div>
  )
}
