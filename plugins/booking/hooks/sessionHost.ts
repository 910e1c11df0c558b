/**
 * Attended sessions written by a person (not the recording job):
 * - the source becomes `manual` (the job never touches a manual row again);
 * - nothing named on create: the caller is the host (owner -> hostUser, team member -> their row);
 * - the host must be consistent with hostType and belong to the site (checkHost);
 * - a caller who is a `host` on the site may record and correct only their own sessions;
 * - durationMinutes follows new start/end times unless the caller changed it too.
 * Calls without a user (the job, seeds) are trusted and left as they are.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { ID } from '@platform'
import { getSiteRoles, relationId, sameId, say, t } from '@platform'
import { checkHost } from './assignHost'

const MINUTE = 60_000

/** Whole minutes between two instants (0 when missing or reversed), at most a day. */
export const minutesBetween = (start: unknown, end: unknown): number | undefined => {
  const from = typeof start === 'string' || start instanceof Date ? new Date(start).getTime() : NaN
  const to = typeof end === 'string' || end instanceof Date ? new Date(end).getTime() : NaN
  if (Number.isNaN(from) || Number.isNaN(to)) return undefined
  return Math.min(24 * 60, Math.max(0, Math.round((to - from) / MINUTE)))
}

const same = (a: unknown, b: unknown) => (a == null && b == null) || (a != null && b != null && new Date(String(a)).getTime() === new Date(String(b)).getTime())

export const manualSessionHost: CollectionBeforeChangeHook = async ({ req, data, originalDoc, operation }) => {
  if (!req.user) return data
  data.source = 'manual'
  data.recordedAt = new Date().toISOString()

  const merged = { ...originalDoc, ...data }
  const timesChanged = operation === 'create' || !same(merged.startTime, originalDoc?.startTime) || !same(merged.endTime, originalDoc?.endTime)
  const durationGiven =
    'durationMinutes' in data && data.durationMinutes != null && (operation === 'create' || data.durationMinutes !== originalDoc?.durationMinutes)
  if (timesChanged && !durationGiven) {
    const minutes = minutesBetween(merged.startTime, merged.endTime)
    if (minutes !== undefined) data.durationMinutes = minutes
  }
  const start = new Date(String(merged.startTime)).getTime()
  const end = new Date(String(merged.endTime)).getTime()
  if (!Number.isNaN(start) && !Number.isNaN(end) && end < start)
    throw new APIError(say(req, t('The end must not be before the start.', 'Koniec nie może być przed początkiem.')), 400)

  const siteId = relationId(merged.site)
  if (siteId === undefined) return data
  const mine = (await getSiteRoles(req)).get(String(siteId))
  let ownerId: ID | undefined = relationId(merged.hostUser)
  let memberId: ID | undefined = relationId(merged.hostTeamMember)
  if (operation === 'create' && !data.hostType && ownerId === undefined && memberId === undefined && mine) {
    if (mine.role === 'owner') ownerId = req.user.id
    else memberId = mine.memberId
  }
  const hostType = (data.hostType ?? originalDoc?.hostType ?? (memberId !== undefined ? 'team_member' : 'owner')) as string
  if (hostType === 'owner') {
    memberId = undefined
  } else {
    // hostUser of a team member's session is that member's account (filled below); only the member decides.
    ownerId = undefined
  }
  if (mine?.role === 'host' && (hostType !== 'team_member' || !sameId(memberId, mine.memberId))) {
    throw new APIError(say(req, t('As a host you may only record your own sessions.', 'Jako prowadzący możesz zapisywać tylko własne sesje.')), 403)
  }
  await checkHost({ req, siteId, ownerId, memberId })
  data.hostType = hostType
  data.hostTeamMember = memberId ?? null
  if (hostType === 'owner') data.hostUser = ownerId
  else {
    // The member row is validated above; its linked account is the host's user.
    const member = await req.payload.findByID({ collection: 'team-members', id: memberId as ID, depth: 0, overrideAccess: true, req }) // reads the row just checked
    data.hostUser = relationId(member.linkedUser) ?? null
  }
  return data
}
