import {
  bookingBody,
  calendarLinks,
  choiceDetails,
  dayLabel,
  formErrors,
  zoneOptions,
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
    expect(
      interpretBookingResponse(
        201,
        { booking: { title: 'Coaching', start: 'a', end: 'b' }, manageUrl: 'http://x/manage/t', calendarUrl: 'http://x/t.ics' },
        en,
      ),
    ).toEqual({
      kind: 'confirmed',
      title: 'Coaching',
      start: 'a',
      end: 'b',
      manageUrl: 'http://x/manage/t',
      calendarUrl: 'http://x/t.ics',
    })
    expect(interpretBookingResponse(409, { errors: [{ message: 'Taken.' }] }, en)).toEqual({ kind: 'taken', message: en.taken })
    // The server's message, and the field it names so the widget can show it there.
    expect(interpretBookingResponse(400, { errors: [{ message: 'Pole e-mail: podaj prawidłowy adres.', field: 'email' }] }, en)).toEqual({
      kind: 'invalid',
      message: 'Pole e-mail: podaj prawidłowy adres.',
      field: 'email',
    })
    expect(interpretBookingResponse(400, { errors: [{ message: 'Wybierz termin.', field: 'blockId' }] }, en)).toEqual({
      kind: 'invalid',
      message: 'Wybierz termin.',
    })
    expect(interpretBookingResponse(429, {}, TEXTS.pl)).toEqual({ kind: 'limited', message: TEXTS.pl.tooMany })
    expect(interpretBookingResponse(429, { errors: [{ message: 'Za dużo.' }] }, TEXTS.pl)).toEqual({ kind: 'limited', message: 'Za dużo.' })
    expect(interpretBookingResponse(500, 'oops', en)).toEqual({ kind: 'failed', message: en.failed })
    expect(interpretBookingResponse(201, {}, en)).toEqual({ kind: 'failed', message: en.failed })
  })
})

describe('service list, day labels, form errors and calendar links', () => {
  it('describes a service by its length and price, in the visitor language', () => {
    expect(choiceDetails({ id: '1', kind: 'one_on_one', title: 'Konsultacja', duration: 50, price: 15000 }, 'pl')).toBe('50 min · 150,00\u00a0zł')
    expect(choiceDetails({ id: 'classes', kind: 'group', title: 'Classes' }, 'en')).toBe('')
  })

  it('announces each day with its number of free times, in correct Polish plural forms', () => {
    expect(dayLabel('2026-12-01', 7, 'pl')).toBe('wtorek, 1 grudnia 2026 – 7 wolnych terminów')
    expect(dayLabel('2026-12-01', 1, 'pl')).toBe('wtorek, 1 grudnia 2026 – 1 wolny termin')
    expect(dayLabel('2026-12-01', 3, 'pl')).toBe('wtorek, 1 grudnia 2026 – 3 wolne terminy')
    expect(dayLabel('2026-12-01', 22, 'pl')).toBe('wtorek, 1 grudnia 2026 – 22 wolne terminy')
    expect(dayLabel('2026-12-01', 12, 'pl')).toBe('wtorek, 1 grudnia 2026 – 12 wolnych terminów')
    expect(dayLabel('2026-12-01', 0, 'pl')).toBe('wtorek, 1 grudnia 2026 – brak wolnych terminów')
    expect(dayLabel('2026-12-01', 1, 'en')).toBe('Tuesday, 1 December 2026 – 1 free time')
    expect(TEXTS.pl.seatsLeft(1)).toBe('Zostało 1 miejsce')
    expect(TEXTS.pl.seatsLeft(3)).toBe('Zostały 3 miejsca')
    expect(TEXTS.pl.seatsLeft(5)).toBe('Zostało 5 miejsc')
  })

  it('names each field that is wrong, in form order', () => {
    expect(formErrors({ name: ' ', email: 'jan@localhost', consent: false }, TEXTS.pl)).toEqual({
      name: TEXTS.pl.nameMissing,
      email: TEXTS.pl.emailInvalid,
      consent: TEXTS.pl.consentMissing,
    })
    expect(formErrors({ name: 'Jan', email: '', consent: true }, TEXTS.en)).toEqual({ email: TEXTS.en.emailMissing })
    expect(formErrors({ name: 'Jan', email: 'jan@example.com', consent: true }, TEXTS.en)).toEqual({})
  })

  it('pre-fills Google and Outlook with the title and the UTC times', () => {
    const links = calendarLinks({ title: 'Konsultacja & więcej', start: '2026-12-01T08:00:00.000Z', end: '2026-12-01T08:30:00.000Z', details: 'Anna' })
    const google = new URL(links.google)
    expect(google.origin + google.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(Object.fromEntries(google.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'Konsultacja & więcej',
      dates: '20261201T080000Z/20261201T083000Z',
      details: 'Anna',
    })
    const outlook = new URL(links.outlook)
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.live.com/calendar/0/deeplink/compose')
    expect(Object.fromEntries(outlook.searchParams)).toMatchObject({
      subject: 'Konsultacja & więcej',
      startdt: '2026-12-01T08:00:00.000Z',
      enddt: '2026-12-01T08:30:00.000Z',
      rru: 'addevent',
    })
  })

  it('offers the visitor zone and the site zone first, once each', () => {
    expect(zoneOptions('Europe/Warsaw', 'Europe/Warsaw', ['America/New_York', 'Europe/Warsaw'])).toEqual(['Europe/Warsaw', 'America/New_York'])
  })
})
