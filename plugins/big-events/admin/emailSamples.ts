/** Sample values of the owner's message and the cancellation emails (previews, the all-templates test). */
import type { EmailSampleData } from '@platform'

export const ownerEmailSamples: EmailSampleData = ({ locale }) => ({
  attendeeName: 'Jan Nowak',
  bigEventTitle: locale === 'pl' ? 'Weekend z jogą w Bieszczadach' : 'Yoga weekend in the Bieszczady',
  bigEventWhen: locale === 'pl' ? '5 grudnia 2026, 10:00 – 7 grudnia 2026, 14:00' : '5 December 2026, 10:00 – 7 December 2026, 14:00',
  messageSubject: locale === 'pl' ? 'Co zabrać na wyjazd' : 'What to bring',
  messageParagraphs:
    locale === 'pl'
      ? ['Zabierzcie matę, ciepłe skarpety i wygodne buty.', 'Zbiórka w piątek o 9:30 przy dworcu.']
      : ['Bring a mat, warm socks and comfortable shoes.', 'We meet on Friday at 9:30 at the station.'],
  refundAmount: locale === 'pl' ? '450,00 zł' : 'PLN 450.00',
  wasWaitlisted: false,
})
