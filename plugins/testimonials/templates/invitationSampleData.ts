/**
 * Sample values of the invitation template, for the email preview and the template checks (`emailSampleData`).
 * `siteName` is the core's sample; `hostName` repeats the booking plugin's value, so it is there without booking.
 */
import type { EmailSampleData } from '@platform'

export const invitationSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  clientName: 'Jan Nowak',
  hostName: 'Anna Kowalska',
  sessionTitle: locale === 'pl' ? 'Konsultacja 50 min' : '50-minute consultation',
  sessionDate: locale === 'pl' ? '5 marca 2026' : '5 March 2026',
  invitationUrl: `${publicURL}/api/public/testimonials/invitations/sample-token`,
  optOutUrl: `${publicURL}/api/public/testimonials/invitations/sample-token/opt-out`,
  validFor: locale === 'pl' ? '30 dni' : '30 days',
})
