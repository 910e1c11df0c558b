import type { Payload, PayloadRequest } from 'payload'

import { writeOutbox } from '../jobs/outbox/relay'
import { getRegistry } from '../plugins/registry'
import { listenerJobName } from './listeners'
import type { PlatformEventName, PlatformEvents } from './types'

/**
 * Announces an event: each listener gets a queued job, so a slow or failing
 * listener never blocks the request and is retried on its own. Inside a
 * request the jobs are written to the outbox in its transaction and queued
 * once it commits, so listeners see what the request wrote, nothing is
 * announced for a rolled-back write, and nothing is lost when the queueing
 * fails or the process dies after the commit (the outbox sweeper queues it).
 * Event data is kept in the queue: ids, never secrets.
 */
export const publishEvent = async <Name extends PlatformEventName>(
  req: Pick<PayloadRequest, 'payload' | 'transactionID'> | { payload: Payload; transactionID?: undefined },
  event: Name,
  data: PlatformEvents[Name],
): Promise<number> => {
  const listeners = getRegistry(req.payload.config).listeners.filter((listener) => listener.event === event)
  if (!listeners.length) return 0
  const stored = JSON.parse(JSON.stringify(data)) as Record<string, unknown>
  await writeOutbox(
    req,
    listeners.map((listener) => ({ job: listenerJobName(listener), data: stored })),
  )
  return listeners.length
}
