import type { PlatformPluginOptions } from '@platform'

import type { InvitationOptions } from './invitations/settings'

/** The summarizer's LLM provider comes from env (README "Testimonials"). */
export type TestimonialsPluginOptions = PlatformPluginOptions & {
  /**
   * Invitations after attended sessions (README "Invitations after sessions"); each value falls back to its
   * environment variable, then the default.
   */
  invitations?: InvitationOptions & {
    /** How often the safety sweep sends due invitations whose own job did not. @default '1 hour' */
    sweepEvery?: string | number
  }
}
