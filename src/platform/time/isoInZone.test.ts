import { isoInZone } from './isoInZone'

describe('isoInZone', () => {
  it('writes the wall clock of the zone with its offset at that instant, across summer time', () => {
    expect(isoInZone('2026-12-05T09:00:00.000Z', 'Europe/Warsaw')).toBe('2026-12-05T10:00:00+01:00')
    expect(isoInZone('2026-07-01T09:00:00.000Z', 'Europe/Warsaw')).toBe('2026-07-01T11:00:00+02:00')
    expect(isoInZone('2026-03-29T00:59:59.000Z', 'Europe/Warsaw')).toBe('2026-03-29T01:59:59+01:00')
    expect(isoInZone('2026-03-29T01:00:00.000Z', 'Europe/Warsaw')).toBe('2026-03-29T03:00:00+02:00')
    expect(isoInZone('2026-12-05T09:00:00.000Z', 'America/New_York')).toBe('2026-12-05T04:00:00-05:00')
    expect(isoInZone('2026-12-05T09:00:00.000Z', 'Asia/Kolkata')).toBe('2026-12-05T14:30:00+05:30')
    expect(isoInZone('2026-12-05T09:00:00.000Z', 'UTC')).toBe('2026-12-05T09:00:00Z')
  })
})
