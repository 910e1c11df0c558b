/**
 * Pure: who attended a session and how to name its host, for `booking.session-attended` (events.ts). The
 * event's non-cancelled bookings come first (they carry the name and language the client booked with), then
 * the event's attendees that have an address; one entry per address (compared lower-case).
 */
import type { ID } from '@platform'

export type SessionClient = { name: string; email: string; locale: 'pl' | 'en' }

type BookingRow = { guestName?: string | null; guestEmail?: string | null; locale?: string | null; status?: string | null }
type AttendeeRow = { email?: string | null; firstName?: string | null; lastName?: string | null }
type Named = { firstName?: string | null; lastName?: string | null } | null | undefined

export const fullName = (doc: Named): string =>
  [doc?.firstName, doc?.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ')

export const sessionClients = ({ bookings, attendees }: { bookings: BookingRow[]; attendees: AttendeeRow[] }): SessionClient[] => {
  const byEmail = new Map<string, SessionClient>()
  const add = (email: string | null | undefined, name: string, locale: unknown) => {
    const address = email?.trim().toLowerCase()
    if (!address || byEmail.has(address)) return
    byEmail.set(address, { name: name.trim(), email: address, locale: locale === 'en' ? 'en' : 'pl' })
  }
  for (const booking of bookings) if (booking.status !== 'cancelled') add(booking.guestEmail, booking.guestName ?? '', booking.locale)
  for (const attendee of attendees) add(attendee.email, fullName(attendee), undefined)
  return [...byEmail.values()]
}

/** `team-member:<id>` or `user:<id>`: one key per host, for per-host rules of listeners (undefined without a host). */
export const hostKeyOf = ({ hostTeamMember, hostUser }: { hostTeamMember?: ID | null; hostUser?: ID | null }): string | undefined =>
  hostTeamMember != null ? `team-member:${hostTeamMember}` : hostUser != null ? `user:${hostUser}` : undefined
