/**
 * The big-events plugin: workshops and retreats a site sells, with registrations that never oversell, paid
 * tickets through the payments plugin, a waiting list, cancellation, and the announcement to newsletter
 * subscribers on publish (README "Big events").
 */
import './events'

import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
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

export type { BigEventsPluginOptions } from './types'

export const bigEventsPlugin = definePlatformPlugin<BigEventsPluginOptions>('big-events', (options) => ({
  collections: [
    { ...BigEvents, hooks: { ...BigEvents.hooks, afterChange: [...(BigEvents.hooks?.afterChange ?? []), announceStatusChange] } },
    Registrations,
    Announcements,
  ],
  // Registrations: register and cancel (visitors), ticket payments, held seats, the waiting list, emails, the manage page.
  // …and what visitors see (README "Big events" › "Visitors: the section, the event page, the list and the calendar file").
  endpoints: [...registrations.endpoints, ...publicEndpoints],
  // The announcement on publish (exactly once) and the reminder a day before.
  listeners: [...registrations.listeners, announceOnPublish],
  jobs: [...registrations.jobs, announceJob, sendRemindersJob({ every: options.reminderCheckEvery ?? '15 minutes' })],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'big-events', 'templates', 'emails'),
  emailSampleData: (context) => ({ ...registrations.emailSampleData(context), ...announceSampleData(context) }),
  emailComposers: [...registrations.emailComposers, announcementEmailComposer, reminderEmailComposer],
  pages: [...registrations.pages],
  // A published event's picture is public (its page, its announcement).
  publicMedia: publishedEventImages,
  sections: bigEventsSections,
  sitePages: publicSitePages,
  seed: seedBigEventsDemo,
}))
