/**
 * Who may act on a campaign through its endpoints: a signed-in user who can read it (the collection's own read
 * access, Local API with `overrideAccess: false`; else 404, so another site's campaign is not even confirmed
 * to exist) and who writes that site's newsletter (owner, admin, editor; else 403: a viewer, staff).
 */
import type { DataFromCollectionSlug, PayloadRequest } from 'payload'

import { jsonError, parseRecordId, relationId, requestLocale, roleIn, roleOnSite } from '@platform'
import { CAMPAIGNS } from '../slugs'

export const ACCESS_TEXT = {
  signIn: { pl: 'Zaloguj się, aby zarządzać kampaniami.', en: 'Sign in to manage campaigns.' },
  notFound: { pl: 'Nie znaleziono kampanii.', en: 'Campaign not found.' },
  forbidden: {
    pl: 'Kampaniami tej strony mogą zarządzać tylko jej właściciel, administratorzy i redaktorzy.',
    en: "Only the site's owner, admins and editors may manage its campaigns.",
  },
} as const

export const say = (req: PayloadRequest, text: { pl: string; en: string }) => text[requestLocale(req)]

export type CampaignForWriting = { campaign: DataFromCollectionSlug<typeof CAMPAIGNS>; siteId: number }

export const campaignForWriting = async (req: PayloadRequest): Promise<CampaignForWriting | Response> => {
  if (!req.user) return jsonError(say(req, ACCESS_TEXT.signIn), 401)
  const id = parseRecordId(req.routeParams?.id)
  const campaign =
    typeof id === 'number'
      ? await req.payload.findByID({ collection: CAMPAIGNS, id, depth: 1, overrideAccess: false, user: req.user, req, disableErrors: true })
      : null
  if (!campaign) return jsonError(say(req, ACCESS_TEXT.notFound), 404)
  const siteId = Number(relationId(campaign.site))
  if (!roleIn(await roleOnSite(req, siteId), 'content')) return jsonError(say(req, ACCESS_TEXT.forbidden), 403)
  return { campaign, siteId }
}
