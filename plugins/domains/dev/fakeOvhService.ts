/**
 * `npm run dev` without OVH keys: the fake OVH runs inside the dev server and the app is pointed at it with its
 * dev keys (OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY), so domains can be
 * searched and bought by clicking through. Beside it a DNS server answers from the fake's published zones
 * (DOMAINS_DNS_RESOLVERS), and domains point at 127.0.0.1 (DOMAINS_TARGET_IPV4, unless a target is set), so a
 * bought domain goes live and answers at `curl -H 'Host: <domain>' localhost:3000`. Any OVH_* variable set:
 * nothing starts (the real settings are used). Orders are followed at the fake's pace (DOMAINS_ORDER_POLL_MS).
 */
import type { DevService } from '@platform'
import { ovhConfigured } from '../ovh'

const DEFAULT_PORT = 8053

export const fakeOvhService: DevService = {
  name: 'Fake OVH',
  start: async ({ env }) => {
    if (ovhConfigured(env)) return null
    // Loaded only here: the app itself never needs the fake.
    const { DEV_OVH_KEYS, startFakeOvh } = await import('../simulator')
    // Orders move on by time, as at OVH (a few seconds a step instead of minutes).
    const stepMs = Number(env.OVH_FAKE_STEP_MS ?? 3000)
    const options = { orderPace: { everyMs: stepMs } }
    const wanted = Number(env.OVH_FAKE_PORT ?? DEFAULT_PORT)
    // The usual port, or any free one when something else holds it (a second checkout, another dev server).
    const fake = await startFakeOvh({ ...options, port: wanted }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error
      return startFakeOvh({ ...options, port: 0 })
    })
    const { ovhZoneRecords, startFakeDns } = await import('../simulator/dns')
    const dns = await startFakeDns({ source: ovhZoneRecords(fake.store) })
    const targetSet = ['DOMAINS_TARGET_IPV4', 'DOMAINS_TARGET_IPV6', 'DOMAINS_TARGET_CNAME'].some((name) => env[name]?.trim())
    return {
      env: {
        DOMAINS_DNS_RESOLVERS: dns.address,
        ...(targetSet ? {} : { DOMAINS_TARGET_IPV4: '127.0.0.1' }),
        OVH_ENDPOINT: fake.endpoint,
        OVH_APPLICATION_KEY: DEV_OVH_KEYS.applicationKey,
        OVH_APPLICATION_SECRET: DEV_OVH_KEYS.applicationSecret,
        OVH_CONSUMER_KEY: DEV_OVH_KEYS.consumerKey,
        // An order is looked at as often as the fake moves it, so a bought domain is delivered in seconds.
        DOMAINS_ORDER_POLL_MS: String(stepMs),
        DOMAINS_ORDER_POLL_MAX_MS: String(stepMs * 2),
        // The fake's DNS answers as soon as a zone is refreshed: the first check comes at the same pace, so a bought
        // domain is live seconds after delivery (a real resolver needs the 30 s default and more).
        DOMAINS_CHECK_FIRST_MS: String(stepMs),
      },
      description: `${fake.endpoint} (no OVH keys are set; controls at ${fake.url}/fake/…), its zones in DNS at ${dns.address}`,
      close: async () => {
        await dns.close()
        await fake.close()
      },
    }
  },
}
