/** Names of the announcement's job, listener, email and locks. */
export const ANNOUNCE_JOB = 'big-events.announce'
export const ANNOUNCE_LISTENER = 'big-events.announce-on-publish'
export const ANNOUNCEMENT_EMAIL = 'big-events.announcement-email'
export const ANNOUNCEMENT_TEMPLATE = 'big-event-announcement'

/** The event's lock (the registration code's too): the announcement's end (`emailSent`) is written under it. */
export const eventLock = (eventId: number | string) => `big-events:event:${eventId}`
/** Recording one recipient: two runs of the job for one event (a retry beside a re-publish's run) take turns. */
export const recipientLock = (eventId: number | string) => `big-events:announcement:${eventId}`

/** Subscribers read per page (BIG_EVENTS_ANNOUNCE_PAGE_SIZE, default 200): a big list is never loaded at once. */
export const pageSize = (env: NodeJS.ProcessEnv = process.env): number => {
  const value = Number(env.BIG_EVENTS_ANNOUNCE_PAGE_SIZE)
  return Number.isInteger(value) && value > 0 && value <= 1000 ? value : 200
}

/**
 * Test-only: `BIG_EVENTS_TEST_CRASH_AFTER=<n>` makes a run of the job throw after it recorded `n` recipients, as a
 * process killed halfway would stop; read only when NODE_ENV is `test` (jest sets it; production never does).
 */
export const testCrashAfter = (env: NodeJS.ProcessEnv = process.env): number | undefined => {
  if (env.NODE_ENV !== 'test') return undefined
  const value = Number(env.BIG_EVENTS_TEST_CRASH_AFTER)
  return Number.isInteger(value) && value > 0 ? value : undefined
}
