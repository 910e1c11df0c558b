import { calendarProperties as parseIcs, calendarTime } from '@platform/testing'
import { isoInZone } from '@platform'
import { bookingUid, buildIcs, type IcsBooking } from './ics'
import { dayNumber, wallToInstant } from './wallClock'

const base: IcsBooking = {
  uid: 'booking-7@platforma.test',
  sequence: 0,
  method: 'REQUEST',
  start: new Date('2026-03-05T09:00:00.000Z'),
  end: new Date('2026-03-05T09:50:00.000Z'),
  stamp: new Date('2026-03-01T12:34:56.789Z'),
  summary: 'Konsultacja',
  organizer: { name: 'Anna Kowalska', email: 'anna@example.test' },
  attendee: { name: 'Jan Nowak', email: 'jan@example.test' },
}

const octets = (line: string) => Buffer.byteLength(line, 'utf8')

/** The unfolded line of `name`: its parameters (as written) and its value. */
const lineOf = (ics: string, name: string) => {
  const line = ics
    .replace(/\r\n /g, '')
    .split('\r\n')
    .find((candidate) => candidate.startsWith(`${name};`) || candidate.startsWith(`${name}:`))!
  const [head, ...value] = line.split(/:(?=[^"]*(?:"[^"]*"[^"]*)*$)/)
  return { params: head.split(';').slice(1), value: value.join(':') }
}

/** Every physical line within 75 octets, each valid UTF-8 on its own (no letter cut in half). */
const expectFoldedWell = (ics: string) => {
  for (const line of ics.split('\r\n')) {
    expect(octets(line)).toBeLessThanOrEqual(75)
    expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8'))).toBe(line)
  }
}

describe('buildIcs', () => {
  it('writes one VEVENT in a VCALENDAR with CRLF line endings and no bare LF', () => {
    const ics = buildIcs(base)
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    const props = parseIcs(ics)
    expect(props).toMatchObject({
      PRODID: '-//Platforma//Booking//PL',
      VERSION: '2.0',
      CALSCALE: 'GREGORIAN',
      METHOD: 'REQUEST',
      UID: 'booking-7@platforma.test',
      SEQUENCE: '0',
      STATUS: 'CONFIRMED',
      TRANSP: 'OPAQUE',
    })
  })

  it('writes times in UTC with Z and second precision', () => {
    const props = parseIcs(buildIcs(base))
    expect(props.DTSTART).toBe('20260305T090000Z')
    expect(props.DTEND).toBe('20260305T095000Z')
    expect(props.DTSTAMP).toBe('20260301T123456Z')
    expect(parseIcs(buildIcs({ ...base, stamp: new Date('2026-12-31T23:59:59.999Z') })).DTSTAMP).toBe('20261231T235959Z')
  })

  it('puts the booking at its wall-clock time in Warsaw on both sides of the spring and autumn clock changes', () => {
    const zone = 'Europe/Warsaw'
    // 10:00 on the Saturday before the spring change (CET, +01:00), the Monday after (CEST, +02:00), and the Monday
    // after the autumn change (CET again); the booking time is 10:00 Warsaw each time, a different UTC hour.
    const days = [
      ['2026-03-28', '2026-03-28T09:00:00.000Z'],
      ['2026-03-30', '2026-03-30T08:00:00.000Z'],
      ['2026-10-26', '2026-10-26T09:00:00.000Z'],
    ] as const
    for (const [day, utc] of days) {
      const start = wallToInstant(dayNumber(day), 10 * 60, zone)
      expect(new Date(start).toISOString()).toBe(utc)
      const ics = buildIcs({ ...base, start: new Date(start), end: new Date(start + 50 * 60_000) })
      expect(calendarTime(ics, 'DTSTART')).toBe(start)
      expect(calendarTime(ics, 'DTEND')).toBe(start + 50 * 60_000)
      expect(isoInZone(calendarTime(ics, 'DTSTART'), zone)).toBe(`${day}T10:00:00${day === '2026-03-30' ? '+02:00' : '+01:00'}`)
    }
  })

  it('names the organizer and the attendee as mailto addresses with a quoted CN', () => {
    const ics = buildIcs(base)
    expect(lineOf(ics, 'ORGANIZER')).toEqual({ params: ['CN="Anna Kowalska"'], value: 'mailto:anna@example.test' })
    const attendee = lineOf(ics, 'ATTENDEE')
    expect([...attendee.params].sort()).toEqual(['CN="Jan Nowak"', 'PARTSTAT=ACCEPTED', 'ROLE=REQ-PARTICIPANT'])
    expect(attendee.value.toLowerCase()).toBe('mailto:jan@example.test')
  })

  it('drops quotes and control characters from a CN instead of breaking the line', () => {
    const ics = buildIcs({ ...base, attendee: { name: 'Jan "JJ"\r\nX: y', email: 'jan@example.test' } })
    const attendee = lineOf(ics, 'ATTENDEE')
    expect(attendee.params).toContain('CN="Jan JJX: y"')
    expect(attendee.value.toLowerCase()).toBe('mailto:jan@example.test')
    expect(ics.match(/^ATTENDEE/gm)).toHaveLength(1)
  })

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, keeping the UID and the given SEQUENCE', () => {
    const ics = buildIcs({ ...base, method: 'CANCEL', sequence: 2 })
    expect(parseIcs(ics)).toMatchObject({ METHOD: 'CANCEL', STATUS: 'CANCELLED', UID: base.uid, SEQUENCE: '2' })
    expect(lineOf(ics, 'ATTENDEE').params).toContain('PARTSTAT=DECLINED')
  })

  it('adds DESCRIPTION, LOCATION and URL only when given', () => {
    expect(parseIcs(buildIcs(base))).not.toHaveProperty('DESCRIPTION')
    expect(parseIcs(buildIcs(base))).not.toHaveProperty('LOCATION')
    expect(parseIcs(buildIcs(base))).not.toHaveProperty('URL')
    const props = parseIcs(
      buildIcs({ ...base, description: 'Link: https://p.test/bookings/abc', location: 'ul. Długa 5, Kraków', url: 'https://p.test/bookings/abc' }),
    )
    expect(props.DESCRIPTION).toBe('Link: https://p.test/bookings/abc')
    expect(props.LOCATION).toBe('ul. Długa 5\\, Kraków')
    expect(props.URL).toBe('https://p.test/bookings/abc')
  })

  it('folds a long Polish description at 75 octets without splitting a letter, and unfolds back to the same text', () => {
    const description =
      'Zażółć gęślą jaźń — spotkanie w gabinecie. '.repeat(8) + 'Zmień lub odwołaj: https://platforma.test/bookings/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'
    const ics = buildIcs({ ...base, description })
    expectFoldedWell(ics)
    expect(ics).toMatch(/\r\n [^\r\n]/)
    // Nothing in it needs escaping, so it unfolds to exactly the text.
    expect(parseIcs(ics).DESCRIPTION).toBe(description)
  })
})

describe('folding', () => {
  it('leaves a short line alone and folds a long one, continuation lines starting with one space', () => {
    expect(buildIcs({ ...base, summary: 'A'.repeat(40) })).toContain(`\r\nSUMMARY:${'A'.repeat(40)}\r\n`)
    const ics = buildIcs({ ...base, summary: 'A'.repeat(200) })
    expectFoldedWell(ics)
    expect(parseIcs(ics).SUMMARY).toBe('A'.repeat(200))
  })

  it('never splits a character of 4 octets (emoji) across lines', () => {
    const ics = buildIcs({ ...base, summary: `X${'😀'.repeat(30)}` })
    expectFoldedWell(ics)
    for (const line of ics.split('\r\n')) expect(line.isWellFormed()).toBe(true)
    expect(parseIcs(ics).SUMMARY).toBe(`X${'😀'.repeat(30)}`)
  })

  it('keeps continuation lines (with their leading space) within 75 octets', () => {
    const ics = buildIcs({ ...base, summary: 'ą'.repeat(100) })
    const lines = ics.split('\r\n')
    const first = lines.findIndex((line) => line.startsWith('SUMMARY:'))
    const continued = lines.slice(first + 1).filter((line) => line.startsWith(' '))
    expect(continued.length).toBeGreaterThanOrEqual(2)
    for (const line of continued) expect(octets(line)).toBeLessThanOrEqual(75)
    expect(parseIcs(ics).SUMMARY).toBe('ą'.repeat(100))
  })
})

describe('escaping', () => {
  it('escapes backslash, semicolon, comma and newlines (CRLF, CR or LF) in that form', () => {
    expect(parseIcs(buildIcs({ ...base, description: 'a\\b;c,d\ne\r\nf\rg' })).DESCRIPTION).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('escapes the backslash first, so an escape is never doubled', () => {
    expect(parseIcs(buildIcs({ ...base, summary: ';' })).SUMMARY).toBe('\\;')
    expect(parseIcs(buildIcs({ ...base, summary: '\\;' })).SUMMARY).toBe('\\\\\\;')
  })

  it('is applied to SUMMARY', () => {
    expect(parseIcs(buildIcs({ ...base, summary: 'Joga; poziom 1, grupa A' })).SUMMARY).toBe('Joga\\; poziom 1\\, grupa A')
  })
})

describe('bookingUid', () => {
  it("is booking-<id>@ the platform's host, the same for the same booking", () => {
    expect(bookingUid(12, 'https://platforma.example:8443/x')).toBe('booking-12@platforma.example')
    expect(bookingUid('12', 'https://platforma.example')).toBe(bookingUid(12, 'https://platforma.example'))
    expect(bookingUid(3, undefined)).toBe('booking-3@localhost')
    expect(bookingUid(3, 'not a url')).toBe('booking-3@localhost')
  })
})
