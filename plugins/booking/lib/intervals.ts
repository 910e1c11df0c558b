/** Half-open time intervals in ms: merging and a fast "does anything overlap" lookup. */
export type Interval = { start: number; end: number }

/**
 * Sorted, disjoint intervals covering the same time (touching intervals are merged too).
 * Starts and ends are sorted separately as typed arrays (numeric sort, no comparator) and
 * swept with a counter of open intervals: the union only depends on those two sequences.
 */
export const mergeIntervals = (intervals: readonly Interval[]): Interval[] => {
  let count = 0
  for (const interval of intervals) if (interval.end > interval.start) count++
  const starts = new Float64Array(count)
  const ends = new Float64Array(count)
  let n = 0
  for (const interval of intervals) {
    if (interval.end <= interval.start) continue
    starts[n] = interval.start
    ends[n++] = interval.end
  }
  starts.sort()
  ends.sort()
  const merged: Interval[] = []
  let open = 0
  let from = 0
  for (let i = 0, j = 0; i < count || j < count;) {
    // At equal times starts go first, so touching intervals merge.
    if (i < count && starts[i] <= ends[j]) {
      if (open++ === 0) from = starts[i]
      i++
    } else {
      if (--open === 0) merged.push({ start: from, end: ends[j] })
      j++
    }
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
