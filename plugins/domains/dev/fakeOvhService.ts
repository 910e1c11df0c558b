/**
 * `npm run dev` without OVH keys: the fake OVH runs inside the dev server and the app is pointed at it with its
 * dev keys (OVH_ENDPOINT, OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY), so domains can be
 * searched and bought by clicking through; orders are followed at the fake's pace (DOMAINS_ORDER_POLL_MS). Any
 * OVH_* variable set: nothing starts (the real settings are used).
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
    return {
      env: {
        OVH_ENDPOINT: fake.endpoint,
        OVH_APPLICATION_KEY: DEV_OVH_KEYS.applicationKey,
        OVH_APPLICATION_SECRET: DEV_OVH_KEYS.applicationSecret,
        OVH_CONSUMER_KEY: DEV_OVH_KEYS.consumerKey,
        // An order is looked at as often as the fake moves it, so a bought domain is delivered in seconds.
        DOMAINS_ORDER_POLL_MS: String(stepMs),
        DOMAINS_ORDER_POLL_MAX_MS: String(stepMs * 2),
      },
      description: `${fake.endpoint} (no OVH keys are set; controls at ${fake.url}/fake/…)`,
      close: fake.close,
    }
  },
}
