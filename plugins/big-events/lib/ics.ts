/**
 * An event's calendar file: the platform's `calendarFile` (ical-generator) with one VEVENT and a stable UID per
 * event, so a calendar that imported it (the download, the confirmation and reminder emails) updates the same entry;
 * a cancelled event is sent with METHOD:CANCEL and STATUS:CANCELLED. Times in UTC (unambiguous in every calendar).
 */
import { calendarFile, calendarUid } from '@platform'

export type IcsEvent = {
  /** `big-event-<id>@<platform host>`, the same for the event's whole life. */
  uid: string
  start: Date
  end: Date
  summary: string
  description?: string
  /** An address, or the meeting link for an online event (confirmed attendees only). */
  location?: string
  url?: string
  /** Bumped when the event changes, so calendars take the newer copy. */
  sequence?: number
  cancelled?: boolean
  stamp?: Date
}

export const eventUid = (eventId: number | string, publicUrl: string): string => calendarUid({ kind: 'big-event', id: eventId, publicUrl })

export const buildEventIcs = ({ cancelled, ...event }: IcsEvent): string =>
  calendarFile({ product: 'Big events', method: cancelled ? 'CANCEL' : 'PUBLISH', ...event })

/** `weekend-z-joga.ics`: a file name for the download and the email attachment. */
export const icsFilename = (slug: string | null | undefined): string => `${slug || 'wydarzenie'}.ics`
