/**
 * The bookings list's "Host" column: the name of whoever runs the booked event (the owner or a team member),
 * never an id. A server cell: the row is one the reader may read, so reading its event's host name is trusted.
 */
import type { DefaultServerCellComponentProps } from 'payload'

type Person = { firstName?: string | null; lastName?: string | null; email?: string | null }

const nameOf = (person: unknown): string | undefined => {
  if (!person || typeof person !== 'object') return undefined
  const { firstName, lastName, email } = person as Person
  return [firstName, lastName].filter(Boolean).join(' ') || email || undefined
}

export async function HostCell({ rowData, payload }: DefaultServerCellComponentProps) {
  const event = (rowData as { event?: unknown })?.event
  const eventId = typeof event === 'object' && event ? (event as { id: number }).id : (event as number | undefined)
  if (eventId === undefined || eventId === null) return <span>–</span>
  const found = await payload
    .findByID({
      collection: 'events',
      id: eventId,
      depth: 1,
      select: { assignedToOwner: true, assignedToTeamMember: true },
      populate: { users: { firstName: true, lastName: true, email: true }, 'team-members': { firstName: true, lastName: true, email: true } },
      overrideAccess: true, // trusted: the host's name of an event whose booking the reader was allowed to list
    })
    .catch(() => undefined)
  return <span data-testid="booking-host">{nameOf(found?.assignedToTeamMember) ?? nameOf(found?.assignedToOwner) ?? '–'}</span>
}
