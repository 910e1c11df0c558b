import { COMMON_TIME_ZONES, isKnownTimeZone, matchesTimeZone, searchable, supportedTimeZones, timeZoneOptions } from './timeZones'

describe('time zones an owner picks from', () => {
  it('knows the zones Intl knows, spelt as their ids are', () => {
    for (const zone of ['Europe/Warsaw', 'Europe/London', 'America/Port-au-Prince', 'America/Argentina/Buenos_Aires', 'Etc/GMT+1', 'UTC', 'Europe/Kiev']) {
      expect([zone, isKnownTimeZone(zone)]).toEqual([zone, true])
    }
    for (const wrong of ['Mars/Olympus', 'europe/warsaw', 'Europe/Warsaw ', 'CET+1', '', 'Europe/' + 'x'.repeat(70), 42, null, undefined]) {
      expect([wrong, isKnownTimeZone(wrong)]).toEqual([wrong, false])
    }
  })

  it('lists every supported zone once, UTC included, the common European zones first in order', () => {
    const zones = supportedTimeZones()
    expect(zones).toContain('UTC')
    const options = timeZoneOptions('pl')
    expect(options).toHaveLength(new Set(zones).size)
    expect(new Set(options.map((option) => option.value)).size).toBe(options.length)
    const common = COMMON_TIME_ZONES.filter((zone) => zones.includes(zone))
    expect(options.slice(0, common.length).map((option) => option.value)).toEqual(common)
    expect(options[0]).toMatchObject({ value: 'Europe/Warsaw', label: 'Warszawa – czas środkowoeuropejski' })
    expect(options[1]).toMatchObject({ value: 'Europe/London', label: expect.stringMatching(/^Londyn – czas/) })
    expect(timeZoneOptions('en')[1]).toMatchObject({ value: 'Europe/London', label: expect.stringMatching(/^London – /) })
    // After the common ones, by label in the reader's language: Polish collation puts "Ł…" after "L…".
    const rest = options.slice(common.length).map((option) => option.label)
    expect(rest).toEqual([...rest].sort(new Intl.Collator('pl-PL').compare))
  })

  it('keeps a stored zone this runtime does not list (an alias), and drops nothing for an unknown one', () => {
    const zones = ['Europe/Warsaw', 'Asia/Tokyo']
    expect(timeZoneOptions('pl', { zones, current: 'US/Eastern' }).map((option) => option.value)).toEqual(['Europe/Warsaw', 'US/Eastern', 'Asia/Tokyo'])
    expect(timeZoneOptions('pl', { zones, current: 'Mars/Olympus' }).map((option) => option.value)).toEqual(['Europe/Warsaw', 'Asia/Tokyo'])
  })

  it('finds a zone by its Polish or English city, with or without Polish letters, or by its zone name', () => {
    const byValue = new Map(timeZoneOptions('pl').map((option) => [option.value, option]))
    const london = byValue.get('Europe/London')!
    const warsaw = byValue.get('Europe/Warsaw')!
    const newYork = byValue.get('America/New_York')!
    expect(matchesTimeZone(london, 'Londyn')).toBe(true)
    expect(matchesTimeZone(london, 'london')).toBe(true)
    expect(matchesTimeZone(warsaw, 'warszawa')).toBe(true)
    expect(matchesTimeZone(warsaw, 'Warsaw')).toBe(true)
    expect(matchesTimeZone(warsaw, 'środkowoeuropejski')).toBe(true)
    expect(matchesTimeZone(warsaw, 'srodkowoeuropejski')).toBe(true)
    expect(matchesTimeZone(newYork, 'nowy jork')).toBe(true)
    expect(matchesTimeZone(newYork, 'new york')).toBe(true)
    expect(matchesTimeZone(warsaw, 'londyn')).toBe(false)
    const found = [...byValue.values()].filter((option) => matchesTimeZone(option, 'londyn')).map((option) => option.value)
    expect(found).toEqual(['Europe/London'])
  })

  it('matches regardless of case, diacritics and separators', () => {
    expect(searchable('Łódź_Fabryczna – Środa/X')).toBe('lodz fabryczna sroda x')
  })
})
