/**
 * `POST /api/domains/own` `{ site, name, proxyMode? }`: the owner connects a domain they already have. For the
 * site's owner or admins (401 signed out, 403 anyone else or a plan without own domains); the name is normalised
 * and checked like a search (400 with the reason); a name already on any site, as an order or a site's own
 * domain, is a 409 ("a domain is never attached to two sites"), decided under a lock on the name so parallel
 * requests cannot both pass. Creates an order `own` / `awaiting_dns` with a TXT verification token (stored as
 * hash and seed) and queues its first DNS check. `proxyMode` (default true): the records point at the platform;
 * false: only the TXT is checked (503 when proxy mode is asked and the platform has no target set). 201 with the
 * order's DNS view (records to set, token included).
 */
import type { Endpoint } from 'payload'

import { APIError } from 'payload'
import { z } from 'zod'

import {
  createSeededToken,
  enforceLimit,
  enqueueAfterCommit,
  inTransaction,
  jsonError,
  lockForTransaction,
  parseRecordId,
  readJsonBody,
  relationId,
  requestLocale,
  roleIn,
  roleOnSite,
} from '@platform'
import type { DomainOrder } from '../dns/orderStore'
import { CHECK_DNS_JOB } from '../dns/configureZone'
import { VERIFY_PURPOSE } from '../dns/checkDns'
import { dnsAnswer } from '../dns/dnsAnswer'
import { pointingRecords } from '../dns/records'
import { describeTarget, readCheckPace, readDnsTarget, type DnsTarget } from '../dns/settings'
import { withStep } from '../dns/steps'
import { DNS_TEXT } from '../dns/texts'
import { parseSearchName } from '../search/domainName'
import { DOMAIN_ORDERS } from '../slugs'

const bodySchema = z.strictObject({
  site: z.union([z.number().int().positive(), z.string().regex(/^\d{1,12}$/)]),
  name: z.string().max(300),
  proxyMode: z.boolean().optional(),
})

export const ownDomainEndpoint: Endpoint = {
  path: '/domains/own',
  method: 'post',
  handler: async (req) => {
    const lang = requestLocale(req)
    const user = req.user
    if (!user || user.collection !== 'users') return jsonError(DNS_TEXT.signIn[lang], 401)
    let body: z.infer<typeof bodySchema>
    try {
      const parsed = bodySchema.safeParse(await readJsonBody(req))
      if (!parsed.success) return jsonError(DNS_TEXT.badBody[lang], 400)
      body = parsed.data
    } catch (error) {
      if (error instanceof APIError) return jsonError(DNS_TEXT.badBody[lang], 400)
      throw error
    }
    const siteId = parseRecordId(body.site)
    if (siteId === undefined) return jsonError(DNS_TEXT.badBody[lang], 400)
    if (!roleIn(await roleOnSite(req, siteId), 'manage')) return jsonError(DNS_TEXT.forbidden[lang], 403)
    const name = parseSearchName(body.name)
    if ('message' in name) return jsonError(name.message[lang], 400)
    const proxyMode = body.proxyMode ?? true
    let target: DnsTarget | null = null
    try {
      target = readDnsTarget(process.env)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Domains: the DNS target settings are invalid' })
    }
    if (proxyMode && !target) return jsonError(DNS_TEXT.noTarget[lang], 503)

    try {
      const order = await inTransaction(req, async (): Promise<DomainOrder | 'attached'> => {
        // One decision per name at a time, across every app process: parallel requests for it queue here.
        await lockForTransaction(req, `domains:name:${name.ascii}`)
        const site = await req.payload.findByID({
          collection: 'sites',
          id: siteId,
          depth: 0,
          select: { owner: true },
          overrideAccess: true, // trusted: the site's owner, whose plan decides (the caller manages the site, checked above)
          req,
        })
        await enforceLimit(req, { ownerId: relationId(site.owner), limit: 'customDomain' })
        const [orders, sites] = await Promise.all([
          req.payload.count({
            collection: DOMAIN_ORDERS,
            where: { domainName: { equals: name.ascii } },
            overrideAccess: true, // trusted: whether any site has the name, whoever's; nothing else is answered
            req,
          }),
          req.payload.count({
            collection: 'sites',
            where: { and: [{ domain: { in: [name.ascii, `www.${name.ascii}`] } }, { id: { not_equals: siteId } }] },
            overrideAccess: true, // trusted: the same question for sites whose own domain was set by hand
            req,
          }),
        ])
        if (orders.totalDocs || sites.totalDocs) return 'attached'
        const now = new Date()
        const due = new Date(now.getTime() + readCheckPace(process.env).firstMs)
        const token = createSeededToken({ secret: req.payload.secret, purpose: VERIFY_PURPOSE })
        const created = (await req.payload.create({
          collection: DOMAIN_ORDERS,
          data: {
            site: siteId as number,
            user: user.id as number,
            domainName: name.ascii,
            unicodeName: name.unicode,
            kind: 'own',
            status: 'awaiting_dns',
            proxyMode,
            target: proxyMode && target ? describeTarget(target) : null,
            verificationTokenHash: token.hash,
            verificationTokenSeed: token.seed,
            // The TXT's value is never stored: it is made again from the seed when shown or checked.
            dnsConfiguration: {
              target: proxyMode ? target : null,
              records: proxyMode && target ? pointingRecords(name.ascii, target) : [],
              checks: { startedAt: now.toISOString(), attempts: 0 },
            },
            steps: withStep([], 'verification', { state: 'running' }, now),
            nextCheckAt: due.toISOString(),
          },
          depth: 0,
          overrideAccess: true, // trusted: nobody creates orders over the API; this endpoint checked the caller, the name, the plan and the 409
          req,
        })) as DomainOrder
        await enqueueAfterCommit(req, CHECK_DNS_JOB, { orderId: created.id, due: due.toISOString() }, due)
        return created
      })
      if (order === 'attached') return jsonError(DNS_TEXT.attached[lang], 409)
      return Response.json(await dnsAnswer(req, order), { status: 201 })
    } catch (error) {
      // The plan refuses own domains (enforceLimit): its message is in the request's language.
      if (error instanceof APIError && error.status === 403) return jsonError(error.message, 403)
      throw error
    }
  },
}
