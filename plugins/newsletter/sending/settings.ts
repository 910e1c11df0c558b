/**
 * Sending settings, read from the environment when a run starts (README "Configuration"):
 * - NEWSLETTER_RATE_PER_MINUTE (600): emails per sliding window across every process (campaigns and digests);
 *   NEWSLETTER_RATE_WINDOW_MS (60000) is the window, shorter only in tests;
 * - NEWSLETTER_MAX_CONSECUTIVE_FAILURES (5): SMTP failures in a row that pause a campaign;
 * - NEWSLETTER_SEND_LOCK_MS (300000): the send job's lock lifetime; a delivery claimed longer ago and never
 *   marked sent belongs to a run that died, and is tried once more;
 * - NEWSLETTER_SEND_CONCURRENCY (5): SMTP conversations at once per run; NEWSLETTER_BATCH_SIZE (50) claims per batch;
 * - NEWSLETTER_DISPATCH_MS (60000): how often due scheduled campaigns are started.
 */
export type SendingSettings = {
  ratePerWindow: number
  windowMs: number
  maxConsecutiveFailures: number
  lockMs: number
  concurrency: number
  batchSize: number
  dispatchMs: number
}

const positive = (value: string | undefined, fallback: number): number => {
  const number = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(number) && number > 0 ? Math.floor(number) : fallback
}

export const readSendingSettings = (env: NodeJS.ProcessEnv = process.env): SendingSettings => ({
  ratePerWindow: positive(env.NEWSLETTER_RATE_PER_MINUTE, 600),
  windowMs: positive(env.NEWSLETTER_RATE_WINDOW_MS, 60_000),
  maxConsecutiveFailures: positive(env.NEWSLETTER_MAX_CONSECUTIVE_FAILURES, 5),
  lockMs: positive(env.NEWSLETTER_SEND_LOCK_MS, 5 * 60_000),
  concurrency: Math.min(50, positive(env.NEWSLETTER_SEND_CONCURRENCY, 5)),
  batchSize: Math.min(500, positive(env.NEWSLETTER_BATCH_SIZE, 50)),
  dispatchMs: positive(env.NEWSLETTER_DISPATCH_MS, 60_000),
})
