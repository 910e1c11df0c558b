import type { Payload } from 'payload'

import { findJobs } from '../jobs/attach'

export type Health = {
  status: 'ok' | 'degraded'
  database: { ok: boolean; latencyMs: number; error?: string }
  jobs: { ok: boolean; processing: boolean; error?: string }
}

/** The state of the database and of the job runner, for /healthz. */
export const checkHealth = async (payload: Payload): Promise<Health> => {
  const started = performance.now()
  let database: Health['database']
  try {
    await payload.count({ collection: 'terms-of-service', overrideAccess: true }) // Health probing is not a user action: count without access control.
    database = { ok: true, latencyMs: Math.round(performance.now() - started) }
  } catch (error) {
    database = { ok: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message }
  }
  const runtime = findJobs(payload)
  const jobs: Health['jobs'] = runtime
    ? { ok: await runtime.ping(), processing: runtime.isProcessing() }
    : { ok: false, processing: false, error: 'jobs runtime not started' }
  return { status: database.ok && jobs.ok ? 'ok' : 'degraded', database, jobs }
}
