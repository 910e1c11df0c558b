/**
 * Limits on the public testimonial form, counted by the platform's rate limiter (one atomic count in the
 * database, shared by every app process): per IP (`TESTIMONIALS_SUBMIT_PER_IP`, default 5) and per author address
 * across all sites (`TESTIMONIALS_SUBMIT_PER_ADDRESS`, default 3: nobody floods one inbox with confirmation
 * links), per `TESTIMONIALS_SUBMIT_WINDOW_MINUTES` (default 60), read on every request.
 */
import { rateLimit } from '@platform'

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const readSubmitRate = (env: NodeJS.ProcessEnv = process.env) => ({
  perIp: positive(env.TESTIMONIALS_SUBMIT_PER_IP, 5),
  perAddress: positive(env.TESTIMONIALS_SUBMIT_PER_ADDRESS, 3),
  windowSeconds: positive(env.TESTIMONIALS_SUBMIT_WINDOW_MINUTES, 60) * 60,
})

export const submitRatePerIp = rateLimit({
  name: 'testimonials.submit-ip',
  points: () => readSubmitRate().perIp,
  durationSeconds: () => readSubmitRate().windowSeconds,
})

export const submitRatePerAddress = rateLimit({
  name: 'testimonials.submit-address',
  points: () => readSubmitRate().perAddress,
  durationSeconds: () => readSubmitRate().windowSeconds,
})
