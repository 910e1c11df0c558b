import { mergeIntervals, overlapsAny } from './intervals'

describe('intervals', () => {
  it('merges overlapping and touching intervals, drops empty ones, keeps order', () => {
    expect(
      mergeIntervals([
        { start: 5, end: 7 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
        { start: 6, end: 9 },
        { start: 10, end: 10 },
      ]),
    ).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 9 },
    ])
  })

  it('finds overlaps by binary search, half-open', () => {
    const merged = [
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ]
    expect(overlapsAny(merged, 0, 10)).toBe(false)
    expect(overlapsAny(merged, 0, 11)).toBe(true)
    expect(overlapsAny(merged, 20, 30)).toBe(false)
    expect(overlapsAny(merged, 25, 31)).toBe(true)
    expect(overlapsAny(merged, 40, 50)).toBe(false)
    expect(overlapsAny([], 0, 100)).toBe(false)
  })

  it('covers exactly the union of random intervals (checked point by point)', () => {
    let seed = 42
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    for (let round = 0; round < 20; round++) {
      const intervals = Array.from({ length: 40 }, () => {
        const start = Math.floor(next() * 200)
        return { start, end: start + Math.floor(next() * 15) }
      })
      const merged = mergeIntervals(intervals)
      for (let i = 1; i < merged.length; i++) expect(merged[i].start).toBeGreaterThan(merged[i - 1].end)
      for (let t = 0; t < 220; t++) {
        const inAny = intervals.some((interval) => interval.start <= t && t < interval.end)
        expect([t, overlapsAny(merged, t, t + 1)]).toEqual([t, inAny])
      }
    }
  })
})
