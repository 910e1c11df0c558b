/**
 * GET /api/newsletter-subscriptions/export.csv?site=<id> — the site's subscribers as CSV (export/), for the
 * site's owner, admins and editors (who manage the newsletter) and staff. 401 signed out, 400 without a site,
 * 404 for a site the user does not reach (nobody learns which sites exist), 403 for a viewer or host. Read with
 * the user's own access; the header row and the statuses are in the user's admin language.
 */
import type { Endpoint } from 'payload'

import { isStaffUser, jsonError, parseRecordId, roleIn, roleOnSite, say, t } from '@platform'
import { toCsv } from '../export/csv'
import { exportHeader, exportRow, type ExportLocale } from '../export/subscriberRows'
import { SUBSCRIPTIONS } from '../slugs'

const NO_SITE = t('Site not found.', 'Nie znaleziono strony.')

const safeFilePart = (text: string) => text.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'site'

export const exportSubscribersEndpoint: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user) return jsonError(say(req, t('Sign in to export subscribers.', 'Zaloguj się, aby wyeksportować subskrybentów.')), 401)
    const siteId = parseRecordId(req.searchParams.get('site'))
    if (siteId === undefined)
      return jsonError(say(req, t('Choose the site whose subscribers to export.', 'Wybierz stronę, której subskrybentów chcesz wyeksportować.')), 400)
    const staff = isStaffUser(user)
    const role = await roleOnSite(req, siteId)
    if (!staff && !role) return jsonError(say(req, NO_SITE), 404)
    if (!staff && !roleIn(role, 'content'))
      return jsonError(
        say(
          req,
          t(
            'Only the owner, admins and editors of the site may export its subscribers.',
            'Subskrybentów mogą eksportować tylko właściciel, administratorzy i redaktorzy strony.',
          ),
        ),
        403,
      )
    const site = await req.payload.findByID({
      collection: 'sites',
      id: siteId,
      depth: 0,
      select: { identifier: true },
      disableErrors: true,
      overrideAccess: false,
      user,
    })
    if (!site) return jsonError(say(req, NO_SITE), 404)
    const subscribers = await req.payload.find({
      collection: SUBSCRIPTIONS,
      where: { site: { equals: siteId } },
      sort: 'subscribedAt',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    })
    const locale: ExportLocale = req.i18n?.language === 'en' ? 'en' : 'pl'
    const csv = toCsv(
      exportHeader(locale),
      subscribers.docs.map((doc) => exportRow(doc, locale)),
    )
    const day = new Date().toISOString().slice(0, 10)
    return new Response(csv, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="newsletter-${safeFilePart(site.identifier ?? String(siteId))}-${day}.csv"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
