/**
 * The slot engine: which times a visitor may book. Pure functions over plain
 * data (no Payload, no clock: `now` is an argument), in the style of Cal.com's
 * `getSlots`.
 *
 * 1:1 slots = each availability block occurrence (a date, or every week from
 * it until `repeatUntil`, minus `exceptions`), from its start to its end in the
 * site's time zone, cut into `meetingLength` meetings starting every
 * `timeSnapping` minutes from the block's start; minus any slot that comes
 * within `bufferTime` (before or after) of a busy interval of the same host;
 * minus slots starting before `now + minimumNotice` or after
 * `now + bookingWindowDays`; only those starting inside [from, to).
 *
 * The grid steps in real minutes from the block's start, so on the day the
 * clocks go forward a 01:00–04:00 block holds two hours of slots (01:00,
 * 01:30, 03:00, 03:30) and on the day they go back it holds four, with both
 * 02:00 and both 02:30 offered (different instants, shown with their offsets).
 * Wall-clock bounds in a gap or a repeated hour follow wallClock.ts.
 *
 * Group slots: each scheduled group event with seats left, on the same notice,
 * window and range rules, with `seatsLeft`.
 *
 * Cost: O(B + S log M + M log M) for B block occurrences, S candidate slots
 * and M busy intervals (merged once per host, then a binary search per slot).
 */
import { mergeIntervals, overlapsAny, type Interval } from './intervals'
import { dateInZone, dayNumber, minutesOfDay, wallToInstant, weekdayOfDayNumber } from './wallClock'

const MINUTE = 60_000
const DAY = 86_400_000

export type AvailabilityBlockInput = {
  id: string
  hostKey: string
  /** First (or only) day, `YYYY-MM-DD` in the site's zone. */
  date: string
  startTime: string
  endTime: string
  meetingLength: number
  timeSnapping: number
  bufferTime: number
  repeatWeekly?: boolean | null
  /** Last day of the repetition (inclusive); none: open-ended. */
  repeatUntil?: string | null
  exceptions?: readonly string[]
}

/** Something already in a host's calendar (an event, ms since epoch). */
export type BusyInterval = Interval & { hostKey: string }

export type GroupEventInput = {
  id: string
  hostKey: string
  start: number
  end: number
  capacity: number
  /** Confirmed bookings so far. */
  booked: number
}

export type SlotSettings = {
  minimumNoticeMinutes: number
  bookingWindowDays: number
  timeZone: string
}

export type Slot = {
  kind: 'one_on_one' | 'group'
  start: number
  end: number
  hostKey: string
  blockId?: string
  eventId?: string
  seatsLeft?: number
}

export type SlotQuery = {
  blocks: readonly AvailabilityBlockInput[]
  busy: readonly BusyInterval[]
  groupEvents?: readonly GroupEventInput[]
  settings: SlotSettings
  now: number
  from: number
  to: number
}

/** The instants a booking may start within: [lower, upper). */
export const bookableRange = ({ settings, now, from, to }: Pick<SlotQuery, 'settings' | 'now' | 'from' | 'to'>): Interval => ({
  start: Math.max(from, now + settings.minimumNoticeMinutes * MINUTE),
  end: Math.min(to, now + settings.bookingWindowDays * DAY),
})

/** Day numbers (site zone) on which a block occurs, within [firstDay, lastDay]. */
export const occurrenceDays = (block: AvailabilityBlockInput, firstDay: number, lastDay: number): number[] => {
  const start = dayNumber(block.date)
  if (!block.repeatWeekly) return start >= firstDay && start <= lastDay ? [start] : []
  const until = block.repeatUntil ? Math.min(dayNumber(block.repeatUntil), lastDay) : lastDay
  let day = Math.max(start, firstDay)
  day += (weekdayOfDayNumber(start) - weekdayOfDayNumber(day) + 7) % 7
  const skip = new Set((block.exceptions ?? []).map(dayNumber))
  const days: number[] = []
  for (; day <= until; day += 7) if (!skip.has(day)) days.push(day)
  return days
}

/** Candidate 1:1 slots of one block (before busy times are taken out). */
const blockSlots = (block: AvailabilityBlockInput, range: Interval, zone: string, out: Slot[]) => {
  const firstDay = dayNumber(dateInZone(range.start, zone)) - 1
  const lastDay = dayNumber(dateInZone(range.end, zone)) + 1
  const length = block.meetingLength * MINUTE
  const step = block.timeSnapping * MINUTE
  const startMinutes = minutesOfDay(block.startTime)
  const endMinutes = minutesOfDay(block.endTime)
  if (length <= 0 || step <= 0) return
  for (const day of occurrenceDays(block, firstDay, lastDay)) {
    const open = wallToInstant(day, startMinutes, zone)
    const close = wallToInstant(day, endMinutes, zone)
    if (close <= range.start || open >= range.end) continue
    // Skip whole steps before the range instead of walking them.
    let start = open
    if (start < range.start) start += Math.ceil((range.start - start) / step) * step
    for (; start + length <= close && start < range.end; start += step) {
      out.push({ kind: 'one_on_one', start, end: start + length, hostKey: block.hostKey, blockId: block.id })
    }
  }
}

const byHost = <T extends { hostKey: string }>(items: readonly T[]) => {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const list = map.get(item.hostKey)
    if (list) list.push(item)
    else map.set(item.hostKey, [item])
  }
  return map
}

/** All bookable slots for the query, sorted by start (then host). */
export const computeSlots = (query: SlotQuery): Slot[] => {
  const range = bookableRange(query)
  if (range.end <= range.start) return []
  const zone = query.settings.timeZone
  const busyByHost = new Map<string, Interval[]>()
  for (const [host, list] of byHost(query.busy)) busyByHost.set(host, mergeIntervals(list))

  const buffers = new Map(query.blocks.map((block) => [block.id, block.bufferTime * MINUTE]))
  const candidates: Slot[] = []
  for (const block of query.blocks) blockSlots(block, range, zone, candidates)

  const seen = new Set<string>()
  const slots: Slot[] = []
  for (const slot of candidates) {
    const key = `${slot.hostKey}|${slot.start}`
    if (seen.has(key)) continue // overlapping blocks of one host offer a time once
    const buffer = buffers.get(slot.blockId!) ?? 0
    const busy = busyByHost.get(slot.hostKey)
    if (busy && overlapsAny(busy, slot.start - buffer, slot.end + buffer)) continue
    seen.add(key)
    slots.push(slot)
  }
  for (const event of query.groupEvents ?? []) {
    const seatsLeft = event.capacity - event.booked
    if (seatsLeft <= 0 || event.start < range.start || event.start >= range.end) continue
    slots.push({ kind: 'group', start: event.start, end: event.end, hostKey: event.hostKey, eventId: event.id, seatsLeft })
  }
  return slots.sort((a, b) => a.start - b.start || (a.hostKey < b.hostKey ? -1 : a.hostKey > b.hostKey ? 1 : 0))
}

/** Whether a 1:1 slot of `blockId` starting at `start` is bookable now (the server's re-check). */
export const findOneOnOneSlot = (query: SlotQuery, blockId: string, start: number): Slot | undefined =>
  computeSlots({ ...query, groupEvents: [], blocks: query.blocks.filter((block) => block.id === blockId), from: start, to: start + 1 }).find(
    (slot) => slot.start === start,
  )
