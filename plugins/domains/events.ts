/**
 * The domains plugin's platform events. Ids and names only: listeners read the order for anything else.
 */
declare module '@platform' {
  interface PlatformEvents {
    /**
     * OVH delivered a bought domain (its order reached `delivered`, so the zone exists at OVH). The order is then
     * `configuring_dns`: the DNS part sets the records, refreshes the zone and verifies resolution. Announced once
     * per delivery, in the transaction that records it; a retry of a failed DNS step announces it again (the DNS
     * part creates or replaces the records, so running it twice is harmless).
     */
    'domains.delivered': { orderId: number; siteId: number; domainName: string }
  }
}

export {}
