/** The domains plugin's platform events. Ids and the name only: listeners read the order for the rest. */
declare module '@platform' {
  interface PlatformEvents {
    /**
     * OVH delivered a bought domain (its order reached `delivered`, so its DNS zone exists at OVH). Published by
     * the order-following job; the DNS job listens and points the zone at the platform.
     */
    'domains.delivered': { orderId: number | string; siteId: number | string; domain: string }
  }
}

export {}
