/**
 * A calendar file (RFC 5545) for one entry, made by ical-generator: one VEVENT with a stable UID, so a calendar
 * that imported it updates the same entry when a newer copy (higher SEQUENCE) arrives and removes it on
 * METHOD:CANCEL (STATUS:CANCELLED). Times in UTC (`DTSTART:20260329T080000Z`), unambiguous in every calendar and
 * across summer time; the reader's calendar shows them in its own zone. ical-generator escapes TEXT values and folds
 * lines at 75 octets without splitting a UTF-8 character; names in CN are cleaned here (quotes and control
 * characters dropped, 200 characters at most), since RFC 6868's `^'` is shown raw by many calendars.
 */
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator'

export type CalendarPerson = { name?: string; email: string }

export type CalendarEntry = {
  /** PRODID's product: `-//Platforma//<product>//PL`. */
  product: string
  /** PUBLISH: a file to download; REQUEST: an invitation (new or moved); CANCEL: the entry is off. */
  method: 'PUBLISH' | 'REQUEST' | 'CANCEL'
  /** The same for the entry's whole life (see `calendarUid`). */
  uid: string
  /** Bumped on each change, so calendars take the newer copy. @default 0 */
  sequence?: number
  /** When this copy was made (DTSTAMP). @default now */
  stamp?: Date
  start: Date
  end: Date
  summary: string
  description?: string
  location?: string
  url?: string
  organizer?: CalendarPerson
  /** The one attendee (REQ-PARTICIPANT): ACCEPTED, or DECLINED on CANCEL. */
  attendee?: CalendarPerson
}

/** A CN value a calendar shows as written: no quotes, no control characters, at most 200 characters. */
const cleanName = (value: string): string =>
  Array.from(value)
    .filter((char) => char !== '"' && char.charCodeAt(0) >= 0x20 && char !== '\u007f')
    .join('')
    .slice(0, 200)

const person = ({ name, email }: CalendarPerson) => ({ name: cleanName(name ?? '').trim() || email, email })

const METHODS = { PUBLISH: ICalCalendarMethod.PUBLISH, REQUEST: ICalCalendarMethod.REQUEST, CANCEL: ICalCalendarMethod.CANCEL }

export const calendarFile = (entry: CalendarEntry): string => {
  const cancelled = entry.method === 'CANCEL'
  const calendar = ical({ prodId: { company: 'Platforma', product: entry.product, language: 'PL' }, method: METHODS[entry.method], scale: 'gregorian' })
  const event = calendar.createEvent({
    id: entry.uid,
    sequence: Math.max(0, Math.trunc(entry.sequence ?? 0)),
    stamp: entry.stamp ?? new Date(),
    start: entry.start,
    end: entry.end,
    summary: entry.summary,
    description: entry.description || undefined,
    location: entry.location || undefined,
    url: entry.url || undefined,
    organizer: entry.organizer ? person(entry.organizer) : undefined,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.OPAQUE,
  })
  if (entry.attendee) {
    event.createAttendee({
      ...person(entry.attendee),
      role: ICalAttendeeRole.REQ,
      status: cancelled ? ICalAttendeeStatus.DECLINED : ICalAttendeeStatus.ACCEPTED,
    })
  }
  // Every content line ends in CRLF, the last one too (RFC 5545 3.1).
  return `${calendar.toString()}\r\n`
}

/** `appointment-12@platforma.example`: a UID from a kind, an id and the platform's public URL (localhost without one). */
export const calendarUid = ({ kind, id, publicUrl }: { kind: string; id: number | string; publicUrl: string | undefined }): string => {
  let host = 'localhost'
  try {
    if (publicUrl) host = new URL(publicUrl).hostname || host
  } catch {
    // keep localhost
  }
  return `${kind}-${String(id)}@${host}`
}
