/**
 * A booking's calendar file (pure): the platform's `calendarFile` (ical-generator) with booking's own PRODID, a UID
 * stable for the booking's whole life (`booking-<id>@<platform host>`), so calendars update the same entry on
 * reschedule (higher SEQUENCE) and remove it on cancel (METHOD:CANCEL, STATUS:CANCELLED), the host as ORGANIZER and
 * the visitor as ATTENDEE (ACCEPTED, or DECLINED on cancel). Times in UTC.
 */
import type { CalendarPerson } from '@platform'
import { calendarFile, calendarUid } from '@platform'

export type IcsPerson = CalendarPerson

export type IcsBooking = {
  /** `booking-<id>@<platform host>`; the same for the booking's whole life. */
  uid: string
  sequence: number
  method: 'REQUEST' | 'CANCEL'
  start: Date
  end: Date
  /** When the object was made (DTSTAMP). */
  stamp: Date
  summary: string
  description?: string
  location?: string
  url?: string
  organizer: IcsPerson
  attendee: IcsPerson
}

/** `booking-12@platforma.example` from the booking id and the platform's public URL. */
export const bookingUid = (bookingId: number | string, serverURL: string | undefined): string =>
  calendarUid({ kind: 'booking', id: bookingId, publicUrl: serverURL })

export const buildIcs = (booking: IcsBooking): string => calendarFile({ product: 'Booking', ...booking })
