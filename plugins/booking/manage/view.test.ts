import { changeState, formatDeadline, manageTexts, moveQuery, rescheduleBody, slotsByDay, type OfferedSlot } from './view'

const HOUR = 3_600_000
const booking = { status: 'confirmed' as const, start: '2026-03-05T09:00:00.000Z', changeableUntil: '2026-03-04T09:00:00.000Z', kind: 'one_on_one' as const }

describe('changeState', () => {
  it('is open up to the cutoff, closed after it, past once started, and cancelled for a cancelled booking', () => {
    const until = Date.parse(booking.changeableUntil)
    expect(changeState(booking, until - HOUR)).toBe('open')
    expect(changeState(booking, until)).toBe('open')
    expect(changeState(booking, until + 1)).toBe('closed')
    expect(changeState(booking, Date.parse(booking.start))).toBe('past')
    expect(changeState({ ...booking, status: 'cancelled' }, until - HOUR)).toBe('cancelled')
  })
})

describe('formatDeadline', () => {
  it('says the cutoff without a weekday in Polish, so "do …" reads right, and with it in English, in the visitor zone', () => {
    // 2026-12-07 is a Monday; 15:00 UTC is 16:00 in Warsaw, 10:00 in New York.
    const at = '2026-12-07T15:00:00.000Z'
    const pl = manageTexts('pl').openUntil(formatDeadline(at, 'Europe/Warsaw', 'pl'), 24)
    expect(pl).toBe('Termin możesz zmienić lub odwołać online do 7 grudnia 2026, 16:00 (24 godz. przed rozpoczęciem).')
    expect(formatDeadline(at, 'America/New_York', 'en')).toBe('Monday, 7 December 2026, 10:00')
  })
})

describe('slotsByDay', () => {
  const slots: OfferedSlot[] = [
    { kind: 'one_on_one', start: '2026-03-05T09:00:00.000Z', end: '2026-03-05T10:00:00.000Z', blockId: '1' },
    { kind: 'one_on_one', start: '2026-03-05T22:30:00.000Z', end: '2026-03-05T23:30:00.000Z', blockId: '1' },
    { kind: 'group', start: '2026-03-05T17:00:00.000Z', end: '2026-03-05T18:00:00.000Z', eventId: 9 },
    { kind: 'one_on_one', start: '2026-03-06T08:00:00.000Z', end: '2026-03-06T09:00:00.000Z', blockId: '2' },
  ]

  it("groups the same kind of slots by the visitor's day, without the booking's own time", () => {
    const days = slotsByDay(slots, booking, 'Europe/Warsaw', 'en')
    // 22:30 UTC on the 5th is 23:30 in Warsaw: still the 5th there.
    expect(days.map((day) => [day.day, day.slots.map((slot) => slot.start)])).toEqual([
      ['Thursday, 5 March 2026', ['2026-03-05T22:30:00.000Z']],
      ['Friday, 6 March 2026', ['2026-03-06T08:00:00.000Z']],
    ])
  })

  it('puts a late slot on the next day in a zone east of it', () => {
    const days = slotsByDay(slots, booking, 'Asia/Tokyo', 'pl')
    expect(days.map((day) => day.day)).toEqual(['piątek, 6 marca 2026'])
    expect(days[0].slots).toHaveLength(2)
  })

  it('offers classes for a class booking', () => {
    expect(slotsByDay(slots, { ...booking, kind: 'group' }, 'Europe/Warsaw', 'en').flatMap((day) => day.slots)).toEqual([slots[2]])
  })
})

describe('rescheduleBody and texts', () => {
  it('sends start and block for a 1:1 slot and the class for a seat', () => {
    expect(rescheduleBody(slots0)).toEqual({ start: slots0.start, blockId: '1' })
    expect(rescheduleBody({ kind: 'group', start: 'x', end: 'y', eventId: 9 })).toEqual({ eventId: 9 })
  })

  it('explains the cutoff in both languages, and falls back to Polish', () => {
    expect(manageTexts('en').closed(24)).toMatch(/closed 24 hours before the start/)
    expect(manageTexts('pl').closed(24)).toMatch(/24 godz\. przed rozpoczęciem/)
    expect(manageTexts('xx' as never).title).toBe('Twoja rezerwacja')
  })
})

const slots0: OfferedSlot = { kind: 'one_on_one', start: '2026-03-05T09:00:00.000Z', end: '2026-03-05T10:00:00.000Z', blockId: '1' }

describe('moveQuery', () => {
  it("keeps the booking's service and host, and drops the host when the visitor picks any", () => {
    expect(moveQuery({ serviceId: '4', hostKey: 'owner:1' }, false)).toEqual({ service: '4', host: 'owner:1' })
    expect(moveQuery({ serviceId: '4', hostKey: 'owner:1' }, true)).toEqual({ service: '4' })
    expect(moveQuery({}, false)).toEqual({})
  })

  it('asks before moving, in both languages', () => {
    // A feminine weekday after "na" would need "środę": the colon keeps every weekday in the nominative.
    expect(manageTexts('pl').confirmMove('środa, 4 marca 2026, 10:00')).toBe('Przenieść rezerwację na nowy termin: środa, 4 marca 2026, 10:00?')
    expect(manageTexts('en').backTo('Studio')).toBe('Back to Studio')
  })
})
