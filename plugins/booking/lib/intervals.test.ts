import { mergeIntervals, overlapsAny } from './intervals'

describe('intervals', () => {
  it('merges overlapping and touching intervals, drops empty ones, keeps order', () => {
    expect(mergeIntervals([{ start: 5, end: 7 }, { start: 1, end: 3 }, { start: 3, end: 4 }, { start: 6, end: 9 }, { start: 10, end: 10 }])).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 9 },
    ])
  })

  it('finds overlaps by binary search, half-open', () => {
    const merged = [{ start: 10, end: 20 }, { start: 30, end: 40 }]
    expect(overlapsAny(merged, 0, 10)).toBe(false)
    expect(overlapsAny(merged, 0, 11)).toBe(true)
    expect(overlapsAny(merged, 20, 30)).toBe(false)
    expect(overlapsAny(merged, 25, 31)).toBe(true)
    expect(overlapsAny(merged, 40, 50)).toBe(false)
    expect(overlapsAny([], 0, 100)).toBe(false)
  })
})
