/**
 * Emailed links (sign-in, sign-up, invitation, email change) on top of the
 * `magic-links` collection: issue one, find one by its token, claim it once.
 * These are the platform's own bookkeeping: the collection is closed to the
 * API, so every call here uses overrideAccess with the request's transaction.
 */
import type { PayloadRequest } from 'payload'

import type { MagicLinkAction } from '../../../collections/magic-links'
import type { ID } from '../access/ids'
import { createToken, hashToken, isWellFormedToken, tokenMatches } from '../tokens/tokens'
import { checkRate, linkState, type LinkState } from './linkState'

export type MagicLinkDoc = {
  id: ID
  email: string
  actionType: MagicLinkAction
  used?: boolean | null
  expiresAt: string
  usedAt?: string | null
  user?: ID | { id: ID } | null
  teamMember?: ID | { id: ID } | null
  token?: string
}

export const issueLink = async ({
  req,
  email,
  actionType,
  ttlMs,
  userId,
  teamMemberId,
  ipHash,
  now = new Date(),
}: {
  req: PayloadRequest
  email: string
  actionType: MagicLinkAction
  ttlMs: number
  userId?: ID
  teamMemberId?: ID
  ipHash?: string
  now?: Date
}): Promise<{ token: string; hash: string; id: ID; expiresAt: Date }> => {
  const { token, hash } = createToken()
  const expiresAt = new Date(now.getTime() + ttlMs)
  const doc = await req.payload.create({
    collection: 'magic-links',
    data: {
      email,
      actionType,
      token: hash,
      expiresAt: expiresAt.toISOString(),
      used: false,
      ...(userId !== undefined ? { user: userId as number } : {}),
      ...(teamMemberId !== undefined ? { teamMember: teamMemberId as number } : {}),
      ...(ipHash ? { requestIp: ipHash } : {}),
    },
    overrideAccess: true, // the platform's own record of a link it is about to email; closed to the API
    req,
  })
  return { token, hash, id: doc.id, expiresAt }
}

/** The link a presented token belongs to, or undefined for junk, tampered or unknown tokens. */
export const findLink = async ({ req, token }: { req: PayloadRequest; token: unknown }): Promise<MagicLinkDoc | undefined> => {
  if (!isWellFormedToken(token)) return undefined
  const found = await req.payload.find({
    collection: 'magic-links',
    where: { token: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // looking up the presented token is the check itself
    showHiddenFields: true,
    req,
  })
  const link = found.docs[0] as MagicLinkDoc | undefined
  // The lookup is by hash; the constant-time comparison guards against an adapter matching loosely.
  return link && link.token && tokenMatches(token, link.token) ? link : undefined
}

/**
 * Marks the link used if it still is valid, exactly once even when the same
 * link is opened twice at the same moment: the first write takes the row lock,
 * and the state is read again after it (PostgreSQL's READ COMMITTED gives the
 * re-read a fresh snapshot, so a concurrent claim that committed is seen).
 * Must run inside the request's transaction, so a failure later on undoes it.
 */
export const claimLink = async ({ req, link, now = new Date() }: { req: PayloadRequest; link: MagicLinkDoc; now?: Date }): Promise<LinkState | 'claimed'> => {
  const before = linkState({ used: link.used, expiresAt: link.expiresAt, now })
  if (before !== 'valid') return before
  // overrideAccess: the flow's own bookkeeping on a collection closed to the API.
  await req.payload.db.updateOne({ collection: 'magic-links', id: link.id, data: { usedAt: now.toISOString() }, req, returning: false })
  const fresh = (await req.payload.db.findOne({ collection: 'magic-links', where: { id: { equals: link.id } }, req })) as MagicLinkDoc | null
  if (!fresh || fresh.used) return 'used'
  await req.payload.update({
    collection: 'magic-links',
    id: link.id,
    data: { used: true, usedAt: now.toISOString() },
    overrideAccess: true,
    req,
  })
  return 'claimed'
}

/** Whether one more link request for this email and from this IP fits the limits; counts the links table. */
export const checkLinkRequestRate = async ({
  req,
  email,
  ipHash,
  windowMs,
  perEmail,
  perIp,
  now = new Date(),
}: {
  req: PayloadRequest
  email: string
  ipHash: string
  windowMs: number
  perEmail: number
  perIp: number
  now?: Date
}): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number; scope: 'email' | 'ip' }> => {
  const since = new Date(now.getTime() - windowMs).toISOString()
  const recent = (field: 'email' | 'requestIp', value: string, limit: number) =>
    req.payload
      .find({
        collection: 'magic-links',
        // Only links someone asked for: invitations are sent by managers and counted by their own rules.
        where: { and: [{ [field]: { equals: value } }, { createdAt: { greater_than: since } }, { actionType: { in: ['login', 'signup'] } }] },
        sort: '-createdAt',
        limit,
        depth: 0,
        overrideAccess: true, // counting the platform's own request log
        select: { createdAt: true },
        req,
      })
      .then((result) => result.docs.map((doc) => doc.createdAt))
  const [byEmail, byIp] = await Promise.all([recent('email', email, perEmail), recent('requestIp', ipHash, perIp)])
  const emailRate = checkRate({ recent: byEmail, limit: perEmail, windowMs, now })
  if (!emailRate.allowed) return { ...emailRate, scope: 'email' }
  const ipRate = checkRate({ recent: byIp, limit: perIp, windowMs, now })
  if (!ipRate.allowed) return { ...ipRate, scope: 'ip' }
  return { allowed: true }
}
