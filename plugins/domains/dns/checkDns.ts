/**
 * The verification job: asks the configured resolvers (DOMAINS_DNS_RESOLVERS) whether the domain's names point at
 * the platform (a bought domain, or an own one in proxy mode) and whether an own domain's TXT record holds its
 * token; once everything is seen, the domain goes live. Otherwise it tries again after a wait that doubles each
 * time (DOMAINS_CHECK_FIRST_MS … DOMAINS_CHECK_MAX_MS) and gives up after DOMAINS_CHECK_GIVE_UP_HOURS (the order
 * fails, the owner is told). Each run carries the `due` time it was queued for: a run whose order was re-queued
 * since (a "check now") finds another `nextCheckAt` and does nothing, so there is one chain of checks per order.
 */
import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { afterCommit, enqueueAfterCommit, inTransaction, recreateSeededToken, relationId, type ID, type JobDefinition } from '@platform'
import { forgetLiveHosts } from '../live/liveHosts'
import { tellOwner } from '../live/notices'
import { CHECK_DNS_JOB, failOrder } from './configureZone'
import { judge, questionsFor, requirementsFor, type Verdict } from './judge'
import { dnsStateOf, lockOrder, ownerLocale, readOrder, writeOrder, type DomainOrder } from './orderStore'
import { VERIFY_PREFIX } from './records'
import { observe } from './resolve'
import { checkDelay, readCheckPace, readDnsTarget, readResolvers, type DnsTarget } from './settings'
import { withStep } from './steps'
import { DNS_TEXT } from './texts'

export const VERIFY_PURPOSE = 'domains.verify'

/** Statuses in which an order's DNS is being checked. */
export const CHECKING = new Set(['verifying', 'awaiting_dns'])

/** The TXT value that proves an own domain (null when the token cannot be made again). */
export const txtValueOf = (payload: Payload, order: Pick<DomainOrder, 'verificationTokenSeed' | 'verificationTokenHash'>): string | null => {
  const token = recreateSeededToken({
    secret: payload.secret,
    purpose: VERIFY_PURPOSE,
    seed: order.verificationTokenSeed,
    storedHash: order.verificationTokenHash,
  })
  return token ? `${VERIFY_PREFIX}${token}` : null
}

/** The host the site is served on once live: the apex, or www when the owner chose it. */
export const canonicalHost = (order: Pick<DomainOrder, 'domainName' | 'redirect'>) =>
  order.redirect === 'apex-to-www' ? `www.${order.domainName}` : order.domainName

const sameDue = (due: string | undefined, nextCheckAt: string | null | undefined) =>
  !due || (Boolean(nextCheckAt) && Date.parse(due) === Date.parse(String(nextCheckAt)))

/** Sets the site's own domain and marks the order live; false when another site holds the name. */
const goLive = async (req: PayloadRequest, order: DomainOrder, verdict: Verdict, now: Date): Promise<boolean> => {
  const siteId = relationId(order.site)
  if (siteId === undefined) return false
  const host = canonicalHost(order)
  const taken = await req.payload.find({
    collection: 'sites',
    where: { and: [{ domain: { in: [order.domainName, `www.${order.domainName}`] } }, { id: { not_equals: siteId } }] },
    limit: 1,
    depth: 0,
    select: { domain: true },
    overrideAccess: true, // trusted job: whether another site already uses the name (a domain never serves two sites)
    req,
  })
  if (taken.docs.length) return false
  await req.payload.update({
    collection: 'sites',
    id: siteId,
    data: { domain: host },
    depth: 0,
    overrideAccess: true, // trusted job: the verified domain becomes the site's address (core host routing serves it)
    req,
  })
  const state = dnsStateOf(order)
  await writeOrder(req, order.id, {
    status: 'live',
    liveAt: now.toISOString(),
    lastCheckedAt: now.toISOString(),
    nextCheckAt: null,
    errorMessage: null,
    errorCode: null,
    steps: withStep(order.steps, 'verification', { state: 'done', error: null, attempt: true }, now),
    dnsConfiguration: {
      ...state,
      checks: {
        startedAt: state.checks?.startedAt ?? now.toISOString(),
        attempts: (state.checks?.attempts ?? 0) + 1,
        last: { at: now.toISOString(), ok: true, results: verdict.results },
      },
    },
  })
  await tellOwner(req, { outcome: 'live', orderId: order.id, siteId, domain: order.unicodeName || order.domainName, url: `https://${host}` })
  await afterCommit(req, forgetLiveHosts)
  return true
}

