/**
 * A loose per-IP limit on the tracking endpoints (`NEWSLETTER_TRACK_PER_IP` requests per minute, default 600): a
 * mail app opening one email fetches the pixel once; past the limit the pixel and the redirect still answer as
 * usual but record nothing, so a loop of requests cannot inflate the counts or load the database.
 */
import { rateLimit } from '@platform'

export const readTrackRate = (env: Record<string, string | undefined> = process.env): number => {
  const value = Number(env.NEWSLETTER_TRACK_PER_IP)
  return Number.isFinite(value) && value > 0 ? value : 600
}

export const trackRatePerIp = rateLimit({ name: 'newsletter.track-ip', points: () => readTrackRate(), durationSeconds: 60 })
