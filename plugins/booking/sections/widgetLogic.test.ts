import {
  bookingBody,
  dayWindow,
  formatDate,
  formatTime,
  formatWhen,
  formatWindow,
  groupSlotsByDay,
  interpretBookingResponse,
  TEXTS,
  weekdayNames,
  widgetLocale,
  type PublicSlot,
} from './widgetLogic'

const slot = (start: string, end: string, extra: Partial<PublicSlot> = {}): PublicSlot => ({ kind: 'one_on_one', start, end, blockId: '4', ...extra })

describe('grouping slots by day in the visitor zone', () => {
  const slots = [
    slot('2026-12-01T22:30:00Z', '2026-12-01T23:30:00Z'), // 23:30 Warsaw on 1 Dec; 17:30 New York on 1 Dec
    slot('2026-12-01T23:30:00Z', '2026-12-02T00:30:00Z'), // 00:30 Warsaw on 2 Dec; 18:30 New York on 1 Dec
    slot('2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z'),
  ]

  it('puts each slot on the day it starts in that zone, sorted', () => {
    const warsaw = groupSlotsByDay(slots, 'Europe/Warsaw')
    expect([...warsaw.keys()]).toEqual(['2026-12-01', '2026-12-02'])
    expect(warsaw.get('2026-12-01')!.map((each) => each.start)).toEqual(['2026-12-01T08:00:00Z', '2026-12-01T22:30:00Z'])
    const newYork = groupSlotsByDay(slots, 'America/New_York')
    expect([...newYork.keys()]).toEqual(['2026-12-01'])
    expect(newYork.get('2026-12-01')).toHaveLength(3)
  })

  it('formats times in the zone, across the DST change', () => {
    expect(formatTime('2026-10-25T00:30:00Z', 'Europe/Warsaw', 'pl')).toBe('02:30')
    expect(formatTime('2026-10-25T01:30:00Z', 'Europe/Warsaw', 'en')).toBe('02:30')
    expect(formatTime('2026-12-01T08:00:00Z', 'America/New_York', 'en')).toBe('03:00')
  })
})

describe('the days shown', () => {
  it('shows whole Monday-first weeks from the week of the first date', () => {
    const days = dayWindow('2026-11-26', 4)
    expect(days).toHaveLength(28)
    expect([days[0], days[27]]).toEqual(['2026-11-23', '2026-12-20'])
  })

  it('names days and windows in both languages', () => {
    expect(formatDate('2026-12-01', 'pl')).toBe('wtorek, 1 grudnia 2026')
    expect(formatDate('2026-12-01', 'en')).toMatch(/^Tuesday,? 1 December 2026$/) // ICU versions differ on the comma
    expect(formatWindow(dayWindow('2026-11-26', 4), 'en')).toBe('November – December 2026')
    expect(formatWindow(dayWindow('2026-12-28', 1), 'pl')).toBe('grudzień 2026 – styczeń 2027')
    expect(formatWindow(['2026-12-07', '2026-12-13'], 'pl')).toBe('grudzień 2026')
    expect(formatWhen('2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z', 'Europe/Warsaw', 'pl')).toBe('wtorek, 1 grudnia 2026, 09:00–10:00')
  })

  it('names weekdays Monday first', () => {
    expect(weekdayNames('en')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    expect(weekdayNames('pl')[0]).toMatch(/^pon/)
    expect(weekdayNames('pl')[6]).toMatch(/^niedz/)
  })

  it('reads the locale', () => {
    expect([widgetLocale('en'), widgetLocale('en-US'), widgetLocale('pl'), widgetLocale(undefined), widgetLocale('de')]).toEqual(['en', 'en', 'pl', 'pl', 'pl'])
  })
})

describe('booking requests and answers', () => {
  it('sends a 1:1 slot by block and start, a class seat by event, with the visitor zone and language', () => {
    expect(
      bookingBody(
        slot('2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z'),
        { name: ' Jan ', email: 'jan@example.org ', notes: '  ' },
        { zone: 'Europe/Warsaw', locale: 'pl' },
      ),
    ).toEqual({
      blockId: '4',
      start: '2026-12-01T08:00:00Z',
      name: 'Jan',
      email: 'jan@example.org',
      tz: 'Europe/Warsaw',
      locale: 'pl',
    })
    const seat = slot('2026-12-01T08:00:00Z', '2026-12-01T09:00:00Z', { kind: 'group', blockId: undefined, eventId: '9', seatsLeft: 3 })
    expect(bookingBody(seat, { name: 'Ola', email: 'ola@example.org', notes: 'First time' }, { zone: 'UTC', locale: 'en' })).toMatchObject({
      eventId: '9',
      notes: 'First time',
    })
  })

  it('tells a confirmation from a taken slot, bad input, a limit and a failure', () => {
    const en = TEXTS.en
    expect(interpretBookingResponse(201, { booking: { title: 'Coaching', start: 'a', end: 'b' }, manageUrl: 'http://x/manage/t' }, en)).toEqual({
      kind: 'confirmed',
      title: 'Coaching',
      start: 'a',
      end: 'b',
      manageUrl: 'http://x/manage/t',
    })
    expect(interpretBookingResponse(409, { errors: [{ message: 'Taken.' }] }, en)).toEqual({ kind: 'taken', message: en.taken })
    expect(interpretBookingResponse(400, { errors: [{ message: '"email" must be an email address.' }] }, en)).toEqual({
      kind: 'invalid',
      message: 'Please check your details: "email" must be an email address.',
    })
    expect(interpretBookingResponse(429, {}, TEXTS.pl)).toEqual({ kind: 'limited', message: TEXTS.pl.tooMany })
    expect(interpretBookingResponse(500, 'oops', en)).toEqual({ kind: 'failed', message: en.failed })
    expect(interpretBookingResponse(201, {}, en)).toEqual({ kind: 'failed', message: en.failed })
  })
})
