import { blocksForService, countByDay, publicService, serviceTitle } from './services'
import type { AvailabilityBlockInput } from './slots'

const block = (id: string): AvailabilityBlockInput => ({
  id,
  hostKey: `owner:${id}`,
  date: '2026-03-02',
  startTime: '09:00',
  endTime: '12:00',
  meetingLength: 60,
  timeSnapping: 30,
  bufferTime: 10,
})

describe('services', () => {
  const service = { id: 7, titlePl: 'Konsultacja', titleEn: 'Consultation', descriptionPl: 'Rozmowa', descriptionEn: '', durationMinutes: 30, price: 150 }

  it('shows the title and description in the visitor language, Polish when English is missing, and the price in grosze', () => {
    expect(serviceTitle(service, 'en')).toBe('Consultation')
    expect(serviceTitle({ titlePl: 'Sesja', titleEn: ' ' }, 'en')).toBe('Sesja')
    expect(publicService(service, 'en')).toEqual({ id: '7', kind: 'one_on_one', title: 'Consultation', description: 'Rozmowa', duration: 30, price: 15000 })
    expect(publicService({ ...service, price: null }, 'pl')).toEqual({
      id: '7',
      kind: 'one_on_one',
      title: 'Konsultacja',
      description: 'Rozmowa',
      duration: 30,
    })
  })

  it('offers a service in the blocks naming it or naming none, with its own length', () => {
    const offered = { a: [], b: ['7'], c: ['8'] } as Record<string, string[]>
    const result = blocksForService([block('a'), block('b'), block('c')], (id) => offered[id], service)
    expect(result.map((each) => [each.id, each.meetingLength, each.timeSnapping, each.bufferTime])).toEqual([
      ['a', 30, 30, 10],
      ['b', 30, 30, 10],
    ])
  })

  it("counts slots per day in the visitor's zone, in date order", () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Warsaw, 18:30 on 1 March in New York.
    const slots = [Date.parse('2026-03-02T09:00:00Z'), Date.parse('2026-03-01T23:30:00Z'), Date.parse('2026-03-02T10:00:00Z')].map((start) => ({ start }))
    expect(countByDay(slots, 'Europe/Warsaw')).toEqual({ '2026-03-02': 3 })
    expect(countByDay(slots, 'America/New_York')).toEqual({ '2026-03-01': 1, '2026-03-02': 2 })
    expect(Object.keys(countByDay(slots, 'America/New_York'))).toEqual(['2026-03-01', '2026-03-02'])
  })
})
