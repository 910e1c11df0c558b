/**
 * The domains plugin: owners search for a domain at OVH, buy it through the payments plugin, and the platform
 * orders it, sets its DNS and serves the site on it; or they connect a domain they have (README "Domains").
 * This part: the `domain-orders` collection, the OVH client (ovh/), the fake OVH (simulator/), the search and
 * ordering (orders/: the order endpoints, the payment listeners, the jobs placing and following OVH orders), and
 * the owner's Domain view (admin/).
 */
import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { siteDomainPanelField } from './admin/sitePanelField'
import { domainTexts } from './admin/translations'
import { DomainOrders } from './collections/domainOrders'
import { fakeOvhService } from './dev/fakeOvhService'
import { domainsEmailSampleData } from './emails/sampleData'
import './events'
import { createOrderEndpoint } from './orders/createEndpoint'
import { orderJobs } from './orders/jobs'
import { paymentListeners } from './orders/paymentListeners'
import { listOrdersEndpoint, readOrderEndpoint } from './orders/readEndpoints'
import { retryOrderEndpoint } from './orders/retryEndpoint'
import { searchEndpoint } from './search/searchEndpoint'
import type { DomainsPluginOptions } from './types'

export type { DomainsPluginOptions } from './types'

export const domainsPlugin = definePlatformPlugin<DomainsPluginOptions>('domains', () => ({
  collections: [DomainOrders],
  // Literal paths before the `/:id` ones; each checks its caller first.
  endpoints: [searchEndpoint, createOrderEndpoint, listOrdersEndpoint, retryOrderEndpoint, readOrderEndpoint],
  // A paid order is placed at OVH and followed until delivered; a failed payment cancels it and frees the name.
  jobs: orderJobs,
  listeners: paymentListeners,
  // The failure email (PL/EN), editable like every template.
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'domains', 'emails', 'templates'),
  emailSampleData: domainsEmailSampleData,
  // Without OVH keys, `npm run dev` runs the fake OVH so domains can be searched and bought by clicking through.
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
