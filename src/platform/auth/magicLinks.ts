/**
 * Emailed links (sign-in, sign-up, invitation, email change) on top of the
 * `magic-links` collection: issue one, make its token again for the email
 * (tokens/seededToken.ts), find one by its token, claim it once.
 * These are the platform's own bookkeeping: the collection is closed to the
 * API, so every call here uses overrideAccess with the request's transaction.
 * Link requests are counted by the platform's rate limiter (http/rateLimit.ts).
 */
import type { Payload, PayloadRequest } from 'payload'

import type { MagicLinkAction } from '../../../collections/magic-links'
import type { ID } from '../access/ids'
import { rateLimit } from '../http/rateLimit'
import { createSeededToken, recreateSeededToken } from '../tokens/seededToken'
import { hashToken, isWellFormedToken, tokenMatches } from '../tokens/tokens'
import { linkState, type LinkState } from './linkState'
import { readAuthSettings } from './settings'

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
  tokenSeed?: string | null
}

/** Keeps these tokens apart from other seeded tokens made with the same secret. */
const TOKEN_PURPOSE = 'magic-link'

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
  // Seeded, so the email job can make the link again from the row's id (the queue keeps no link).
  const { token, hash, seed } = createSeededToken({ secret: req.payload.secret, purpose: TOKEN_PURPOSE })
  const expiresAt = new Date(now.getTime() + ttlMs)
  const doc = await req.payload.create({
    collection: 'magic-links',
    data: {
      email,
      actionType,
      token: hash,
      tokenSeed: seed,
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

/**
 * The link with this id and its token made again, for the email about to be
 * sent; undefined when there is nothing to send any more (the link is gone,
 * used, expired or replaced, or its token cannot be made again).
 */
export const sendableLink = async ({
  payload,
  id,
  now = new Date(),
}: {
  payload: Payload
  id: unknown
  now?: Date
}): Promise<{ link: MagicLinkDoc; token: string } | undefined> => {
  if ((typeof id !== 'number' && typeof id !== 'string') || id === '') return undefined
  const found = await payload.find({
    collection: 'magic-links',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true, // the email job's own read of the link it was queued for; the collection is closed to the API
    showHiddenFields: true,
  })
  const link = found.docs[0] as MagicLinkDoc | undefined
  if (!link || linkState({ used: link.used, expiresAt: link.expiresAt, now }) !== 'valid') return undefined
  const token = recreateSeededToken({ secret: payload.secret, purpose: TOKEN_PURPOSE, seed: link.tokenSeed, storedHash: link.token })
  // A valid link whose token cannot be made again: PAYLOAD_SECRET changed since the request (or the row was altered).
  if (!token) payload.logger.warn({ msg: `Magic link ${String(link.id)}: its token cannot be made again (was PAYLOAD_SECRET changed?); no email sent` })
  return token ? { link, token } : undefined
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
    overrideAccess: true, // trusted: magic-links is update: nobody; marking the link used is the flow's own bookkeeping
    req,
  })
  return 'claimed'
}

const linkRate = (per: 'ratePerEmail' | 'ratePerIp') => ({
  points: () => readAuthSettings()[per],
  durationSeconds: () => readAuthSettings().rateWindowMs / 1000,
})
/** Link requests per address (MAGIC_LINK_RATE_PER_EMAIL) and per client IP (MAGIC_LINK_RATE_PER_IP), per MAGIC_LINK_RATE_WINDOW_MINUTES. */
const perEmail = rateLimit({ name: 'magic-link.email', ...linkRate('ratePerEmail') })
const perIp = rateLimit({ name: 'magic-link.ip', ...linkRate('ratePerIp') })

/**
 * Counts one link request for this address and this IP and says whether it
 * fits both limits (one atomic count each, shared by every app process). The
 * IP is counted first, so a request refused for its network does not also use
 * up the address's budget; a request refused for the address still counts for
 * its IP.
 */
export const checkLinkRequestRate = async ({
  req,
  email,
  ipHash,
}: {
  req: PayloadRequest
  email: string
  ipHash: string
}): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number; scope: 'email' | 'ip' }> => {
  const byIp = await perIp.consume(req, ipHash)
  if (!byIp.allowed) return { ...byIp, scope: 'ip' }
  const byEmail = await perEmail.consume(req, email)
  if (!byEmail.allowed) return { ...byEmail, scope: 'email' }
  return { allowed: true }
}
