import type { PlatformPluginOptions } from '@platform'

/**
 * No options yet: limits and addresses come from the environment (README "Newsletter"), read on every request:
 * `NEWSLETTER_SUBSCRIBE_PER_IP` / `NEWSLETTER_SUBSCRIBE_PER_ADDRESS` per `NEWSLETTER_SUBSCRIBE_WINDOW_MINUTES`,
 * `NEWSLETTER_UNSUBSCRIBE_MAILTO`.
 */
export type NewsletterPluginOptions = PlatformPluginOptions
