/**
 * The big-events plugin: workshops and retreats a site sells, with registrations that never oversell, paid
 * tickets through the payments plugin, a waiting list, cancellation, and the announcement to newsletter
 * subscribers on publish (README "Big events").
 */
import './events'

import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { attendeesCsvEndpoint } from './admin/attendeesCsvEndpoint'
import { adminTabTexts } from './admin/components'
import { checkInEndpoint } from './admin/checkInEndpoint'
import { ownerEmailSamples } from './admin/emailSamples'
import { messageEndpoint } from './admin/messageEndpoint'
import { refuseCancellingPastEvent } from './cancellation/guard'
import { eventCancelledListener } from './cancellation/listener'
import { Announcements } from './collections/announcements'
import { BigEvents } from './collections/bigEvents'
import { Registrations } from './collections/registrations'
import { announceStatusChange } from './hooks'
import type { BigEventsPluginOptions } from './types'

export type { BigEventsPluginOptions } from './types'

export const bigEventsPlugin = definePlatformPlugin<BigEventsPluginOptions>('big-events', () => ({
  collections: [
    {
      ...BigEvents,
      hooks: {
        ...BigEvents.hooks,
        // An event already over cannot be cancelled (cancellation/guard.ts).
        beforeChange: [...(BigEvents.hooks?.beforeChange ?? []), refuseCancellingPastEvent],
        afterChange: [...(BigEvents.hooks?.afterChange ?? []), announceStatusChange],
      },
      // The owner's attendee actions: check-in, the CSV, a message to attendees (admin/).
      endpoints: [...(BigEvents.endpoints || []), checkInEndpoint, attendeesCsvEndpoint, messageEndpoint],
    },
    Registrations,
    Announcements,
  ],
  // Cancelling an event: registrations cancelled, paid seats refunded, everyone told (cancellation/).
  listeners: [eventCancelledListener],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'big-events', 'templates', 'emails'),
  emailSampleData: ownerEmailSamples,
  // The Attendees tab's label (`big-events:…`).
  translations: adminTabTexts.translations,
}))
