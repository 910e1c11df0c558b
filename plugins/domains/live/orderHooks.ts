/**
 * Keeps the site's own domain and the live-hosts memory in step with the orders:
 * - the owner switching a live domain between `example.pl` and `www.example.pl` (`redirect`) moves the site's
 *   domain to the chosen form at once (the other form then redirects to it);
 * - deleting a live order takes its name off the site, so it can be attached elsewhere;
 * - any change of an order's status, name or redirect, or of a site's domain, drops the remembered live hosts
 *   once it commits.
 */
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { afterCommit, relationId } from '@platform'
import type { DomainOrder } from '../dns/orderStore'
import { canonicalHost } from '../dns/checkDns'
import { forgetLiveHosts } from './liveHosts'

const formsOf = (order: Pick<DomainOrder, 'domainName'>) => [order.domainName, `www.${order.domainName}`]

const siteDomain = async (req: Parameters<CollectionAfterChangeHook>[0]['req'], siteId: number | string) =>
  (
    await req.payload.findByID({
      collection: 'sites',
      id: siteId,
      depth: 0,
      select: { domain: true },
      disableErrors: true,
      overrideAccess: true, // trusted: the site's current domain, to keep it in step with its live domain order
      req,
    })
  )?.domain ?? null

export const followRedirectChoice: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const order = doc as DomainOrder
  const before = previousDoc as DomainOrder | undefined
  if (operation === 'update' && before && order.status === 'live' && before.status === 'live' && order.redirect !== before.redirect) {
    const siteId = relationId(order.site)
    const current = siteId === undefined ? null : await siteDomain(req, siteId)
    // Only when the site uses this order's name: a site may have moved on to another domain since.
    if (siteId !== undefined && current && formsOf(order).includes(current) && current !== canonicalHost(order))
      await req.payload.update({
        collection: 'sites',
        id: siteId,
        data: { domain: canonicalHost(order) },
        depth: 0,
        overrideAccess: true, // trusted: the owner chose the other form of their live domain (they may change the order's redirect)
        req,
      })
  }
  if (!before || order.status !== before.status || order.redirect !== before.redirect || order.domainName !== before.domainName)
    await afterCommit(req, forgetLiveHosts)
  return doc
}

export const detachDeletedDomain: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const order = doc as DomainOrder
  const siteId = relationId(order.site)
  if (order.status === 'live' && siteId !== undefined) {
    const current = await siteDomain(req, siteId)
    if (current && formsOf(order).includes(current))
      await req.payload.update({
        collection: 'sites',
        id: siteId,
        data: { domain: null },
        depth: 0,
        overrideAccess: true, // trusted: the site stops answering on a domain whose order was deleted
        req,
      })
  }
  await afterCommit(req, forgetLiveHosts)
  return doc
}

export const forgetOnSiteDomainChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if ((doc as { domain?: string | null }).domain !== (previousDoc as { domain?: string | null } | undefined)?.domain) await afterCommit(req, forgetLiveHosts)
  return doc
}
