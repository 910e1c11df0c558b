/**
 * Per-IP limit on public booking creation, counted in the bookings table (so
 * every app process shares it). `BOOKING_RATE_PER_IP` bookings per
 * `BOOKING_RATE_WINDOW_MINUTES` (defaults 10 per 60), read when used.
 */
import type { PayloadRequest } from 'payload'

import { checkRate } from '@platform'
import { BOOKINGS } from '../slugs'

const positive = (value: string | undefined, fallback: number) => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export const readBookingRate = (env: NodeJS.ProcessEnv = process.env) => ({
  perIp: positive(env.BOOKING_RATE_PER_IP, 10),
  windowMs: positive(env.BOOKING_RATE_WINDOW_MINUTES, 60) * 60_000,
})

export const checkBookingRate = async (req: PayloadRequest, ipHash: string, now: Date) => {
  const { perIp, windowMs } = readBookingRate()
  const recent = await req.payload.find({
    collection: BOOKINGS,
    where: { and: [{ requestIp: { equals: ipHash } }, { createdAt: { greater_than: new Date(now.getTime() - windowMs).toISOString() } }] },
    sort: '-createdAt',
    limit: perIp,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true, // counting the platform's own request log
    req,
  })
  return checkRate({ recent: recent.docs.map((doc) => doc.createdAt), limit: perIp, windowMs, now })
}
