import { localISO, parseBookingBody, parseSlotChoice, parseSlotsQuery } from './requests'

const now = Date.parse('2026-03-28T12:00:00Z')
const site = { now, siteTimeZone: 'Europe/Warsaw' }

describe('parseSlotsQuery', () => {
  it('defaults to two weeks from now in the site zone', () => {
    expect(parseSlotsQuery({}, site)).toEqual({ value: { from: now, to: now + 14 * 86_400_000, tz: 'Europe/Warsaw' } })
  })

  it('refuses bad instants, reversed or too long ranges and unknown zones', () => {
    expect(parseSlotsQuery({ from: '2026-03-28' }, site).error).toMatch(/"from"/)
    expect(parseSlotsQuery({ from: '2026-03-28T10:00:00' }, site).error).toMatch(/zone/)
    expect(parseSlotsQuery({ from: '2026-03-28T10:00:00Z', to: '2026-03-28T09:00:00Z' }, site).error).toMatch(/after/)
    expect(parseSlotsQuery({ from: '2026-01-01T00:00:00Z', to: '2026-03-05T00:00:00Z' }, site).error).toMatch(/62 days/)
    expect(parseSlotsQuery({ tz: 'Nowhere/City' }, site).error).toMatch(/"tz"/)
    expect(parseSlotsQuery({ from: '2026-03-28T10:00:00+02:00', tz: 'America/New_York' }, site).value?.tz).toBe('America/New_York')
  })
})

describe('parseBookingBody', () => {
  const valid = { start: '2026-03-30T07:00:00Z', blockId: '12', email: ' Ala@Example.com ', name: ' Ala Nowak ' }

  it('accepts a 1:1 slot or a class seat and normalizes the email', () => {
    expect(parseBookingBody(valid).value).toEqual({
      start: Date.parse('2026-03-30T07:00:00Z'),
      blockId: '12',
      eventId: undefined,
      email: 'ala@example.com',
      name: 'Ala Nowak',
      notes: undefined,
      tz: undefined,
      locale: 'pl',
    })
    expect(parseSlotChoice({ eventId: 5 }).value).toEqual({ start: undefined, blockId: undefined, eventId: '5' })
  })

  it('refuses missing or contradictory choices and bad fields', () => {
    expect(parseBookingBody({ ...valid, eventId: 3 }).error).toMatch(/either/)
    expect(parseBookingBody({ ...valid, blockId: undefined }).error).toMatch(/either/)
    expect(parseBookingBody({ ...valid, start: 'tomorrow' }).error).toMatch(/"start"/)
    expect(parseBookingBody({ ...valid, blockId: '1; drop' }).error).toMatch(/ids/)
    expect(parseBookingBody({ ...valid, blockId: '99999999999' }).error).toMatch(/ids/) // beyond int4
    expect(parseBookingBody({ ...valid, blockId: 2147483648 }).error).toMatch(/ids/)
    expect(parseBookingBody({ ...valid, blockId: '0' }).error).toMatch(/ids/)
    expect(parseSlotChoice({ eventId: '2147483647' }).value?.eventId).toBe('2147483647')
    expect(parseBookingBody({ ...valid, email: 'nope' }).error).toMatch(/"email"/)
    expect(parseBookingBody({ ...valid, name: '  ' }).error).toMatch(/"name"/)
    expect(parseBookingBody({ ...valid, notes: 'x'.repeat(2001) }).error).toMatch(/"notes"/)
    expect(parseBookingBody({ ...valid, tz: 'Mars/Base' }).error).toMatch(/"tz"/)
    expect(parseBookingBody({ ...valid, locale: 'de' }).error).toMatch(/"locale"/)
  })
})

describe('small helpers', () => {
  it('prints local ISO with offsets across DST', () => {
    expect(localISO(Date.parse('2026-03-29T00:30:00Z'), 'Europe/Warsaw')).toBe('2026-03-29T01:30:00+01:00')
    expect(localISO(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Warsaw')).toBe('2026-03-29T03:00:00+02:00')
    expect(localISO(Date.parse('2026-03-29T01:00:00Z'), 'America/St_Johns')).toBe('2026-03-28T22:30:00-02:30')
  })
})

describe('a service with the slot', () => {
  it('takes a service id only with a block', () => {
    expect(parseSlotChoice({ blockId: '3', serviceId: '7', start: '2026-03-30T07:00:00Z' })).toEqual({
      value: { blockId: '3', serviceId: '7', start: Date.parse('2026-03-30T07:00:00Z'), eventId: undefined },
    })
    expect(parseSlotChoice({ eventId: '3', serviceId: '7' }).error).toMatch(/"serviceId"/)
    expect(parseSlotChoice({ blockId: '3', serviceId: 'x', start: '2026-03-30T07:00:00Z' }).error).toMatch(/"serviceId"/)
  })
})
