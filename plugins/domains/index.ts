/**
 * The domains plugin: owners search for a domain at OVH, buy it through the payments plugin, and the platform
 * orders it, sets its DNS and serves the site on it; or they connect a domain they have (README "Domains").
 * This part: the `domain-orders` collection, the OVH client (ovh/), the fake OVH (simulator/) and the search.
 */
import { definePlatformPlugin } from '@platform'
import { DomainOrders } from './collections/domainOrders'
import { fakeOvhService } from './dev/fakeOvhService'
import { searchEndpoint } from './search/searchEndpoint'
import type { DomainsPluginOptions } from './types'

export type { DomainsPluginOptions } from './types'

export const domainsPlugin = definePlatformPlugin<DomainsPluginOptions>('domains', () => ({
  collections: [DomainOrders],
  endpoints: [searchEndpoint],
  // Without OVH keys, `npm run dev` runs the fake OVH so domains can be searched and bought by clicking through.
  devServices: [fakeOvhService],
}))
