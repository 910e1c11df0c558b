import type { Payload } from 'payload'

import { getJobs } from '../jobs/attach'
import { getRegistry } from '../plugins/registry'
import { listenerJobName } from './listeners'
import type { PlatformEventName, PlatformEvents } from './types'

/**
 * Announces an event: each listener gets a queued job, so a slow or failing
 * listener never blocks the request and is retried on its own.
 */
export const publishEvent = async <Name extends PlatformEventName>(
  payload: Payload,
  event: Name,
  data: PlatformEvents[Name],
): Promise<number> => {
  const listeners = getRegistry(payload.config).listeners.filter((listener) => listener.event === event)
  if (!listeners.length) return 0
  const jobs = getJobs(payload)
  await Promise.all(listeners.map((listener) => jobs.enqueue(listenerJobName(listener), data as Record<string, unknown>)))
  return listeners.length
}
