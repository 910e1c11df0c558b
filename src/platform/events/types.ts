import type { JobContext } from '../jobs/types'

/**
 * Platform events and their data. Plugins add their own by module augmentation:
 * `declare module '@platform' { interface PlatformEvents { 'my-plugin.thing-done': {...} } }`
 */
export interface PlatformEvents {
  'site.created': { siteId: number | string; ownerId: number | string }
}

export type PlatformEventName = keyof PlatformEvents

/** A plugin's reaction to an event; it runs as its own Agenda job, retried on failure. */
export type EventListener<Name extends PlatformEventName = PlatformEventName> = {
  event: Name
  /** Unique per plugin: the job is named `event:<event>:<name>`. */
  name: string
  handler: (data: PlatformEvents[Name], context: JobContext) => Promise<void>
  lockLifetimeMs?: number
  maxRetries?: number
}
