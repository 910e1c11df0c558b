import type { PlatformPluginOptions } from '@platform'

export type ExamplePluginOptions = PlatformPluginOptions & {
  /** Notes older than this many days are marked stale by the scheduled job. @default 30 */
  staleAfterDays?: number
  /** How often the stale-notes job runs. @default '1 hour' */
  staleCheckEvery?: string | number
}
