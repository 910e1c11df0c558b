/** The newsletter's Agenda jobs: sending a campaign, starting due ones, and the daily digests. */
import type { JobDefinition } from '@platform'
import { sendDigests } from '../digests/sendDigests'
import { startDueCampaigns } from './dispatch'
import { DIGEST_JOB, DISPATCH_JOB, SEND_CAMPAIGN_JOB } from './names'
import { sendCampaign } from './sendCampaign'
import { readSendingSettings } from './settings'

export const newsletterJobs = (env: NodeJS.ProcessEnv = process.env): JobDefinition[] => {
  const settings = readSendingSettings(env)
  return [
    {
      name: SEND_CAMPAIGN_JOB,
      // A run that dies holds the job this long; then another worker takes it over and resumes (claim.ts).
      lockLifetimeMs: settings.lockMs,
      concurrency: 2,
      maxRetries: 5,
      retryDelayMs: 30_000,
      handler: async (data, { payload }) => {
        const campaignId = Number(data.campaignId)
        if (Number.isInteger(campaignId)) await sendCampaign(payload, campaignId)
      },
    },
    {
      name: DISPATCH_JOB,
      lockLifetimeMs: 60_000,
      concurrency: 1,
      schedule: { every: settings.dispatchMs },
      handler: async (_data, { payload }) => {
        await startDueCampaigns(payload)
      },
    },
    {
      name: DIGEST_JOB,
      lockLifetimeMs: settings.lockMs,
      concurrency: 1,
      // Every day at 07:00 Warsaw time; a run resumes a day's digests where a dead one stopped (one per period).
      schedule: { every: '0 7 * * *', timezone: 'Europe/Warsaw' },
      handler: async (_data, { payload }) => {
        await sendDigests(payload)
      },
    },
  ]
}
