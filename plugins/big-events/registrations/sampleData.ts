/** Sample values of the registration templates, for the admin's email preview and the template checks (`emailSampleData`). */
import type { EmailSampleData } from '@platform'

export const registrationSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  attendeeName: 'Jan Nowak',
  workshopTitle: locale === 'pl' ? 'Weekend z jogą w Beskidach' : 'A yoga weekend in the Beskids',
  workshopWhen: locale === 'pl' ? '5 grudnia 2026, 10:00 – 7 grudnia 2026, 14:00' : '5 December 2026, 10:00 – 7 December 2026, 14:00',
  workshopPlace: 'Szczyrk, ul. Górska 12',
  workshopSiteUrl: `${publicURL}/s/anna-kowalska`,
  registrationUrl: `${publicURL}/events/registrations/sample-token`,
  meetingUrl: 'https://meet.example.com/joga-weekend',
  ticketPrice: locale === 'pl' ? '450,00 zł' : 'PLN 450.00',
  ticketPayUrl: `${publicURL}/api/payments/pay/sample-session`,
  holdUntil: locale === 'pl' ? '30 listopada 2026, 14:45' : '30 November 2026, 14:45',
  cancelUntil: locale === 'pl' ? '4 grudnia 2026, 10:00' : '4 December 2026, 10:00',
  refundAmount: locale === 'pl' ? '450,00 zł' : 'PLN 450.00',
  refundComing: true,
})
