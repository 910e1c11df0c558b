/**
 * The registrations part of the big-events plugin (README "Big events" → "Registrations"): the public register
 * and cancel endpoints, the ticket payment listeners, the hold-release job, the registration emails and the
 * visitor's manage page, as one contribution the plugin's index spreads in.
 */
import type { PlatformPluginContribution } from '@platform'
import { cancelEndpoint } from './cancel'
import { registrationEmailComposer } from './emails'
import { registrationPage } from './ManagePage'
import { paymentListeners } from './paymentListeners'
import { registerEndpoint } from './register'
import { releaseHoldsJob } from './releaseHolds'
import { registrationSampleData } from './sampleData'

export const registrationsContribution = {
  endpoints: [registerEndpoint, cancelEndpoint],
  listeners: paymentListeners,
  jobs: [releaseHoldsJob],
  emailComposers: [registrationEmailComposer],
  emailSampleData: registrationSampleData,
  pages: [registrationPage],
} satisfies Partial<PlatformPluginContribution>
