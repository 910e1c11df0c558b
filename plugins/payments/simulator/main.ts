/**
 * Runs the P24 simulator standalone (for `npm run dev` when no P24 credentials are set):
 *   P24_SIM_PORT=8024 P24_MERCHANT_ID=11111 P24_POS_ID=11111 P24_API_KEY=dev-key P24_CRC=dev-crc tsx plugins/payments/simulator/main.ts
 * Notifications retry on P24's schedule scaled to seconds (P24_SIM_MS_PER_MINUTE, default 1000) so a click-through is not stuck for minutes.
 */
import { scaledRetryDelays } from './notifier'
import { startP24Simulator } from './server'

const env = process.env
const simulator = await startP24Simulator({
  port: Number(env.P24_SIM_PORT ?? 8024),
  merchantId: Number(env.P24_MERCHANT_ID ?? 11111),
  posId: Number(env.P24_POS_ID ?? env.P24_MERCHANT_ID ?? 11111),
  apiKey: env.P24_API_KEY ?? 'dev-api-key',
  crc: env.P24_CRC ?? 'dev-crc-key',
  retryDelaysMs: scaledRetryDelays(Number(env.P24_SIM_MS_PER_MINUTE ?? 1000)),
})
console.log(`P24 simulator on ${simulator.url} (set P24_BASE_URL=${simulator.url})`)

const stop = () => void simulator.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