export const checkDns = async (payload: Payload, { orderId, due }: { orderId: ID; due?: string }): Promise<void> => {
  const req = await createLocalReq({}, payload)
  const order = await readOrder(req, orderId)
  if (!order || !CHECKING.has(order.status ?? '') || !sameDue(due, order.nextCheckAt)) return

  let target: DnsTarget | null = null
  let servers: string[] = []
  try {
    target = readDnsTarget(process.env)
    servers = readResolvers(process.env)
  } catch (error) {
    payload.logger.error({ err: error, msg: 'Domains: the DNS settings are invalid' })
  }
  const pace = readCheckPace(process.env)
  const kind = order.kind === 'own' ? 'own' : 'purchase'
  const proxyMode = kind === 'purchase' || order.proxyMode !== false
  const txtValue = kind === 'own' ? txtValueOf(payload, order) : null
  const requirements = requirementsFor({ domain: order.domainName, kind, proxyMode, target, txtValue: txtValue ?? undefined })
  // Asked outside the transaction: DNS may take seconds, the order's lock is held only to record the answer.
  const observations = await observe({ servers, questions: questionsFor(requirements), timeoutMs: pace.timeoutMs })
  const verdict = judge({ requirements, observations, target })

  await inTransaction(req, async () => {
    await lockOrder(req, orderId)
    const current = await readOrder(req, orderId)
    // Changed meanwhile (checked by another run, a retry, cancelled): that run's answer stands.
    if (!current || current.status !== order.status || !sameDue(due, current.nextCheckAt)) return
    const now = new Date()
    if (proxyMode && !target) return failOrder(req, current, { step: 'verification', message: DNS_TEXT.targetMissing }, now)
    if (kind === 'own' && !txtValue)
      throw new Error(`Domains: the verification token of order ${String(orderId)} cannot be made again (seed or secret changed)`)
    if (verdict.ok) {
      if (await goLive(req, current, verdict, now)) return
      return failOrder(req, current, { step: 'verification', message: DNS_TEXT.siteTaken }, now)
    }
    const state = dnsStateOf(current)
    const startedAt = state.checks?.startedAt ?? now.toISOString()
    const attempts = (state.checks?.attempts ?? 0) + 1
    const checks = { startedAt, attempts, last: { at: now.toISOString(), ok: false, results: verdict.results } }
    const problem = verdict.results.find((result) => !result.ok)?.problem
    if (now.getTime() - Date.parse(startedAt) >= pace.giveUpMs) {
      const message = problem ?? { pl: 'Rekordy DNS nie są widoczne.', en: 'The DNS records are not visible.' }
      await writeOrder(req, current.id, { dnsConfiguration: { ...state, checks }, lastCheckedAt: now.toISOString() })
      return failOrder(req, { ...current, dnsConfiguration: { ...state, checks } }, { step: 'verification', message, code: 'DNS_NOT_VISIBLE' }, now)
    }
    const next = new Date(now.getTime() + checkDelay(attempts + 1, pace))
    const lang = await ownerLocale(req, current)
    await writeOrder(req, current.id, {
      dnsConfiguration: { ...state, checks },
      lastCheckedAt: now.toISOString(),
      nextCheckAt: next.toISOString(),
      steps: withStep(current.steps, 'verification', { state: 'running', error: problem?.[lang] ?? null, attempt: true }, now),
    })
    await enqueueAfterCommit(req, CHECK_DNS_JOB, { orderId: current.id, due: next.toISOString() }, next)
  })
}

export const checkDnsJob: JobDefinition<{ orderId: ID; due?: string }> = {
  name: CHECK_DNS_JOB,
  // DNS questions of up to DOMAINS_DNS_TIMEOUT_MS (two tries) each, asked in parallel.
  lockLifetimeMs: 2 * 60_000,
  handler: async (data, { payload }) => checkDns(payload, data),
}
