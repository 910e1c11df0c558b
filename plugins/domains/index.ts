/**
 * The domains plugin: owners search for a domain at OVH, buy it through the payments plugin, and the platform
 * orders it, sets its DNS and serves the site on it; or they connect a domain they have (README "Domains").
 * Parts: the `domain-orders` collection, the OVH client (ovh/), the fake OVH and DNS (simulator/), the search,
 * DNS and verification (dns/), own domains (own/), and live domains: TLS, redirects, origins (live/).
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { DomainOrders } from './collections/domainOrders'
import { fakeOvhService } from './dev/fakeOvhService'
import { checkNowEndpoint } from './dns/checkEndpoint'
import { checkDnsJob } from './dns/checkDns'
import { configureDnsJob, deliveredListener } from './dns/configureZone'
import { dnsRecordsEndpoint } from './dns/dnsEndpoint'
import { detachDeletedDomain, followRedirectChoice, forgetOnSiteDomainChange } from './live/orderHooks'
import { allowLiveDomainOrigins, redirectToSiteDomain } from './live/siteHosts'
import { tlsAllowedEndpoint } from './live/tlsAllowed'
import { ownDomainEndpoint } from './own/ownDomainEndpoint'
import { searchEndpoint } from './search/searchEndpoint'
import { DOMAIN_ORDERS } from './slugs'
import { domainsSampleData } from './templates/sampleData'
import type { DomainsPluginOptions } from './types'

export type { DomainsPluginOptions } from './types'

export const domainsPlugin = definePlatformPlugin<DomainsPluginOptions>('domains', () => ({
  collections: [DomainOrders],
  endpoints: [searchEndpoint, ownDomainEndpoint, dnsRecordsEndpoint, checkNowEndpoint, tlsAllowedEndpoint],
  // OVH delivered a bought domain: point its zone at the platform, then verify (the check job re-queues itself).
  listeners: [deliveredListener],
  jobs: [configureDnsJob, checkDnsJob],
  collectionHooks: {
    [DOMAIN_ORDERS]: { afterChange: [followRedirectChoice], afterDelete: [detachDeletedDomain] },
    sites: { afterChange: [forgetOnSiteDomainChange] },
  },
  // Live domains: their other form (www or apex) redirects to the site's domain; their origins may use the API.
  hostRedirects: redirectToSiteDomain,
  allowedOrigins: allowLiveDomainOrigins,
  // The owner hears when a domain goes live or fails.
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'domains', 'templates', 'emails'),
  emailSampleData: domainsSampleData,
  // Without OVH keys, `npm run dev` runs the fake OVH (and a DNS server for its zones) so domains can be bought and go live by clicking through.
  devServices: [fakeOvhService],
}))
