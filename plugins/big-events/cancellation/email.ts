/**
 * The email each attendee of a cancelled event gets (pure): big-event-cancelled in their language, the calendar
 * file that removes the entry (METHOD:CANCEL, the event's UID), and for a paid seat the amount coming back.
 */
import type { EmailAttachment, QueuedEmail } from '@platform'
import { formatMoney, type Lang } from '@platform/format'
import { eventPlace, eventWhen } from '../lib/facts'
import { buildEventIcs, eventUid, icsFilename } from '../lib/ics'

export type CancelledEvent = {
  id: number | string
  title: string
  slug?: string | null
  startDate: string
  endDate: string
  timeZone?: string | null
  locationKind?: string | null
  location?: string | null
  cancelledAt?: string | null
}

export type CancelledRegistration = { name: string; email: string; locale?: string | null; status: string; amount?: number | null; refunded: boolean }

/** A calendar takes the cancellation over the copies it has: a sequence above any earlier one (seconds since 2020). */
export const cancelSequence = (cancelledAt: Date): number => Math.max(1, Math.floor((cancelledAt.getTime() - Date.UTC(2020, 0, 1)) / 1000))

export const cancellationIcs = (event: CancelledEvent, serverURL: string, cancelledAt: Date): EmailAttachment => ({
  filename: icsFilename(event.slug),
  contentType: 'text/calendar; method=CANCEL; charset=UTF-8',
  content: buildEventIcs({
    uid: eventUid(event.id, serverURL),
    start: new Date(event.startDate),
    end: new Date(event.endDate),
    summary: event.title,
    location: eventPlace(event, 'pl'),
    sequence: cancelSequence(cancelledAt),
    cancelled: true,
    stamp: cancelledAt,
  }),
})

export const cancellationEmail = ({
  event,
  registration,
  siteName,
  ics,
  replyTo,
  ownerId,
}: {
  event: CancelledEvent
  registration: CancelledRegistration
  siteName: string
  ics: EmailAttachment
  replyTo?: string
  ownerId?: number | string
}): QueuedEmail => {
  const locale: Lang = registration.locale === 'en' ? 'en' : 'pl'
  return {
    to: registration.email,
    template: 'big-event-cancelled',
    locale,
    ownerId,
    replyTo,
    attachments: [ics],
    data: {
      attendeeName: registration.name,
      bigEventTitle: event.title,
      bigEventWhen: eventWhen(event, locale),
      siteName,
      wasWaitlisted: registration.status === 'waitlisted',
      ...(registration.refunded && registration.amount ? { refundAmount: formatMoney(registration.amount, locale) } : {}),
    },
  }
}
