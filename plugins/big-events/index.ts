/**
 * The big-events plugin: workshops and retreats a site sells, with registrations that never oversell, paid
 * tickets through the payments plugin, a waiting list, cancellation, and the announcement to newsletter
 * subscribers on publish (README "Big events").
 */
import './events'

import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { Announcements } from './collections/announcements'
import { BigEvents } from './collections/bigEvents'
import { Registrations } from './collections/registrations'
import { announceStatusChange } from './hooks'
import { registrationsContribution as registrations } from './registrations'
import type { BigEventsPluginOptions } from './types'

export type { BigEventsPluginOptions } from './types'

export const bigEventsPlugin = definePlatformPlugin<BigEventsPluginOptions>('big-events', () => ({
  collections: [
    { ...BigEvents, hooks: { ...BigEvents.hooks, afterChange: [...(BigEvents.hooks?.afterChange ?? []), announceStatusChange] } },
    Registrations,
    Announcements,
  ],
  // Registrations: register and cancel (visitors), ticket payments, held seats, the waiting list, emails, the manage page.
  endpoints: [...registrations.endpoints],
  listeners: [...registrations.listeners],
  jobs: [...registrations.jobs],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'big-events', 'templates', 'emails'),
  emailSampleData: (context) => ({ ...registrations.emailSampleData(context) }),
  emailComposers: [...registrations.emailComposers],
  pages: [...registrations.pages],
}))
