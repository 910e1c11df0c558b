/** Pure: the AttendedSession the recording job makes for an event that has ended. */
import type { ID } from '@platform'
import { relationId } from '@platform'

export type EndedEvent = {
  id: ID
  site: unknown
  title: string
  startTime: string
  endTime: string
  assignedToOwner?: unknown
  assignedToTeamMember?: unknown
}

export type AutoSession = {
  site: ID
  event: ID
  hostType: 'owner' | 'team_member'
  hostUser: ID | null
  hostTeamMember: ID | null
  title: string
  startTime: string
  endTime: string
  durationMinutes: number
  recordedAt: string
  source: 'auto'
}

/**
 * The session of `event`, or undefined when it has no host. `memberUser` is
 * the account linked to the team member hosting it (if any).
 */
export const autoSessionFor = (event: EndedEvent, { now, memberUser }: { now: Date; memberUser?: ID | null }): AutoSession | undefined => {
  const siteId = relationId(event.site)
  const memberId = relationId(event.assignedToTeamMember)
  const ownerId = relationId(event.assignedToOwner)
  if (siteId === undefined || (memberId === undefined && ownerId === undefined)) return undefined
  const start = new Date(event.startTime)
  const end = new Date(event.endTime)
  const minutes = Math.round((end.getTime() - start.getTime()) / 60_000)
  return {
    site: siteId,
    event: event.id,
    hostType: memberId !== undefined ? 'team_member' : 'owner',
    hostUser: memberId !== undefined ? (memberUser ?? null) : (ownerId as ID),
    hostTeamMember: memberId ?? null,
    title: event.title,
    startTime: start.toISOString(),
    endTime: end.toISOString(),
    durationMinutes: Math.min(24 * 60, Math.max(0, minutes)),
    recordedAt: now.toISOString(),
    source: 'auto',
  }
}
