/**
 * Sample values of the announcement and reminder templates, for the email preview and the template checks
 * (`emailSampleData`). `siteName` is the core's sample and `unsubscribeUrl` the newsletter's (same value).
 */
import type { EmailSampleData } from '@platform'

export const announceSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  bigEventTitle: locale === 'pl' ? 'Weekend z jogą w Tatrach' : 'Yoga weekend in the Tatras',
  bigEventSummary:
    locale === 'pl'
      ? 'Dwa dni praktyki, oddechu i ciszy w górach. Zajęcia dla początkujących i średnio zaawansowanych.'
      : 'Two days of practice, breathing and quiet in the mountains. For beginners and improvers.',
  bigEventWhen: locale === 'pl' ? '5 grudnia 2026, 10:00 – 7 grudnia 2026, 14:00' : '5 December 2026, 10:00 – 7 December 2026, 14:00',
  bigEventStarts: locale === 'pl' ? 'jutro o 10:00' : 'tomorrow at 10:00',
  bigEventPlace: 'Pensjonat Pod Giewontem, ul. Kościeliska 12, Zakopane',
  bigEventOnlineUrl: 'https://meet.example.com/joga-weekend',
  bigEventPrice: locale === 'pl' ? '450,00 zł' : 'PLN 450.00',
  bigEventEarlyBirdUntil: locale === 'pl' ? '15 listopada 2026' : '15 November 2026',
  bigEventSeatsLeft: locale === 'pl' ? 'Zostały 3 miejsca' : '3 seats left',
  bigEventUrl: `${publicURL}/s/anna-coaching/${locale === 'pl' ? '' : 'en/'}events/weekend-z-joga-w-tatrach`,
  bigEventImageUrl: `${publicURL}/api/media-assets/file/weekend-joga-768x512.webp`,
  bigEventImageAlt: locale === 'pl' ? 'Sala do jogi z widokiem na góry' : 'A yoga room with a view of the mountains',
  bigEventManageUrl: `${publicURL}/events/registrations/sample-token`,
  attendeeName: 'Jan Nowak',
  unsubscribeUrl: `${publicURL}/api/public/newsletter/unsubscribe?token=sample-token`,
})
