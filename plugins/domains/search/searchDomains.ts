/**
 * A search at OVH: one cart (`POST /order/cart`, subsidiary PL), then the offers for the typed name and the same
 * name with each searched extension, asked in parallel. A name OVH refuses on its own (an extension it does not
 * sell) is "not offered"; any other OVH failure (keys, rights, OVH down) fails the whole search with its OvhError.
 */
import type { OvhApi } from '../ovh'
import { isOvhError } from '../ovh'
import { candidateNames, type SearchName } from './domainName'
import { availabilityOf, type DomainAvailability } from './offers'

export type SearchResult = DomainAvailability & { requested: boolean }

export const searchDomains = async ({ api, name, vatPercent }: { api: OvhApi; name: SearchName; vatPercent: number }): Promise<SearchResult[]> => {
  const cart = await api.createCart({ ovhSubsidiary: 'PL', description: 'domain search' })
  return Promise.all(
    candidateNames(name).map(async (domain) => {
      try {
        return { ...availabilityOf(domain, await api.domainOffers(cart.cartId, domain), vatPercent), requested: domain === name.ascii }
      } catch (error) {
        if (isOvhError(error) && error.kind === 'bad-request') return { ...availabilityOf(domain, [], vatPercent), requested: domain === name.ascii }
        throw error
      }
    }),
  )
}
