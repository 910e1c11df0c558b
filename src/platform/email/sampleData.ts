/**
 * Sample values for previews and for checking that a template renders: every
 * variable the default templates use (see the `{{!-- variables: … --}}` line
 * in each file), with plausible values in both languages.
 */
import type { Locale } from './renderTemplate'

export const sampleEmailData = (locale: Locale, publicURL = 'http://localhost:3000'): Record<string, unknown> => ({
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
  // Booking plugin (plugins/booking/templates/emails).
  guestName: 'Jan Nowak',
  guestEmail: 'jan.nowak@example.com',
  hostName: 'Anna Kowalska',
  eventTitle: locale === 'pl' ? 'Konsultacja 50 min' : '50-minute consultation',
  date: locale === 'pl' ? 'czwartek, 5 marca 2026' : 'Thursday, 5 March 2026',
  time: '10:00–10:50',
  timeZone: 'Europe/Warsaw',
  previousDate: locale === 'pl' ? 'wtorek, 3 marca 2026' : 'Tuesday, 3 March 2026',
  previousTime: '09:00–09:50',
  notes: locale === 'pl' ? 'Pierwsza wizyta.' : 'First visit.',
  manageUrl: `${publicURL}/bookings/sample-token`,
  adminUrl: `${publicURL}/admin/collections/bookings/1`,
  cancelCutoffHours: 24,
})
