/** A host may record and edit attended sessions only as their own (hostTeamMember = their team-member row). */
import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { getSiteRoles, relationId, sameId, say, t } from '@platform'

export const keepOwnSessions: CollectionBeforeChangeHook = async ({ req, data, originalDoc }) => {
  if (!req.user) return data
  const siteId = relationId(data.site ?? originalDoc?.site)
  if (siteId === undefined) return data
  const mine = (await getSiteRoles(req)).get(String(siteId))
  if (mine?.role !== 'host') return data
  const host = 'hostTeamMember' in data ? data.hostTeamMember : originalDoc?.hostTeamMember
  if (!sameId(host, mine.memberId) || (data.hostType ?? originalDoc?.hostType) !== 'team_member') {
    throw new APIError(say(req, t('As a host you may only record your own sessions.', 'Jako prowadzący możesz zapisywać tylko własne sesje.')), 403)
  }
  return data
}
