/**
 * A visitor who books, registers or buys on a site becomes that site's client (`clients`, one per site and address).
 * Every plugin that makes clients goes through here, so two of them (a booking and a registration for the same
 * address at once) take the same lock and never race on the unique (site, email) index.
 */
import type { PayloadRequest } from 'payload'

import type { ID } from '../access'
import { lockForTransaction } from '../db/lock'

/** `Anna Maria Kowalska` → first `Anna`, last `Maria Kowalska`; one word is a first name only. */
export const splitPersonName = (name: string): { firstName: string; lastName?: string } => {
  const [firstName, ...rest] = name.trim().split(/\s+/)
  return rest.length ? { firstName, lastName: rest.join(' ') } : { firstName }
}

/**
 * The site's client with this (normalized) email, created if new. Call it inside `inTransaction`: the lock on
 * `client:<site>:<email>` is held until the transaction ends. An existing client's name is left as it is.
 */
export const upsertSiteClient = async ({ req, siteId, email, name }: { req: PayloadRequest; siteId: ID; email: string; name: string }): Promise<ID> => {
  await lockForTransaction(req, `client:${String(siteId)}:${email}`)
  const found = await req.payload.find({
    collection: 'clients',
    where: { and: [{ site: { equals: siteId } }, { email: { equals: email } }] },
    select: {},
    limit: 1,
    depth: 0,
    overrideAccess: true, // trusted: the visitor's own client record on the site they book or register on, matched by the email they gave
    req,
  })
  if (found.docs[0]) return found.docs[0].id
  const created = await req.payload.create({
    collection: 'clients',
    data: { site: siteId as number, email, ...splitPersonName(name) },
    overrideAccess: true, // trusted: a visitor booking or registering becomes a client of the site; visitors cannot create records themselves
    req,
  })
  return created.id
}
