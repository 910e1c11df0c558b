import { timeZoneCity, timeZoneLabel } from './timeZoneLabel'

describe('timeZoneLabel', () => {
  it('names a zone by its city and generic name in the reader’s language, never the id', () => {
    expect(timeZoneLabel('Europe/Warsaw', 'pl')).toBe('Warszawa – czas środkowoeuropejski')
    expect(timeZoneLabel('Europe/Warsaw', 'en')).toBe('Warsaw – Central European Time')
    expect(timeZoneLabel('America/New_York', 'pl')).toBe('Nowy Jork – czas wschodnioamerykański')
    expect(timeZoneLabel('America/New_York', 'en')).toBe('New York – Eastern Time')
    expect(timeZoneLabel('Europe/Kyiv', 'pl')).toBe('Kijów – czas wschodnioeuropejski')
  })

  it('gives the same name in summer and winter (no "standard" or "summer time")', () => {
    expect(timeZoneLabel('Europe/Berlin', 'pl')).not.toMatch(/standardowy|letni/)
    expect(timeZoneLabel('Australia/Sydney', 'en')).toBe('Sydney – Australian Eastern Time')
  })

  it('names UTC by its long name and a zone Intl does not know by its city', () => {
    expect(timeZoneLabel('UTC', 'pl')).toBe('uniwersalny czas koordynowany')
    expect(timeZoneLabel('UTC', 'en')).toBe('Coordinated Universal Time')
    expect(timeZoneLabel('Mars/Olympus_Mons', 'en')).toBe('Olympus Mons')
  })

  it('keeps a city with no Polish name as the id writes it, spaces for underscores', () => {
    expect(timeZoneCity('America/Argentina/Buenos_Aires', 'pl')).toBe('Buenos Aires')
    expect(timeZoneCity('Europe/London', 'pl')).toBe('Londyn')
    expect(timeZoneCity('Europe/London', 'en')).toBe('London')
  })
})
