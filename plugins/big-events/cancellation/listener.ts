/** The listener that carries out an event's cancellation (cancelRegistrations.ts), as its own retried job. */
import type { EventListener } from '@platform'
import { cancelEventRegistrations } from './cancelRegistrations'

export const eventCancelledListener: EventListener<'bigEvent.cancelled'> = {
  event: 'bigEvent.cancelled',
  name: 'cancel-registrations',
  lockLifetimeMs: 5 * 60_000,
  handler: async ({ eventId }, { payload }) => {
    await cancelEventRegistrations(payload, eventId)
  },
}
