/**
 * Sample values for previews and for checking that a template renders: every
 * variable the core templates use (see the `{{!-- variables: … --}}` line in
 * each file), with plausible values in both languages, then each plugin's own
 * (the contract's `emailSampleData`, beside its templates).
 */
import type { EmailSampleData } from '../plugins/registry'
import type { Locale } from './renderTemplate'

const coreSamples = (locale: Locale, publicURL: string): Record<string, unknown> => ({
  firstName: locale === 'pl' ? 'Anna' : 'Anna',
  email: 'anna@example.com',
  newEmail: 'anna.kowalska@example.com',
  link: `${publicURL}/api/users/magic-link/verify?token=sample-token`,
  declineLink: `${publicURL}/invitations/decline?token=sample-token`,
  expiresInMinutes: 15,
  expiresInDays: 7,
  // How long a link works, the number with its noun in the right form (the senders use formatCount).
  expiresIn: locale === 'pl' ? '15 minut' : '15 minutes',
  invitationValidFor: locale === 'pl' ? '7 dni' : '7 days',
  siteName: 'Anna Kowalska Coaching',
  inviterName: 'Marek Nowak',
  roleName: locale === 'pl' ? 'redaktor' : 'editor',
  platformName: 'Platforma',
})

/**
 * All samples in one object. A plugin may repeat a key another sample has (the core's `siteName`, another plugin's
 * `hostName`) only with the same value: a different one would silently change the other's previews, so it throws.
 */
export const sampleEmailData = (locale: Locale, publicURL = 'http://localhost:3000', plugins: EmailSampleData[] = []): Record<string, unknown> => {
  const merged = coreSamples(locale, publicURL)
  for (const sample of plugins) {
    for (const [key, value] of Object.entries(sample({ locale, publicURL }))) {
      if (key in merged && JSON.stringify(merged[key]) !== JSON.stringify(value)) {
        throw new Error(
          `Email sample data: "${key}" is already ${JSON.stringify(merged[key])}; a plugin's sample gives ${JSON.stringify(value)}. Use a key of the plugin's own.`,
        )
      }
      merged[key] = value
    }
  }
  return merged
}
