import { buildEventIcs, eventUid, icsFilename } from './ics'

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')
const props = (ics: string) =>
  Object.fromEntries(
    unfold(ics)
      .split('\r\n')
      .filter(Boolean)
      .map((line) => [line.split(/[:;]/)[0], line.slice(line.indexOf(':') + 1)]),
  )

const base = {
  uid: eventUid(7, 'https://platforma.example'),
  start: new Date('2026-12-05T09:00:00Z'),
  end: new Date('2026-12-06T15:00:00Z'),
  summary: 'Weekend z jogą; Łódź, "cisza"',
  location: 'ul. Piotrkowska 1, Łódź',
  stamp: new Date('2026-11-30T12:00:00Z'),
}

describe('buildEventIcs', () => {
  it('writes one event with a stable UID, UTC times and escaped text', () => {
    const ics = buildEventIcs(base)
    expect(ics).toContain('\r\n')
    expect(props(ics)).toMatchObject({
      METHOD: 'PUBLISH',
      UID: 'big-event-7@platforma.example',
      DTSTART: '20261205T090000Z',
      DTEND: '20261206T150000Z',
      SUMMARY: 'Weekend z jogą\\; Łódź\\, "cisza"',
      STATUS: 'CONFIRMED',
    })
  })

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, keeping the UID', () => {
    expect(props(buildEventIcs({ ...base, cancelled: true, sequence: 2 }))).toMatchObject({
      METHOD: 'CANCEL',
      STATUS: 'CANCELLED',
      UID: base.uid,
      SEQUENCE: '2',
    })
  })

  it('names the file after the event', () => {
    expect(icsFilename('weekend-z-joga')).toBe('weekend-z-joga.ics')
    expect(icsFilename(null)).toBe('wydarzenie.ics')
  })
})
