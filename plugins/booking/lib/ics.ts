/**
 * An RFC 5545 calendar object for one booking (pure, no I/O): one VEVENT with
 * a stable UID, so calendars update the same entry on reschedule (higher
 * SEQUENCE) and remove it on cancel (METHOD:CANCEL, STATUS:CANCELLED).
 * CRLF line endings, TEXT escaping (RFC 5545 3.3.11) and folding at 75 octets
 * (3.1) without splitting a UTF-8 character.
 */

export type IcsPerson = { name?: string; email: string }

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

export const PRODID = '-//Platforma//Booking//PL'

/** `booking-12@platforma.example` from the booking id and the platform's public URL. */
export const bookingUid = (bookingId: number | string, serverURL: string | undefined): string => {
  let host = 'localhost'
  try {
    if (serverURL) host = new URL(serverURL).hostname || host
  } catch {
    // keep localhost
  }
  return `booking-${String(bookingId)}@${host}`
}

/** `20260305T090000Z`: UTC, second precision. */
export const icsDate = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** TEXT value escaping: backslash, semicolon, comma, newline (CR/LF become `\n`). */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

/** A parameter value (CN): quoted, without the characters a quoted value may not hold. */
const paramValue = (value: string): string =>
  `"${Array.from(value)
    .filter((char) => char !== '"' && char.charCodeAt(0) >= 0x20 && char !== '\u007f')
    .join('')
    .slice(0, 200)}"`

/**
 * Folds one content line into lines of at most 75 octets, continuation lines
 * starting with one space, never cutting inside a UTF-8 character.
 */
export const foldLine = (line: string): string => {
  const encoder = new TextEncoder()
  if (encoder.encode(line).length <= 75) return line
  const parts: string[] = []
  let current = ''
  let size = 0
  // Continuation lines begin with a space, which counts toward their 75 octets.
  let limit = 75
  for (const char of line) {
    const bytes = encoder.encode(char).length
    if (size + bytes > limit) {
      parts.push(current)
      current = ''
      size = 0
      limit = 74
    }
    current += char
    size += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const person = (property: 'ORGANIZER' | 'ATTENDEE', who: IcsPerson, extra = ''): string =>
  `${property}${who.name ? `;CN=${paramValue(who.name)}` : ''}${extra}:mailto:${who.email}`

export const buildIcs = (booking: IcsBooking): string => {
  const cancelled = booking.method === 'CANCEL'
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${booking.method}`,
    'BEGIN:VEVENT',
    `UID:${booking.uid}`,
    `SEQUENCE:${Math.max(0, Math.trunc(booking.sequence))}`,
    `DTSTAMP:${icsDate(booking.stamp)}`,
    `DTSTART:${icsDate(booking.start)}`,
    `DTEND:${icsDate(booking.end)}`,
    `SUMMARY:${escapeText(booking.summary)}`,
    ...(booking.description ? [`DESCRIPTION:${escapeText(booking.description)}`] : []),
    ...(booking.location ? [`LOCATION:${escapeText(booking.location)}`] : []),
    ...(booking.url ? [`URL:${booking.url}`] : []),
    person('ORGANIZER', booking.organizer),
    person('ATTENDEE', booking.attendee, `;ROLE=REQ-PARTICIPANT;PARTSTAT=${cancelled ? 'DECLINED' : 'ACCEPTED'}`),
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}

/** Reads a calendar object back: unfolds lines and returns `NAME` -> value of the first of each property (for tests and checks). */
export const parseIcs = (text: string): Record<string, string> => {
  const unfolded = text.replace(/\r\n[ \t]/g, '')
  const properties: Record<string, string> = {}
  for (const line of unfolded.split('\r\n')) {
    const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line)
    if (match && !(match[1] in properties)) properties[match[1]] = match[3]
  }
  return properties
}
