/**
 * The platform's own contribution, made through the same contract plugins use:
 * after-commit callbacks, the staff jobs view and its endpoints, the outbox
 * with its sweeper and the purge of finished jobs, email sending (job, dev
 * mailbox, sent-message records, default templates, the sign-in and invitation
 * emails' composers), the starter site templates and the
 * notifications bell, the public site config endpoint and custom component
 * frames for visitors, the "new site from template" view with its
 * dashboard link, and the home (the admin's first screen, src/platform/home).
 */
import type { Payload } from 'payload'

import { invitationEmailComposer } from './auth/invitationEmail'
import { magicLinkEmailComposer } from './auth/magicLinkEmail'
import { TEAM_EMAILS } from './auth/teamEmails'
import { emailsHomeCard } from '../../collections/email-templates/homeCard'
import { componentFrameEndpoint } from './components/frameEndpoint'
import { installAfterCommit } from './db/afterCommit'
import { DevMailbox } from './email/devMailbox'
import { sendEmailJob } from './email/sendEmailJob'
import { SentMessages } from './email/sentMessages'
import { purgeFinishedJob, relayOutboxJob } from './jobs/housekeeping'
import { Outbox } from './jobs/outbox/collection'
import { keepDays } from './jobs/purge'
import { syncDefaultTemplates } from './email/syncDefaultTemplates'
import { definePlatformPlugin } from './plugins/definePlatformPlugin'
import { publicSiteEndpoint } from './sites/publicSiteEndpoint'
import { syncSystemTemplates } from './sites/systemTemplates'
import { listJobsEndpoint, retryJobEndpoint } from './jobs/endpoints'

const onInit = async (payload: Payload) => {
  installAfterCommit(payload)
  await syncDefaultTemplates(payload)
  await syncSystemTemplates(payload)
}

export const platformKernel = definePlatformPlugin('platform', () => ({
  collections: [DevMailbox, Outbox, SentMessages],
  endpoints: [listJobsEndpoint, retryJobEndpoint, publicSiteEndpoint, componentFrameEndpoint],
  jobs: [
    sendEmailJob({
      retryDelayMs: Number(process.env.EMAIL_RETRY_DELAY_MS) || undefined,
      lockLifetimeMs: Number(process.env.EMAIL_LOCK_LIFETIME_MS) || undefined,
    }),
    relayOutboxJob({ every: Number(process.env.OUTBOX_SWEEP_MS) || 30_000 }),
    purgeFinishedJob({ keepDays: keepDays(process.env.JOBS_KEEP_DAYS) }),
  ],
  // Emails whose links must not wait in the job queue: made from the link's id when sent.
  emailComposers: [magicLinkEmailComposer, invitationEmailComposer],
  // The one platform message sent on behalf of a site: its owner may word the team invitation their own way.
  customizableEmails: [TEAM_EMAILS],
  onInit,
  // The owner's Emails card (once, beside their first site).
  homeCards: emailsHomeCard,
  admin: {
    views: {
      // The first screen: owners' and team members' home (their sites, the plugins' cards); staff keep Payload's dashboard.
      dashboard: { Component: '/src/platform/home/HomeView#HomeView' },
      jobs: { Component: '/src/platform/jobs/admin/JobsView#JobsView', path: '/jobs' },
      // A new site from a starter template or one of the owner's own.
      newSite: { Component: '/collections/sites/components/newSite/NewSiteView#NewSiteView', path: '/new-site' },
      // The owner's emails: every message their sites send, with "Customise" / "Restore default".
      emails: { Component: '/collections/email-templates/components/EmailsView#EmailsView', path: '/emails' },
    },
    beforeDashboard: ['/collections/sites/components/newSite/NewSiteButton#NewSiteButton'],
    afterNavLinks: ['/src/platform/jobs/admin/JobsNavLink#JobsNavLink'],
    actions: ['/src/platform/notifications/admin/NotificationBell#NotificationBell'],
    // Sign-in by emailed link first; the password form stays below it.
    beforeLogin: ['/src/platform/auth/admin/MagicLinkLogin#MagicLinkLogin'],
    // Asks for acceptance of newer terms of service on the next visit; repairs Payload's markup for screen readers and keyboards.
    providers: ['/src/platform/auth/admin/TermsGate#TermsGate', '/src/platform/admin/a11y/AdminA11y#AdminA11y'],
  },
}))
