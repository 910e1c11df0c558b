import type { PlatformPluginOptions } from '@platform'

export type BookingPluginOptions = PlatformPluginOptions & {
  /** How often the reminder job looks for bookings starting within 24 hours. @default '5 minutes' */
  reminderCheckEvery?: string | number
}
