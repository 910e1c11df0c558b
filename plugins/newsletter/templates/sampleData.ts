/**
 * Sample values of the newsletter templates, for the email preview and the template checks (`emailSampleData`).
 * `siteName` is the core's sample (plugins' samples are merged into one object: redefining it would change others' previews).
 */
import type { EmailSampleData } from '@platform'

export const newsletterSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  siteUrl: `${publicURL}/s/anna-coaching`,
  frequency: locale === 'pl' ? 'Cotygodniowe podsumowanie' : 'Weekly digest',
  confirmUrl: `${publicURL}/api/public/newsletter/confirm?token=sample-token`,
  preferencesUrl: `${publicURL}/api/public/newsletter/preferences?token=sample-token`,
  unsubscribeUrl: `${publicURL}/api/public/newsletter/unsubscribe?token=sample-token`,
  campaignSubject: locale === 'pl' ? 'Wiosenne warsztaty oddechowe' : 'Spring breathing workshops',
  reason: '451 4.3.0 Mailbox busy, try again later',
  campaignUrl: `${publicURL}/admin/collections/newsletter-campaigns/1`,
})
