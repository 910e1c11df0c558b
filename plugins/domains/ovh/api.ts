/** The plugin's OVH calls as typed functions: each sends one request of requests.ts through a client. */
import type { OvhClient } from './client'
import { ovhRequests } from './requests'
import type { OvhAccessRule, OvhRecordInput } from './types'

export type OvhApi = ReturnType<typeof ovhApi>

export const ovhApi = (client: OvhClient) => ({
  serverTime: () => client.send(ovhRequests.time()),
  requestCredential: (input: { accessRules: OvhAccessRule[]; redirection?: string }) => client.send(ovhRequests.requestCredential(input)),
  createCart: (input?: { ovhSubsidiary?: string; description?: string }) => client.send(ovhRequests.createCart(input)),
  domainOffers: (cartId: string, domain: string) => client.send(ovhRequests.domainOffers(cartId, domain)),
  addDomain: (cartId: string, item: { domain: string; duration?: string; offerId?: string; quantity?: number }) =>
    client.send(ovhRequests.addDomain(cartId, item)),
  assignCart: (cartId: string) => client.send(ovhRequests.assignCart(cartId)),
  requiredConfiguration: (cartId: string, itemId: number) => client.send(ovhRequests.requiredConfiguration(cartId, itemId)),
  configureItem: (cartId: string, itemId: number, configuration: { label: string; value: string }) =>
    client.send(ovhRequests.configureItem(cartId, itemId, configuration)),
  checkout: (cartId: string) => client.send(ovhRequests.checkout(cartId)),
  orderStatus: (orderId: number | string) => client.send(ovhRequests.orderStatus(orderId)),
  zoneRecordIds: (zone: string, filter?: { fieldType?: string; subDomain?: string }) => client.send(ovhRequests.zoneRecordIds(zone, filter)),
  zoneRecord: (zone: string, id: number) => client.send(ovhRequests.zoneRecord(zone, id)),
  createRecord: (zone: string, record: OvhRecordInput) => client.send(ovhRequests.createRecord(zone, record)),
  deleteRecord: (zone: string, id: number) => client.send(ovhRequests.deleteRecord(zone, id)),
  refreshZone: (zone: string) => client.send(ovhRequests.refreshZone(zone)),
})
