/** Sample values of the booking templates' variables, for the email preview and template checks (the contract's `emailSampleData`). */
import type { EmailSampleData } from '@platform'

export const bookingSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  guestName: 'Jan Nowak',
  guestEmail: 'jan.nowak@example.com',
  hostName: 'Anna Kowalska',
  eventTitle: locale === 'pl' ? 'Konsultacja 50 min' : '50-minute consultation',
  date: locale === 'pl' ? 'czwartek, 5 marca 2026' : 'Thursday, 5 March 2026',
  time: '10:00–10:50',
  timeZone: locale === 'pl' ? 'Warszawa – czas środkowoeuropejski' : 'Warsaw – Central European Time',
  previousDate: locale === 'pl' ? 'wtorek, 3 marca 2026' : 'Tuesday, 3 March 2026',
  previousTime: '09:00–09:50',
  notes: locale === 'pl' ? 'Pierwsza wizyta.' : 'First visit.',
  manageUrl: `${publicURL}/bookings/sample-token`,
  adminUrl: `${publicURL}/admin/collections/bookings/1`,
  cancelCutoffHours: 24,
})
