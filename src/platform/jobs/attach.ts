/**
 * The jobs runtime of a Payload instance. Kept on globalThis (not in module
 * scope) because Next's server bundle and the Express server load this module
 * separately but share the one Payload instance.
 */
import type { Payload } from 'payload'

import type { JobsRuntime } from './types'

const KEY = Symbol.for('platform.jobsRuntimes')
const runtimes = (): WeakMap<Payload, JobsRuntime> => {
  const holder = globalThis as unknown as Record<symbol, WeakMap<Payload, JobsRuntime>>
  holder[KEY] ??= new WeakMap()
  return holder[KEY]
}

export const attachJobs = (payload: Payload, runtime: JobsRuntime): void => {
  runtimes().set(payload, runtime)
}

export const detachJobs = (payload: Payload): void => {
  runtimes().delete(payload)
}

export const findJobs = (payload: Payload): JobsRuntime | undefined => runtimes().get(payload)

export const getJobs = (payload: Payload): JobsRuntime => {
  const runtime = findJobs(payload)
  if (!runtime) throw new Error('The jobs runtime is not started for this Payload instance (see src/platform/jobs/runtime.ts).')
  return runtime
}
