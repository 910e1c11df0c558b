import { availabilityOf, cardImage, hasStarted, toPublicEvent } from './publicEvent'
import { seatsLeftText } from './texts'

const event = {
  id: 3,
  title: 'Weekend z jogą',
  slug: 'weekend-z-joga',
  status: 'published',
  startDate: '2026-12-05T09:00:00.000Z',
  endDate: '2026-12-07T13:00:00.000Z',
  price: 450,
  earlyBirdPrice: 390,
  earlyBirdEndsAt: '2026-11-15T23:00:00.000Z',
  maxParticipants: 12,
  currentParticipants: 10,
  locationKind: 'in_person',
  location: 'Łódź, ul. Piotrkowska 1',
}
const image = {
  src: '/f/a-768.webp',
  width: 2000,
  height: 1000,
  variants: [
    { url: '/f/a-320.webp', width: 320, height: 160 },
    { url: '/f/a-768.webp', width: 768, height: 384 },
    { url: '/f/a-1600.webp', width: 1600, height: 800 },
  ],
}

describe('the public view of an event', () => {
  it('gives the price in force with the early bird, the seats left and the card image, nothing else', () => {
    const view = toPublicEvent(event, {
      now: new Date('2026-11-01T10:00:00Z'),
      lang: 'pl',
      url: 'https://p.example/s/a/events/weekend-z-joga',
      image,
      origin: 'https://p.example',
    })
    expect(view).toEqual({
      title: 'Weekend z jogą',
      slug: 'weekend-z-joga',
      url: 'https://p.example/s/a/events/weekend-z-joga',
      startDate: '2026-12-05T09:00:00.000Z',
      endDate: '2026-12-07T13:00:00.000Z',
      timeZone: 'Europe/Warsaw',
      when: '5 grudnia 2026, 10:00 – 7 grudnia 2026, 14:00',
      place: 'Łódź, ul. Piotrkowska 1',
      locationKind: 'in_person',
      price: { amount: 39000, text: '390,00\u00a0zł', isFree: false },
      earlyBird: {
        amount: 39000,
        text: '390,00\u00a0zł',
        endsAt: '2026-11-15T23:00:00.000Z',
        endsAtText: '16 listopada 2026, 00:00',
        regularAmount: 45000,
        regularText: '450,00\u00a0zł',
      },
      seatsLeft: 2,
      availability: 'available',
      image: { url: 'https://p.example/f/a-768.webp', width: 768, height: 384 },
    })
    const later = toPublicEvent({ ...event, currentParticipants: 12 }, { now: new Date('2026-11-20T10:00:00Z'), lang: 'en', url: '/x' })
    expect([later.earlyBird, later.price.text, later.availability, later.image]).toEqual([null, 'PLN\u00a0450.00', 'waitlist', null])
  })

  it('knows full, started, and the card variant', () => {
    expect(availabilityOf({ maxParticipants: 3, currentParticipants: 5 })).toBe('waitlist')
    expect(hasStarted(event, new Date('2026-12-05T09:00:00Z'))).toBe(true)
    expect(hasStarted(event, new Date('2026-12-05T08:59:59Z'))).toBe(false)
    expect(cardImage({ ...image, variants: [] })).toEqual({ url: '/f/a-768.webp', width: 2000, height: 1000 })
  })

  it('says the seats left with Polish plural forms', () => {
    expect([1, 2, 3, 4, 5, 12, 22, 25].map((seats) => seatsLeftText(seats, 'pl'))).toEqual([
      'Zostało 1 miejsce',
      'Zostały 2 miejsca',
      'Zostały 3 miejsca',
      'Zostały 4 miejsca',
      'Zostało 5 miejsc',
      'Zostało 12 miejsc',
      'Zostały 22 miejsca',
      'Zostało 25 miejsc',
    ])
    expect(seatsLeftText(0, 'pl')).toBe('Brak miejsc – lista rezerwowa')
    expect([seatsLeftText(1, 'en'), seatsLeftText(3, 'en'), seatsLeftText(0, 'en')]).toEqual(['1 seat left', '3 seats left', 'Fully booked – waiting list'])
  })
})
