import type { PlatformPluginOptions } from '../../src/platform/plugins/definePlatformPlugin'

export type BookingPluginOptions = PlatformPluginOptions
