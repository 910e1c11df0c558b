/**
 * GET /api/public/newsletter/o/:token — the open pixel in every newsletter email. Always the same 1×1 GIF with
 * `no-store`, also for an unknown, forged or malformed token (which records nothing), so the answer tells nobody
 * whether a token exists. A known delivery token records the delivery's first open (tracking/record.ts); a genuine
 * campaign token (a site that tracks no individuals, lib/tracking.ts) adds one to the campaign's anonymous total.
 */
import { clientIp, hashIp, hashToken, isWellFormedToken, visitorEndpoint } from '@platform'
import { campaignFromToken } from '../lib/tracking'
import { recordCampaignTotals, recordTracking } from '../tracking/record'
import { trackRatePerIp } from '../tracking/rate'
import { pixelResponse } from '../tracking/responses'

export const openPixelEndpoint = visitorEndpoint({
  path: '/public/newsletter/o/:token',
  method: 'get',
  handler: async (req) => {
    const token = req.routeParams?.token
    const campaignId = campaignFromToken(req.payload.secret, token)
    if (campaignId === undefined && !isWellFormedToken(token)) return pixelResponse()
    try {
      const rate = await trackRatePerIp.consume(req, hashIp(req, clientIp(req)))
      if (!rate.allowed) return pixelResponse()
      if (campaignId !== undefined) await recordCampaignTotals(req, campaignId, { kind: 'open' })
      else await recordTracking(req, hashToken(token as string), { kind: 'open' })
    } catch (error) {
      // The image still shows; a lost open is not worth a broken email.
      req.payload.logger.error({ err: error, msg: 'newsletter: recording an open failed' })
    }
    return pixelResponse()
  },
})
