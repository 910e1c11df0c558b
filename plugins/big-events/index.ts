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
import { reminderEmailComposer } from './reminders/email'
import { sendRemindersJob } from './reminders/sendReminders'
import { announceSampleData } from './templates/announceSampleData'
import type { BigEventsPluginOptions } from './types'

export type { BigEventsPluginOptions } from './types'

export const bigEventsPlugin = definePlatformPlugin<BigEventsPluginOptions>('big-events', (options) => ({
  collections: [
    { ...BigEvents, hooks: { ...BigEvents.hooks, afterChange: [...(BigEvents.hooks?.afterChange ?? []), announceStatusChange] } },
    Registrations,
    Announcements,
  ],
  jobs: [announceJob, sendRemindersJob({ every: options.reminderCheckEvery ?? '15 minutes' })],
  listeners: [announceOnPublish],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'big-events', 'templates', 'emails'),
  emailSampleData: announceSampleData,
  emailComposers: [announcementEmailComposer, reminderEmailComposer],
  publicMedia: publishedEventImages,
}))
