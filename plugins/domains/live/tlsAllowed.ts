/**
 * `GET /api/domains/tls-allowed?domain=`: the `ask` endpoint of Caddy's on-demand TLS. 200 when the name is a live
 * domain or its www form, so Caddy gets a certificate for it; 404 for anything else (a pending or failed order,
 * an unknown name), so nobody can make the proxy request certificates for names pointed at it. No sign-in (Caddy
 * calls it) and no rate limit: the answer comes from the live-hosts memory (liveHosts.ts), one indexed query per
 * unknown name at most every few seconds.
 */
import type { Endpoint } from 'payload'

import { liveHost } from './liveHosts'

export const tlsAllowedEndpoint: Endpoint = {
  path: '/domains/tls-allowed',
  method: 'get',
  handler: async (req) => {
    const live = await liveHost(req.payload, req.searchParams.get('domain'))
    return new Response(live ? 'ok' : 'not a live domain', {
      status: live ? 200 : 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  },
}
