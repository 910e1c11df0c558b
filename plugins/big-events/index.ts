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
import { bigEventsHomeCards } from './admin/homeCards'
import { checkInEndpoint } from './admin/checkInEndpoint'
import { ownerEmailSamples } from './admin/emailSamples'
import { messageEndpoint } from './admin/messageEndpoint'
import { refuseCancellingPastEvent } from './cancellation/guard'
import { eventCancelledListener } from './cancellation/listener'
import { announceJob } from './announcements/announce'
import { announcementEmailComposer } from './announcements/email'
import { announceOnPublish } from './announcements/listener'
import { Announcements } from './collections/announcements'
import { BigEvents } from './collections/bigEvents'
import { Registrations } from './collections/registrations'
import { announceStatusChange } from './hooks'
import { publishedEventImages } from './lib/publicImages'
import { registrationsContribution as registrations } from './registrations'
import { reminderEmailComposer } from './reminders/email'
import { sendRemindersJob } from './reminders/sendReminders'
import { announceSampleData } from './templates/announceSampleData'
import { publicEndpoints, publicSitePages } from './public'
import { bigEventsSections } from './sections'
import { seedBigEventsDemo } from './seed/demo'
import type { BigEventsPluginOptions } from './types'
import { BIG_EVENT_EMAILS } from './registrations/customizableEmails'

export type { BigEventsPluginOptions } from './types'

export const bigEventsPlugin = definePlatformPlugin<BigEventsPluginOptions>('big-events', (options) => ({
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
  // Registrations: register and cancel (visitors), ticket payments, held seats, the waiting list, emails, the manage page.
  // …and what visitors see (README "Big events" › "Visitors: the section, the event page, the list and the calendar file").
  endpoints: [...registrations.endpoints, ...publicEndpoints],
  // The announcement on publish (exactly once), the reminder a day before, and cancelling an event: registrations
  // cancelled, paid seats refunded, everyone told (cancellation/).
  listeners: [...registrations.listeners, announceOnPublish, eventCancelledListener],
  jobs: [...registrations.jobs, announceJob, sendRemindersJob({ every: options.reminderCheckEvery ?? '15 minutes' })],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'big-events', 'templates', 'emails'),
  // The attendees' emails an owner may word their own way (their Emails screen).
  customizableEmails: [BIG_EVENT_EMAILS],
  emailSampleData: (context) => ({ ...registrations.emailSampleData(context), ...announceSampleData(context), ...ownerEmailSamples(context) }),
  emailComposers: [...registrations.emailComposers, announcementEmailComposer, reminderEmailComposer],
  pages: [...registrations.pages],
  // A published event's picture is public (its page, its announcement).
  publicMedia: publishedEventImages,
  // The Attendees tab's label (`big-events:…`).
  translations: adminTabTexts.translations,
  // The events section, the page per event (`/s/:identifier/events/:slug`) and the demo events.
  sections: bigEventsSections,
  sitePages: publicSitePages,
  seed: seedBigEventsDemo,
  // The owner's home: upcoming events with their seats, and the newest registrations (admin/homeCards.ts).
  homeCards: bigEventsHomeCards,
}))
