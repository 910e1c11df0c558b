/**
 * Per-IP limit on registration attempts, counted by the platform's rate limiter (one atomic count in the
 * database, shared by all app processes): `BIG_EVENTS_REGISTER_PER_IP` attempts per
 * `BIG_EVENTS_REGISTER_WINDOW_MINUTES` (defaults 10 per 60), read on every request.
 */
import { rateLimit } from '@platform'

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const readRegisterRate = (env: NodeJS.ProcessEnv = process.env) => ({
  perIp: positive(env.BIG_EVENTS_REGISTER_PER_IP, 10),
  windowSeconds: positive(env.BIG_EVENTS_REGISTER_WINDOW_MINUTES, 60) * 60,
})

export const registerRate = rateLimit({
  name: 'big-events.register',
  points: () => readRegisterRate().perIp,
  durationSeconds: () => readRegisterRate().windowSeconds,
})
