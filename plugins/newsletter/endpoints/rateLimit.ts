/**
 * Limits on newsletter sign-ups, counted by the platform's rate limiter (one atomic count in the database,
 * shared by every app process): per IP (`NEWSLETTER_SUBSCRIBE_PER_IP`, default 10) and per address across all
 * sites (`NEWSLETTER_SUBSCRIBE_PER_ADDRESS`, default 3: nobody floods one inbox with confirmation emails), per
 * `NEWSLETTER_SUBSCRIBE_WINDOW_MINUTES` (default 60), read on every request.
 */
import { rateLimit } from '@platform'

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const readSubscribeRate = (env: NodeJS.ProcessEnv = process.env) => ({
  perIp: positive(env.NEWSLETTER_SUBSCRIBE_PER_IP, 10),
  perAddress: positive(env.NEWSLETTER_SUBSCRIBE_PER_ADDRESS, 3),
  windowSeconds: positive(env.NEWSLETTER_SUBSCRIBE_WINDOW_MINUTES, 60) * 60,
})

export const subscribeRatePerIp = rateLimit({
  name: 'newsletter.subscribe-ip',
  points: () => readSubscribeRate().perIp,
  durationSeconds: () => readSubscribeRate().windowSeconds,
})

export const subscribeRatePerAddress = rateLimit({
  name: 'newsletter.subscribe-address',
  points: () => readSubscribeRate().perAddress,
  durationSeconds: () => readSubscribeRate().windowSeconds,
})
