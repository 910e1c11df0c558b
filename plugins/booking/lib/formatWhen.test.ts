import { formatWhen } from './formatWhen'

describe('formatWhen', () => {
  it('says the date and times in Polish in the given zone, and names the zone', () => {
    const when = formatWhen('2026-03-05T09:00:00Z', '2026-03-05T09:50:00Z', 'Europe/Warsaw', 'pl')
    expect(when).toEqual({
      date: 'czwartek, 5 marca 2026',
      time: '10:00–10:50',
      timeZone: 'Warszawa – czas środkowoeuropejski',
      full: 'czwartek, 5 marca 2026, 10:00–10:50 (Warszawa – czas środkowoeuropejski)',
    })
  })

  it('uses summer time in July and the 24-hour clock in English', () => {
    expect(formatWhen('2026-07-15T13:00:00Z', '2026-07-15T14:00:00Z', 'Europe/Warsaw', 'en').full).toBe(
      'Wednesday, 15 July 2026, 15:00–16:00 (Warsaw – Central European Time)',
    )
  })

  it('shows the same instant in another zone (a visitor abroad)', () => {
    expect(formatWhen('2026-03-05T09:00:00Z', '2026-03-05T09:50:00Z', 'America/New_York', 'en').full).toBe(
      'Thursday, 5 March 2026, 04:00–04:50 (New York – Eastern Time)',
    )
  })

  it('names the end date when a session runs past midnight', () => {
    expect(formatWhen('2026-03-05T22:30:00Z', '2026-03-05T23:30:00Z', 'Europe/Warsaw', 'pl').time).toBe('23:30–piątek, 6 marca 2026, 00:30')
  })
})
