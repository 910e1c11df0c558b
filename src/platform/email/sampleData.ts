/**
 * Sample values for previews and for checking that a template renders: every
 * variable the core templates use (see the `{{!-- variables: … --}}` line in
 * each file), with plausible values in both languages, then each plugin's own
 * (the contract's `emailSampleData`, beside its templates).
 */
import type { EmailSampleData } from '../plugins/registry'
import type { Locale } from './renderTemplate'

export const sampleEmailData = (locale: Locale, publicURL = 'http://localhost:3000', plugins: EmailSampleData[] = []): Record<string, unknown> => ({
  firstName: locale === 'pl' ? 'Anna' : 'Anna',
  email: 'anna@example.com',
  newEmail: 'anna.kowalska@example.com',
  link: `${publicURL}/api/users/magic-link/verify?token=sample-token`,
  declineLink: `${publicURL}/invitations/decline?token=sample-token`,
  expiresInMinutes: 15,
  expiresInDays: 7,
  siteName: 'Anna Kowalska Coaching',
  inviterName: 'Marek Nowak',
  roleName: locale === 'pl' ? 'redaktor' : 'editor',
  platformName: 'Platforma',
  ...Object.assign({}, ...plugins.map((sample) => sample({ locale, publicURL }))),
})
