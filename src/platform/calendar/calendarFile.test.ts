import { calendarProperties, calendarTime } from '../testing/calendar'
import { calendarFile, calendarUid } from './calendarFile'

const entry = {
  product: 'Big events',
  method: 'PUBLISH' as const,
  uid: 'big-event-5@platforma.test',
  start: new Date('2026-10-25T08:00:00Z'),
  end: new Date('2026-10-25T11:00:00Z'),
  stamp: new Date('2026-10-01T00:00:00Z'),
  summary: 'Warsztat',
}

describe('calendarFile', () => {
  it('publishes a file to download with no people in it, its product in PRODID and times in UTC', () => {
    const ics = calendarFile(entry)
    expect(calendarProperties(ics)).toMatchObject({
      PRODID: '-//Platforma//Big events//PL',
      METHOD: 'PUBLISH',
      UID: entry.uid,
      SEQUENCE: '0',
      STATUS: 'CONFIRMED',
      DTSTART: '20261025T080000Z',
    })
    expect(ics).not.toMatch(/^(ORGANIZER|ATTENDEE)/m)
    expect(calendarTime(ics, 'DTEND')).toBe(entry.end.getTime())
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })

  it('names a person without a name by their address, and never writes a negative or fractional SEQUENCE', () => {
    const ics = calendarFile({
      ...entry,
      method: 'REQUEST',
      sequence: 2.7,
      organizer: { email: 'anna@example.test' },
      attendee: { name: ' "" ', email: 'jan@example.test' },
    })
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain('ORGANIZER;CN="anna@example.test":mailto:anna@example.test')
    expect(unfolded).toMatch(/^ATTENDEE;.*CN="jan@example\.test".*:mailto:jan@example\.test$/im)
    expect(calendarProperties(ics).SEQUENCE).toBe('2')
    expect(calendarProperties(calendarFile({ ...entry, sequence: -3 })).SEQUENCE).toBe('0')
  })

  it('cancels: METHOD:CANCEL, STATUS:CANCELLED, the attendee DECLINED', () => {
    const ics = calendarFile({ ...entry, method: 'CANCEL', sequence: 3, attendee: { name: 'Jan', email: 'jan@example.test' } })
    expect(calendarProperties(ics)).toMatchObject({ METHOD: 'CANCEL', STATUS: 'CANCELLED', SEQUENCE: '3', UID: entry.uid })
    expect(ics.replace(/\r\n /g, '')).toMatch(/^ATTENDEE;.*PARTSTAT=DECLINED/m)
  })
})

describe('calendarUid', () => {
  it('is <kind>-<id>@ the platform host, localhost without a usable address', () => {
    expect(calendarUid({ kind: 'big-event', id: 5, publicUrl: 'https://platforma.example:8443/x' })).toBe('big-event-5@platforma.example')
    expect(calendarUid({ kind: 'booking', id: '5', publicUrl: undefined })).toBe('booking-5@localhost')
    expect(calendarUid({ kind: 'booking', id: 5, publicUrl: 'not a url' })).toBe('booking-5@localhost')
  })
})
