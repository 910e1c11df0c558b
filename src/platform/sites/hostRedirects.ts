/**
 * Hosts that send visitors on to another host (a plugin's `hostRedirects` contribution): the domains plugin
 * answers a live domain's www form with its apex, or the other way round, as the owner chose. The site router
 * asks for a request whose Host is neither the platform's nor a published site's domain.
 */
import type { Payload } from 'payload'

import { getRegistry } from '../plugins/registry'
import { couldBeSiteDomain } from './domain'

/** The host to send a request for `host` to (a bare host name, lower case), or nothing to let it through. */
export type HostRedirect = (args: { payload: Payload; host: string }) => Promise<string | null | undefined>

/** How long browsers may keep a redirect: short, so an owner's changed choice (www or not) takes effect soon. */
export const HOST_REDIRECT_MAX_AGE_SECONDS = 3600

/** The first plugin's answer that is a host name other than `host` itself (never a loop to the same host). */
export const hostRedirectFor = async (payload: Payload, host: string): Promise<string | undefined> => {
  for (const { redirect } of getRegistry(payload.config).hostRedirects) {
    const target = (await redirect({ payload, host }))?.toLowerCase()
    if (target && target !== host && couldBeSiteDomain(target)) return target
  }
  return undefined
}

/**
 * The redirect's status and headers: 301 for GET and HEAD (what search engines expect of a moved address),
 * 308 for other methods (the method and body are kept). `url` is the request's path and query.
 */
export const hostRedirectResponse = (method: string, target: string, url: string) => ({
  status: method === 'GET' || method === 'HEAD' ? 301 : 308,
  headers: {
    Location: `https://${target}${url.startsWith('/') ? url : `/${url}`}`,
    'Cache-Control': `public, max-age=${HOST_REDIRECT_MAX_AGE_SECONDS}`,
    'Content-Length': '0',
  },
})
