/** The newsletter's job names. */
export const SEND_CAMPAIGN_JOB = 'newsletter.send-campaign'
export const DISPATCH_JOB = 'newsletter.start-due-campaigns'
export const DIGEST_JOB = 'newsletter.send-digests'
