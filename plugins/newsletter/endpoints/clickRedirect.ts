/**
 * GET /api/public/newsletter/c/:token?u=<href>&s=<signature> — a tracked link in a newsletter email. Redirects
 * (302) only to an http(s) address the platform itself signed for this token (lib/tracking.ts), so it is never
 * an open redirect: a missing or wrong signature, a changed address, a non-web address, an unknown delivery token or
 * a forged campaign token get a 400 page in the visitor's language, never a redirect. A delivery token records the
 * click (tracking/record.ts); a campaign token (a site that tracks no individuals) only the anonymous totals.
 */
import { clientIp, hashIp, hashToken, isWellFormedToken, requestLocale, visitorEndpoint } from '@platform'
import { LINK_URL_MAX_LENGTH } from '../collections/linkClicks'
import { campaignFromToken, clickSignatureValid } from '../lib/tracking'
import { trackRatePerIp } from '../tracking/rate'
import { recordCampaignTotals, recordTracking } from '../tracking/record'
import { badLinkPage, redirectTarget } from '../tracking/responses'

const redirect = (location: string) => new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' } })

export const clickRedirectEndpoint = visitorEndpoint({
  path: '/public/newsletter/c/:token',
  method: 'get',
  handler: async (req) => {
    const token = req.routeParams?.token
    const href = req.searchParams.get('u') ?? ''
    // The normalised address (ASCII, percent-encoded) is where the redirect goes and what the link's counter keeps.
    const target = redirectTarget(href)
    const campaignId = campaignFromToken(req.payload.secret, token)
    const known = campaignId !== undefined || isWellFormedToken(token)
    const signed = known && clickSignatureValid({ secret: req.payload.secret, token: token as string, href, signature: req.searchParams.get('s') })
    if (!signed || !target || target.length > LINK_URL_MAX_LENGTH) return badLinkPage(requestLocale(req))
    // Past the per-IP limit the signed link still works; the click is just not counted (no lookup either).
    const rate = await trackRatePerIp.consume(req, hashIp(req, clientIp(req)))
    if (!rate.allowed) return redirect(target)
    const event = { kind: 'click' as const, url: target }
    const recorded = await (
      campaignId !== undefined ? recordCampaignTotals(req, campaignId, event) : recordTracking(req, hashToken(token as string), event)
    ).catch((error: unknown) => {
      // The signature proves the platform made this link: a failed count must not strand the reader.
      req.payload.logger.error({ err: error, msg: 'newsletter: recording a click failed' })
      return true
    })
    return recorded ? redirect(target) : badLinkPage(requestLocale(req))
  },
})
