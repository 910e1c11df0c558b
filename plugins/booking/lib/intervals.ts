/** Half-open time intervals in ms: merging and a fast "does anything overlap" lookup. */
export type Interval = { start: number; end: number }

/** Sorted, disjoint intervals covering the same time (touching intervals are merged too). */
export const mergeIntervals = (intervals: readonly Interval[]): Interval[] => {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) last.end = interval.end
    } else merged.push({ start: interval.start, end: interval.end })
  }
  return merged
}

/** Whether [start, end) overlaps any of `merged` (sorted, disjoint): a binary search, O(log n). */
export const overlapsAny = (merged: readonly Interval[], start: number, end: number): boolean => {
  let low = 0
  let high = merged.length
  // First interval whose end is after `start`.
  while (low < high) {
    const mid = (low + high) >>> 1
    if (merged[mid].end <= start) low = mid + 1
    else high = mid
  }
  return low < merged.length && merged[low].start < end
}
