/**
 * Per-IP limit on public booking attempts, counted by the platform's rate
 * limiter (one atomic count in the database, so every app process shares it).
 * `BOOKING_RATE_PER_IP` attempts per `BOOKING_RATE_WINDOW_MINUTES` (defaults
 * 10 per 60), read on every request.
 */
import { rateLimit } from '@platform'

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const readBookingRate = (env: NodeJS.ProcessEnv = process.env) => ({
  perIp: positive(env.BOOKING_RATE_PER_IP, 10),
  windowMs: positive(env.BOOKING_RATE_WINDOW_MINUTES, 60) * 60_000,
})

export const bookingRate = rateLimit({
  name: 'booking.create',
  points: () => readBookingRate().perIp,
  durationSeconds: () => readBookingRate().windowMs / 1000,
})
