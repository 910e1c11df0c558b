import type { PlatformPluginOptions } from '@platform'

/** No options yet: hold and offer lengths are HOLD_MINUTES (slugs.ts). */
export type BigEventsPluginOptions = PlatformPluginOptions
