import type { PlatformPluginOptions } from '@platform'

/** Hold and offer lengths are HOLD_MINUTES (slugs.ts). */
export type BigEventsPluginOptions = PlatformPluginOptions & {
  /** How often the reminder job looks for registrations whose event starts within 24 hours. @default '15 minutes' */
  reminderCheckEvery?: string | number
}
