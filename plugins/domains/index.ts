/**
 * The domains plugin: owners search for a domain at OVH, buy it through the payments plugin, and the platform
 * orders it, sets its DNS and serves the site on it; or they connect a domain they have (README "Domains").
 * Parts: the `domain-orders` collection, the OVH client (ovh/), the fake OVH and DNS (simulator/), the search,
 * ordering (orders/: the order endpoints, the payment listeners, the jobs placing and following OVH orders),
 * DNS and verification (dns/), own domains (own/), live domains: TLS, redirects, origins (live/), and the owner's
 * Domain view (admin/).
 */
import './events'

import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { siteDomainPanelField } from './admin/sitePanelField'
import { domainTexts } from './admin/translations'
import { DomainOrders } from './collections/domainOrders'
import { fakeOvhService } from './dev/fakeOvhService'
import { checkNowEndpoint } from './dns/checkEndpoint'
import { checkDnsJob } from './dns/checkDns'
import { configureDnsJob, deliveredListener } from './dns/configureZone'
import { dnsRecordsEndpoint } from './dns/dnsEndpoint'
import { detachDeletedDomain, followRedirectChoice, forgetOnSiteDomainChange } from './live/orderHooks'
import { allowLiveDomainOrigins, redirectToSiteDomain } from './live/siteHosts'
import { tlsAllowedEndpoint } from './live/tlsAllowed'
import { createOrderEndpoint } from './orders/createEndpoint'
import { orderJobs } from './orders/jobs'
import { paymentListeners } from './orders/paymentListeners'
import { listOrdersEndpoint, readOrderEndpoint } from './orders/readEndpoints'
import { retryOrderEndpoint } from './orders/retryEndpoint'
import { ownDomainEndpoint } from './own/ownDomainEndpoint'
import { searchEndpoint } from './search/searchEndpoint'
import { DOMAIN_ORDERS } from './slugs'
import { domainsEmailSampleData } from './templates/orderSampleData'
import { domainsSampleData } from './templates/sampleData'
import type { DomainsPluginOptions } from './types'

export type { DomainsPluginOptions } from './types'

export const domainsPlugin = definePlatformPlugin<DomainsPluginOptions>('domains', () => ({
  collections: [DomainOrders],
  // Literal paths before the `/:id` ones; each checks its caller first.
  endpoints: [
    searchEndpoint,
    createOrderEndpoint,
    listOrdersEndpoint,
    ownDomainEndpoint,
    tlsAllowedEndpoint,
    retryOrderEndpoint,
    dnsRecordsEndpoint,
    checkNowEndpoint,
    readOrderEndpoint,
  ],
  listeners: [
    // A failed payment cancels its order and frees the name; a completed one places the order at OVH.
    ...paymentListeners,
    // OVH delivered a bought domain: point its zone at the platform, then verify (the check job re-queues itself).
    deliveredListener,
  ],
  // A paid order is placed at OVH and followed until delivered; then its DNS is set and checked until live.
  jobs: [...orderJobs, configureDnsJob, checkDnsJob],
  collectionHooks: {
    [DOMAIN_ORDERS]: { afterChange: [followRedirectChoice], afterDelete: [detachDeletedDomain] },
    sites: { afterChange: [forgetOnSiteDomainChange] },
  },
  // Live domains: their other form (www or apex) redirects to the site's domain; their origins may use the API.
  hostRedirects: redirectToSiteDomain,
  allowedOrigins: allowLiveDomainOrigins,
  // The owner hears when an order fails, and when a domain goes live or its DNS fails (PL/EN, editable).
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'domains', 'templates', 'emails'),
  emailSampleData: (args) => ({ ...domainsEmailSampleData(args), ...domainsSampleData(args) }),
  // Without OVH keys, `npm run dev` runs the fake OVH (and a DNS server for its zones) so domains can be bought and
  // go live by clicking through.
  devServices: [fakeOvhService],
  admin: {
    // The owner's Domain view of a site: search and buy, the orders' progress, own domains, the www/apex choice.
    views: { domains: { Component: '/plugins/domains/admin/DomainView#DomainView', path: '/domains' } },
    afterNavLinks: ['/plugins/domains/admin/DomainNavLink#DomainNavLink'],
  },
  // The site form's link to its Domain view, with the domain's state.
  collectionFields: { sites: [siteDomainPanelField] },
  // The Domain view's texts (`domains:…`).
  translations: domainTexts.translations,
}))
