/**
 * Validation of the public booking API's inputs (pure; the endpoints turn a
 * returned `error` into a 400). Times are ISO 8601 instants with a zone
 * (`Z` or an offset): a bare local time would be ambiguous.
 */
import { parseEmail, parseRecordId } from '@platform'
import { isTimeZone, offsetAt } from './wallClock'

const DAY = 86_400_000
/** The longest range the slots endpoint answers for. */
export const MAX_SLOT_RANGE_DAYS = 62
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

type Result<T> = { value: T; error?: undefined } | { error: string; value?: undefined }

export const parseInstant = (value: unknown): number | undefined => {
  if (typeof value !== 'string' || !INSTANT.test(value)) return undefined
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? undefined : ms
}

export const parseSlotsQuery = (
  query: { from?: unknown; to?: unknown; tz?: unknown },
  { now, siteTimeZone }: { now: number; siteTimeZone: string },
): Result<{ from: number; to: number; tz: string }> => {
  const from = query.from === undefined ? now : parseInstant(query.from)
  if (from === undefined) return { error: '"from" must be an ISO date-time with a zone, e.g. 2026-03-29T00:00:00Z.' }
  const to = query.to === undefined ? from + 14 * DAY : parseInstant(query.to)
  if (to === undefined) return { error: '"to" must be an ISO date-time with a zone, e.g. 2026-04-05T00:00:00Z.' }
  if (to <= from) return { error: '"to" must be after "from".' }
  if (to - from > MAX_SLOT_RANGE_DAYS * DAY) return { error: `Ask for at most ${MAX_SLOT_RANGE_DAYS} days at a time.` }
  const tz = query.tz === undefined || query.tz === '' ? siteTimeZone : query.tz
  if (!isTimeZone(tz)) return { error: '"tz" must be an IANA time zone, e.g. Europe/Warsaw.' }
  return { value: { from, to, tz } }
}

/** A record id (int4 or ObjectId, see parseRecordId) as text; null when malformed or out of range, so it never reaches a query. */
const optionalId = (value: unknown): string | undefined | null => {
  if (value === undefined || value === null || value === '') return undefined
  const id = parseRecordId(value)
  return id === undefined ? null : String(id)
}

export type SlotChoice = { start?: number; blockId?: string; eventId?: string; serviceId?: string }

/** `{ start, blockId }` (a 1:1 slot) or `{ eventId, start? }` (a seat in a group event). */
export const parseSlotChoice = (body: Record<string, unknown>): Result<SlotChoice> => {
  const blockId = optionalId(body.blockId)
  const eventId = optionalId(body.eventId)
  const serviceId = optionalId(body.serviceId)
  if (blockId === null || eventId === null) return { error: '"blockId" and "eventId" must be ids.' }
  if (serviceId === null || (serviceId !== undefined && blockId === undefined)) return { error: '"serviceId" must be an id, sent with "blockId".' }
  if ((blockId === undefined) === (eventId === undefined)) return { error: 'Send either "blockId" (a 1:1 slot) or "eventId" (a class).' }
  const start = body.start === undefined && eventId !== undefined ? undefined : parseInstant(body.start)
  if (start === undefined && blockId !== undefined) return { error: '"start" must be an ISO date-time with a zone, e.g. 2026-03-30T07:00:00Z.' }
  if (body.start !== undefined && start === undefined) return { error: '"start" must be an ISO date-time with a zone.' }
  return { value: { start, blockId, eventId, ...(serviceId !== undefined ? { serviceId } : {}) } }
}

export type BookingRequest = SlotChoice & { email: string; name: string; notes?: string; tz?: string; locale: 'pl' | 'en' }

export const parseBookingBody = (body: Record<string, unknown>): Result<BookingRequest> => {
  const choice = parseSlotChoice(body)
  if (choice.error !== undefined) return { error: choice.error }
  const email = parseEmail(body.email)
  if (!email) return { error: '"email" must be an email address.' }
  const name = typeof body.name === 'string' ? body.name.trim() : ''
  if (!name || name.length > 200) return { error: '"name" is required (at most 200 characters).' }
  if (body.notes !== undefined && body.notes !== null && (typeof body.notes !== 'string' || body.notes.length > 2000)) {
    return { error: '"notes" must be text of at most 2000 characters.' }
  }
  if (body.tz !== undefined && !isTimeZone(body.tz)) return { error: '"tz" must be an IANA time zone, e.g. Europe/Warsaw.' }
  if (body.locale !== undefined && body.locale !== 'pl' && body.locale !== 'en') return { error: '"locale" must be "pl" or "en".' }
  const notes = typeof body.notes === 'string' && body.notes.trim() ? body.notes.trim() : undefined
  return {
    value: { ...choice.value, email, name, notes, tz: body.tz as string | undefined, locale: (body.locale as 'pl' | 'en' | undefined) ?? 'pl' },
  }
}

/** An instant as local ISO with the zone's offset, e.g. `2026-03-29T03:00:00+02:00`. */
export const localISO = (instant: number, zone: string): string => {
  const offset = offsetAt(instant, zone)
  const local = new Date(instant + offset).toISOString().slice(0, 19)
  const sign = offset < 0 ? '-' : '+'
  const minutes = Math.abs(offset) / 60_000
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}
