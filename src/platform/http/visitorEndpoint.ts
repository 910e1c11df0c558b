/**
 * Public (visitor) endpoints act for an anonymous visitor. Payload reads the
 * session cookie on every route, so a browser that is also signed in to the
 * platform (another site's coach, a team member, staff) would otherwise make
 * these calls as that user: the site hooks would then refuse to write the
 * visitor's records into a site the user does not manage, and reads
 * made with the user's access would miss the booking's own records. The token
 * or the site identifier is the only credential here, so the session is
 * dropped before anything else runs.
 */
import type { Endpoint, PayloadRequest } from 'payload'

export const asVisitor = (req: PayloadRequest): PayloadRequest => {
  req.user = null
  return req
}

/** An endpoint for visitors: its handler runs with the session dropped (see above). */
export const visitorEndpoint = (endpoint: Endpoint): Endpoint => ({ ...endpoint, handler: (req) => endpoint.handler(asVisitor(req)) })
