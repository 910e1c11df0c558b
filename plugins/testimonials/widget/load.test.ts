import { averageOf, widgetOrder } from './load'

const doc = (id: number, over: { isFeatured?: boolean; givenAt?: string | null; createdAt?: string } = {}) => ({
  id,
  rating: 5,
  isFeatured: false,
  givenAt: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  ...over,
})

describe('widgetOrder', () => {
  it('puts featured first, then the newest by the day given (or stored), then the latest stored', () => {
    const docs = [
      doc(1, { givenAt: '2026-10-01T00:00:00.000Z' }),
      doc(2, { isFeatured: true, givenAt: '2025-01-01T00:00:00.000Z' }),
      doc(3, { createdAt: '2026-11-20T00:00:00.000Z' }),
      doc(4, { givenAt: '2026-11-25T00:00:00.000Z' }),
      doc(5, { givenAt: '2026-10-01T00:00:00.000Z', createdAt: '2026-11-02T00:00:00.000Z' }),
      doc(6, { isFeatured: true, givenAt: '2026-01-01T00:00:00.000Z' }),
    ]
    expect([...docs].sort(widgetOrder).map((item) => item.id)).toEqual([6, 2, 4, 3, 5, 1])
  })
})

describe('averageOf', () => {
  it('averages exactly to two decimals, none for no ratings', () => {
    expect(averageOf([])).toBeNull()
    expect(averageOf([5, 4, 4])).toBe(4.33)
    expect(averageOf([5, 5, 4, 1])).toBe(3.75)
  })
})
