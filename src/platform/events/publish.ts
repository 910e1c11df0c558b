import type { Payload, PayloadRequest } from 'payload'

import { afterCommit } from '../db/afterCommit'
import { getJobs } from '../jobs/attach'
import { getRegistry } from '../plugins/registry'
import { listenerJobName } from './listeners'
import type { PlatformEventName, PlatformEvents } from './types'

/**
 * Announces an event: each listener gets a queued job, so a slow or failing
 * listener never blocks the request and is retried on its own. Inside a
 * request the jobs are queued after its transaction commits, so listeners see
 * what the request wrote (and nothing is announced for a rolled-back write).
 */
export const publishEvent = async <Name extends PlatformEventName>(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'> | { payload: Payload; transactionID?: undefined },
  event: Name,
  data: PlatformEvents[Name],
): Promise<number> => {
  const listeners = getRegistry(req.payload.config).listeners.filter((listener) => listener.event === event)
  if (!listeners.length) return 0
  const jobs = getJobs(req.payload)
  await afterCommit(req, async () => {
    await Promise.all(listeners.map((listener) => jobs.enqueue(listenerJobName(listener), data as Record<string, unknown>)))
  })
  return listeners.length
}
