/**
 * Renewing a running job's lock. Agenda takes a job's lock for its lock
 * lifetime and, once that passes, fails the run as expired and lets it run
 * again (here or on another worker) while the first run may still be working:
 * an SMTP server that answered after the 2-minute lock sent the same message
 * twice. Touching the job well within the lifetime keeps the lock while the
 * handler is alive; a process that dies stops touching, so the lock still
 * expires and another worker takes the job over.
 */
import type { Job } from 'agenda'

/** Pure: how often to renew a lock of `lockLifetimeMs`. A third leaves two chances before Agenda's check at half the lifetime. */
export const touchIntervalMs = (lockLifetimeMs: number): number => Math.max(Math.floor(lockLifetimeMs / 3), 50)

/** Runs `work` while renewing the job's lock; the renewals stop when it settles. */
export const keepLocked = async <T>(
  { job, lockLifetimeMs, onError }: { job: Job; lockLifetimeMs: number; onError: (error: unknown) => void },
  work: () => Promise<T>,
) => {
  let touching: Promise<void> | undefined
  const timer = setInterval(() => {
    // One renewal at a time; a slow database must not pile them up.
    if (touching) return
    touching = job
      .touch()
      .catch((error: unknown) => {
        // A canceled job (drained away on shutdown, or expired after all) throws: stop renewing it.
        clearInterval(timer)
        onError(error)
      })
      .finally(() => {
        touching = undefined
      })
  }, touchIntervalMs(lockLifetimeMs))
  timer.unref()
  try {
    return await work()
  } finally {
    clearInterval(timer)
    await touching
  }
}
