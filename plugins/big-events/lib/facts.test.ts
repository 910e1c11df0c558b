import { earlyBirdApplies, eventPlace, eventWhen, priceNow, priceText, seatsLeft, toGrosze } from './facts'

const event = {
  startDate: '2026-12-05T09:00:00.000Z',
  endDate: '2026-12-07T13:00:00.000Z',
  price: 450,
  earlyBirdPrice: 390.5,
  earlyBirdEndsAt: '2026-11-15T23:00:00.000Z',
  maxParticipants: 12,
  currentParticipants: 5,
}

describe('event facts', () => {
  it('charges the early-bird price until it ends, then the price, in grosze', () => {
    expect(toGrosze(49.9)).toBe(4990)
    expect(priceNow(event, new Date('2026-11-15T22:59:59Z'))).toBe(39050)
    expect(earlyBirdApplies(event, new Date('2026-11-15T23:00:00Z'))).toBe(false)
    expect(priceNow(event, new Date('2026-11-15T23:00:00Z'))).toBe(45000)
    expect(priceNow({ ...event, earlyBirdPrice: 500 }, new Date('2026-11-01T00:00:00Z'))).toBe(45000)
    expect(priceText({ ...event, price: 0, earlyBirdPrice: null }, new Date(), 'pl')).toBe('Bezpłatne')
    expect(priceText(event, new Date('2026-12-01T00:00:00Z'), 'pl')).toBe('450,00\u00a0zł')
  })

  it('counts seats left, never below zero', () => {
    expect(seatsLeft(event)).toBe(7)
    expect(seatsLeft({ maxParticipants: 3, currentParticipants: 4 })).toBe(0)
  })

  it('writes the dates in the event zone, one day or several, in Polish and English', () => {
    expect(eventWhen(event, 'pl')).toBe('5 grudnia 2026, 10:00 – 7 grudnia 2026, 14:00')
    expect(eventWhen({ ...event, endDate: '2026-12-05T15:00:00.000Z' }, 'pl')).toBe('5 grudnia 2026, 10:00–16:00')
    expect(eventWhen({ ...event, endDate: '2026-12-05T15:00:00.000Z' }, 'en')).toBe('5 December 2026, 10:00–16:00')
    expect(eventPlace({ locationKind: 'online', location: null }, 'pl')).toBe('Online')
    expect(eventPlace({ locationKind: 'in_person', location: '' }, 'en')).toBe('Venue to be announced')
  })
})
