import { bookingUid, buildIcs, escapeText, foldLine, icsDate, parseIcs, type IcsBooking } from './ics'

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

describe('buildIcs', () => {
  it('writes one VEVENT in a VCALENDAR with CRLF line endings and no bare LF', () => {
    const ics = buildIcs(base)
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nPRODID:')).toBe(true)
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    const props = parseIcs(ics)
    expect(props).toMatchObject({
      VERSION: '2.0',
      CALSCALE: 'GREGORIAN',
      METHOD: 'REQUEST',
      UID: 'booking-7@platforma.test',
      SEQUENCE: '0',
      STATUS: 'CONFIRMED',
    })
  })

  it('writes times in UTC with Z and second precision', () => {
    const props = parseIcs(buildIcs(base))
    expect(props.DTSTART).toBe('20260305T090000Z')
    expect(props.DTEND).toBe('20260305T095000Z')
    expect(props.DTSTAMP).toBe('20260301T123456Z')
    expect(icsDate(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z')
  })

  it('names the organizer and the attendee as mailto addresses with a quoted CN', () => {
    const ics = buildIcs(base).replace(/\r\n /g, '')
    expect(ics).toContain('ORGANIZER;CN="Anna Kowalska":mailto:anna@example.test')
    expect(ics).toMatch(/ATTENDEE;CN="Jan Nowak";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jan@example\.test/)
  })

  it('drops quotes and control characters from a CN instead of breaking the line', () => {
    const ics = buildIcs({ ...base, attendee: { name: 'Jan "JJ"\r\nX: y', email: 'jan@example.test' } }).replace(/\r\n /g, '')
    expect(ics).toContain('ATTENDEE;CN="Jan JJX: y";')
  })

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, keeping the UID and the given SEQUENCE', () => {
    const props = parseIcs(buildIcs({ ...base, method: 'CANCEL', sequence: 2 }))
    expect(props).toMatchObject({ METHOD: 'CANCEL', STATUS: 'CANCELLED', UID: base.uid, SEQUENCE: '2' })
  })

  it('adds DESCRIPTION, LOCATION and URL only when given', () => {
    expect(parseIcs(buildIcs(base))).not.toHaveProperty('DESCRIPTION')
    expect(parseIcs(buildIcs(base))).not.toHaveProperty('LOCATION')
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
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    // Every physical line is valid UTF-8 on its own (no character cut in half).
    for (const line of ics.split('\r\n')) expect(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(line, 'utf8'))).toBe(line)
    expect(ics).toMatch(/\r\n [^\r\n]/)
    expect(parseIcs(ics).DESCRIPTION).toBe(escapeText(description))
  })
})

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75))
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`)
  })

  it('never splits a character of 4 octets (emoji) across lines', () => {
    const lines = foldLine(`X${'😀'.repeat(30)}`).split('\r\n')
    for (const line of lines) expect(line.isWellFormed()).toBe(true)
    expect(octets(lines[0])).toBe(73) // X + 18 emoji; a 19th would make 77
  })

  it('keeps continuation lines (with their leading space) within 75 octets', () => {
    const folded = foldLine('ą'.repeat(100))
    const lines = folded.split('\r\n')
    expect(octets(lines[0])).toBe(74) // 37 two-octet letters; a 38th would make 76
    for (const line of lines.slice(1)) {
      expect(line.startsWith(' ')).toBe(true)
      expect(octets(line)).toBeLessThanOrEqual(75)
    }
    expect(lines.map((line, index) => (index ? line.slice(1) : line)).join('')).toBe('ą'.repeat(100))
  })
})

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (CRLF, CR or LF) in that form', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })

  it('escapes the backslash first, so an escape is never doubled', () => {
    expect(escapeText(';')).toBe('\\;')
    expect(escapeText('\\;')).toBe('\\\\\\;')
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
