/**
 * The big-events plugin: workshops and retreats a site sells, with registrations that never oversell, paid
 * tickets through the payments plugin, a waiting list, cancellation, and the announcement to newsletter
 * subscribers on publish (README "Big events").
 */
import './events'

import { definePlatformPlugin } from '@platform'
import { Announcements } from './collections/announcements'
import { BigEvents } from './collections/bigEvents'
import { Registrations } from './collections/registrations'
import { announceStatusChange } from './hooks'
import type { BigEventsPluginOptions } from './types'

export type { BigEventsPluginOptions } from './types'

export const bigEventsPlugin = definePlatformPlugin<BigEventsPluginOptions>('big-events', () => ({
  collections: [
    { ...BigEvents, hooks: { ...BigEvents.hooks, afterChange: [...(BigEvents.hooks?.afterChange ?? []), announceStatusChange] } },
    Registrations,
    Announcements,
  ],
}))
