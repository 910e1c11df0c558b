/**
 * What the domains plugin tells the core about live domains (through the SDK's contributions):
 * - `hostRedirects`: a live domain's other form (www or apex, whichever the site does not use), or a second live
 *   domain of the same site, is sent to the site's own domain (`sites.domain`, set when the domain went live);
 * - `allowedOrigins`: `https://<live domain>` (either form) may call the API with a session (CORS and CSRF).
 */
import type { HostRedirect, OriginCheck } from '@platform'
import { liveHost } from './liveHosts'

export const redirectToSiteDomain: HostRedirect = async ({ payload, host }) => {
  const live = await liveHost(payload, host)
  return live?.siteDomain && live.siteDomain !== host ? live.siteDomain : undefined
}

export const allowLiveDomainOrigins: OriginCheck = async ({ payload, origin }) => {
  const url = new URL(origin)
  if (url.protocol !== 'https:' || url.port) return false
  return (await liveHost(payload, url.hostname)) !== null
}
