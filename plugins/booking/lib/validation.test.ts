import { checkCalendarDate, checkEndAfterStart, checkMeetingFits, checkTimeOfDay, checkWholeMinutes } from './validation'

const TIME = {
  en: 'Enter the time as hours and minutes (24-hour clock), e.g. 09:30.',
  pl: 'Wpisz godzinę i minuty (zegar 24-godzinny), np. 09:30.',
}

describe('booking field rules', () => {
  it('times of day are HH:MM, the end may be 24:00 and must follow the start', () => {
    expect(checkTimeOfDay('09:30')).toBe(true)
    expect(checkTimeOfDay('9:30')).toEqual(TIME)
    expect(checkTimeOfDay('24:00')).toEqual(TIME)
    expect(checkTimeOfDay('24:00', { end: true })).toBe(true)
    expect(checkTimeOfDay('23:60', { end: true })).toEqual(TIME)
    expect(checkEndAfterStart('09:00', '09:30')).toBe(true)
    expect(checkEndAfterStart('09:00', '09:00')).toEqual({ en: 'The end time must be after the start time.', pl: 'Koniec musi być później niż początek.' })
    expect(checkEndAfterStart('09:00', '24:00')).toBe(true)
  })

  it('minutes are whole numbers within bounds, said in both languages', () => {
    expect(checkWholeMinutes(60, 'meetingLength')).toBe(true)
    expect(checkWholeMinutes(4, 'meetingLength')).toEqual({ en: 'Enter a whole number from 5 to 480.', pl: 'Podaj liczbę całkowitą od 5 do 480.' })
    expect(checkWholeMinutes(30.5, 'timeSnapping')).toEqual({ en: 'Enter a whole number from 5 to 240.', pl: 'Podaj liczbę całkowitą od 5 do 240.' })
    expect(checkWholeMinutes(0, 'bufferTime')).toBe(true)
    expect(checkWholeMinutes(-1, 'bufferTime')).toMatchObject({ pl: 'Podaj liczbę całkowitą od 0 do 240.' })
  })

  it('dates and the meeting fitting into the block', () => {
    expect(checkCalendarDate('2026-10-25')).toBe(true)
    expect(checkCalendarDate('2026-10-32')).toEqual({ en: 'Choose a date that exists, e.g. 2026-03-29.', pl: 'Wybierz istniejącą datę, np. 2026-03-29.' })
    expect(checkCalendarDate('', { optional: true })).toBe(true)
    expect(checkMeetingFits({ startTime: '09:00', endTime: '10:00', meetingLength: 60 })).toBe(true)
    expect(checkMeetingFits({ startTime: '09:00', endTime: '10:00', meetingLength: 61 })).toMatchObject({
      pl: 'Spotkanie nie mieści się między początkiem a końcem – skróć spotkanie albo wydłuż godziny.',
    })
  })
})
