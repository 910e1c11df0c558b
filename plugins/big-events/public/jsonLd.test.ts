import { buildEventJsonLd, offerAvailability, priceDecimal, type JsonLdEvent } from './jsonLd'

const retreat: JsonLdEvent = {
  title: 'Weekend z jogą',
  status: 'published',
  startDate: '2026-12-05T09:00:00.000Z',
  endDate: '2026-12-07T13:00:00.000Z',
  timeZone: 'Europe/Warsaw',
  locationKind: 'in_person',
  location: 'Dom pod Lipami, ul. Leśna 3, 34-500 Zakopane',
  price: 450,
  earlyBirdPrice: 390.5,
  earlyBirdEndsAt: '2026-11-15T23:00:00.000Z',
  maxParticipants: 12,
  currentParticipants: 5,
  publishedAt: '2026-09-01T08:00:00.000Z',
}
const input = {
  url: 'https://platforma.example/s/anna/events/weekend-z-joga',
  organizer: { name: 'Anna Coaching', url: 'https://platforma.example/s/anna' },
  description: 'Trzy dni ruchu i ciszy.',
  imageUrl: 'https://platforma.example/api/media-assets/file/w-768.webp',
}

describe('event JSON-LD', () => {
  it('describes an in-person event with the early bird and the regular offer while the early bird lasts', () => {
    const ld = buildEventJsonLd({ ...input, event: retreat, now: new Date('2026-11-01T12:00:00Z') })
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Weekend z jogą',
      startDate: '2026-12-05T10:00:00+01:00',
      endDate: '2026-12-07T14:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Dom pod Lipami, ul. Leśna 3, 34-500 Zakopane',
        address: { '@type': 'PostalAddress', streetAddress: 'Dom pod Lipami, ul. Leśna 3, 34-500 Zakopane' },
      },
      image: ['https://platforma.example/api/media-assets/file/w-768.webp'],
      description: 'Trzy dni ruchu i ciszy.',
      organizer: { '@type': 'Organization', name: 'Anna Coaching', url: 'https://platforma.example/s/anna' },
      offers: [
        {
          '@type': 'Offer',
          price: '390.50',
          priceCurrency: 'PLN',
          availability: 'https://schema.org/InStock',
          url: input.url,
          validFrom: '2026-09-01T10:00:00+02:00',
          priceValidUntil: '2026-11-16T00:00:00+01:00',
        },
        {
          '@type': 'Offer',
          price: '450.00',
          priceCurrency: 'PLN',
          availability: 'https://schema.org/InStock',
          url: input.url,
          validFrom: '2026-11-16T00:00:00+01:00',
        },
      ],
      url: input.url,
    })
  })

  it('after the early bird: one offer at the price; full: SoldOut; cancelled or started: Discontinued and EventCancelled', () => {
    const later = new Date('2026-11-20T12:00:00Z')
    const ld = buildEventJsonLd({ ...input, event: retreat, now: later })
    expect(ld.offers).toEqual([
      expect.objectContaining({ price: '450.00', availability: 'https://schema.org/InStock', validFrom: '2026-09-01T10:00:00+02:00' }),
    ])
    expect(ld.offers).toHaveLength(1)
    expect(offerAvailability({ ...retreat, currentParticipants: 12 }, later)).toBe('https://schema.org/SoldOut')
    expect(offerAvailability(retreat, new Date('2026-12-05T09:00:00Z'))).toBe('https://schema.org/Discontinued')
    const cancelled = buildEventJsonLd({ ...input, event: { ...retreat, status: 'cancelled' }, now: later })
    expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled')
    expect((cancelled.offers as { availability: string }[])[0].availability).toBe('https://schema.org/Discontinued')
  })

  it('puts an online event at a VirtualLocation whose URL is the event page, never the meeting link; free is 0.00', () => {
    const ld = buildEventJsonLd({
      ...input,
      event: { ...retreat, locationKind: 'online', location: null, price: 0, earlyBirdPrice: null, earlyBirdEndsAt: null },
      now: new Date('2026-11-01T12:00:00Z'),
    })
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: input.url })
    expect(ld.offers).toEqual([expect.objectContaining({ price: '0.00', priceCurrency: 'PLN' })])
    expect(priceDecimal(4990)).toBe('49.90')
  })
})
