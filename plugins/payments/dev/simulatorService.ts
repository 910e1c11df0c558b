/**
 * `npm run dev` without P24 credentials: the P24 simulator runs inside the dev server, so a newcomer can buy a
 * plan by clicking "Pay" on its page. Any P24_* credential or P24_SIMULATOR_URL set: nothing starts (the real
 * settings, or the simulator the developer runs themselves, are used; a half-set configuration fails loudly at checkout).
 */
import type { DevService } from '@platform'
import { DEV_P24_CREDENTIALS } from '../checkout/settings'

const CREDENTIAL_NAMES = ['P24_MERCHANT_ID', 'P24_POS_ID', 'P24_API_KEY', 'P24_CRC', 'P24_BASE_URL'] as const

/** Whether the environment already says where P24 is. */
export const p24Configured = (env: Readonly<Record<string, string | undefined>>): boolean =>
  [...CREDENTIAL_NAMES, 'P24_SIMULATOR_URL'].some((name) => Boolean(env[name]?.trim()))

const DEFAULT_PORT = 8024

export const p24SimulatorService: DevService = {
  name: 'P24 simulator',
  start: async ({ env, publicURL }) => {
    if (p24Configured(env)) return null
    // Loaded only here: the app itself never needs the simulator.
    const { scaledRetryDelays, startP24Simulator } = await import('../simulator')
    const options = {
      ...DEV_P24_CREDENTIALS,
      // Retries on P24's schedule with minutes as seconds, so a lost notification is not waited on for minutes.
      retryDelaysMs: scaledRetryDelays(Number(env.P24_SIM_MS_PER_MINUTE ?? 1000)),
    }
    const wanted = Number(env.P24_SIM_PORT ?? DEFAULT_PORT)
    // The usual port, or any free one when something else holds it (a second checkout, another dev server).
    const simulator = await startP24Simulator({ ...options, port: wanted }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error
      return startP24Simulator({ ...options, port: 0 })
    })
    return {
      env: { P24_SIMULATOR_URL: simulator.url, P24_NOTIFY_URL: `${publicURL}/api/payments/p24/notify` },
      description: `${simulator.url} (payment pages at ${simulator.url}/trnRequest/…; no P24 credentials are set)`,
      close: simulator.close,
    }
  },
}
