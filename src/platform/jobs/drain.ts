/**
 * Stopping a jobs process without running a job twice. Agenda's stop() returns
 * at once: the pools then closed and the process exited under handlers still
 * running, and their jobs, still locked and never marked done, ran again on
 * another worker once the lock expired (an email sent twice). drain() takes no
 * new jobs and waits for the running ones to finish and record it, but unlike
 * stop() releases nothing; what it leaves behind is handled here.
 */
import type { Agenda, AgendaStatus, Job, JobParameters } from 'agenda'
import type { Payload } from 'payload'

/** The handlers running in this process (by job id), kept by the job definitions' wrapper. */
export type HandlerTracker = {
  inFlight: Map<string, Job>
  /** Set while draining: ids of the jobs whose handler started meanwhile. */
  startedDuringDrain?: Set<string>
}

export const trackHandler = async (tracker: HandlerTracker, job: Job, run: () => Promise<void>): Promise<void> => {
  const id = String(job.attrs._id)
  tracker.inFlight.set(id, job)
  tracker.startedDuringDrain?.add(id)
  try {
    await run()
  } finally {
    tracker.inFlight.delete(id)
  }
}

export type LockSnapshot = {
  /** Jobs this process held a lock on when the drain began (running ones included). */
  locked: string[]
  /** Of those, the ones already running. */
  running: string[]
}

/**
 * Jobs locked here ahead of time (due within the next poll, or waiting for a
 * concurrency slot) that never started: drain() keeps them locked for their
 * whole lock lifetime, stop() used to release them. Nobody else can have taken
 * them since. A job that ran here has saved itself unlocked when it finished,
 * and another worker may hold it by now: releasing it again could run it twice.
 */
export const neverStarted = ({ snapshot, startedDuringDrain }: { snapshot: LockSnapshot; startedDuringDrain: ReadonlySet<string> }): string[] => {
  const ran = new Set([...snapshot.running, ...startedDuringDrain])
  return [...new Set(snapshot.locked.filter((id) => !ran.has(id)))]
}

/**
 * A job whose handler outlived the drain, made runnable again at once. Only
 * clearing its lock would lose a one-off job: Agenda cleared its nextRunAt when
 * the run began, and an unlocked job without one is never picked up.
 */
export const requeued = (attrs: JobParameters, now: Date): JobParameters => ({ ...attrs, lockedAt: undefined, nextRunAt: now })

/** The jobs this process holds locks on, before a drain (Agenda keeps the list private). */
const lockSnapshot = async (agenda: Agenda): Promise<LockSnapshot> => {
  const ids = (jobs: AgendaStatus['lockedJobs']) => (Array.isArray(jobs) ? jobs.map((job) => String(job._id)) : [])
  try {
    const status = await agenda.getRunningStats(true)
    return { locked: ids(status.lockedJobs), running: ids(status.runningJobs) }
  } catch {
    // The database is gone (the reason for stopping, perhaps): nothing could be released anyway.
    return { locked: [], running: [] }
  }
}

/**
 * Waits up to `timeoutMs` for the running handlers, then gives back every lock
 * this process still holds. Leaves the backend's pool open for the caller to close.
 */
export const drainJobs = async ({
  agenda,
  tracker,
  timeoutMs,
  logger,
}: {
  agenda: Agenda
  tracker: HandlerTracker
  timeoutMs: number
  logger: Payload['logger']
}): Promise<void> => {
  const snapshot = await lockSnapshot(agenda)
  const startedDuringDrain = new Set<string>()
  tracker.startedDuringDrain = startedDuringDrain
  const result = await agenda.drain({ timeout: timeoutMs, closeConnection: false })
  // Closing the pools matters more than any of this: a lock not released here only expires later.
  const warn = (error: unknown) => logger.error({ err: error, msg: 'Could not release job locks on shutdown' })
  const idle = neverStarted({ snapshot, startedDuringDrain })
  if (idle.length > 0) await agenda.db.unlockJobs(idle).catch(warn)
  const leftBehind = result.timedOut ? [...tracker.inFlight.values()] : []
  if (leftBehind.length === 0) return
  logger.warn({
    msg: `Jobs still running after the ${timeoutMs} ms drain limit (${leftBehind.map((job) => job.attrs.name).join(', ')}): releasing their locks, another worker runs them again`,
  })
  const now = new Date()
  for (const job of leftBehind) {
    // A canceled job's touch() throws instead of taking the lock back once released.
    job.cancel(new Error('The process is shutting down'))
    await agenda.db.saveJobState(requeued(job.attrs, now), { lastModifiedBy: agenda.attrs.name || undefined }).catch(warn)
  }
}
