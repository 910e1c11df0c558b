/**
 * An event's calendar file (RFC 5545, made by ical-generator): one VEVENT with a stable UID per event, so a
 * calendar that imported it (the download, the confirmation and reminder emails) updates the same entry; a
 * cancelled event is sent with METHOD:CANCEL and STATUS:CANCELLED. Times in UTC (unambiguous in every calendar).
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

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

export const eventUid = (eventId: number | string, publicUrl: string): string => `big-event-${eventId}@${new URL(publicUrl).hostname}`

export const buildEventIcs = (event: IcsEvent): string => {
  const calendar = ical({
    prodId: { company: 'Platforma', product: 'Big events', language: 'PL' },
    method: event.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  })
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence ?? 0,
    stamp: event.stamp ?? new Date(),
    start: event.start,
    end: event.end,
    summary: event.summary,
    description: event.description,
    location: event.location,
    url: event.url,
    status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
  return calendar.toString()
}

/** `weekend-z-joga.ics`: a file name for the download and the email attachment. */
export const icsFilename = (slug: string | null | undefined): string => `${slug || 'wydarzenie'}.ics`
