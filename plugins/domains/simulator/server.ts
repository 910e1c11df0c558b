/**
 * A fake OVH: a real HTTP server on 127.0.0.1 speaking OVH API v1 under `/1.0`, because OVH cannot be reached
 * from development and CI machines. It authenticates every call as OVH does (auth.ts), keeps carts, orders and
 * DNS zones (store.ts), hands out consumer keys (`POST /auth/credential`, validated at the returned URL), and can
 * be told to fail: `failNext` (any call) and `store.failOrders` (an order cancelled at a step), also over HTTP
 * under `/fake/…` for a dev server or a browser test.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { ruleAllows, type OvhAccessRule, type OvhMethod } from '../ovh'
import { checkApplication, checkSignedCall, errorBody, type FakeCredential, type OvhFailure } from './auth'
import { DEFAULT_TAKEN_DOMAINS, DEV_OVH_KEYS, devConsumerKey } from './defaults'
import { DEFAULT_NET_PRICES } from './pricing'
import { createOvhStore, ORDER_WALK, type Failure, type OrderPace, type Outcome, type OvhStore } from './store'

export type FakeOvhOptions = {
  /** 0 (default): any free port. */
  port?: number
  /** Applications the fake knows; default the dev application (defaults.ts). */
  applications?: { key: string; secret: string }[]
  /** Consumer keys that exist already (validated unless said otherwise); default the dev key with the plugin's rules. */
  consumerKeys?: { consumerKey: string; applicationKey: string; rules: OvhAccessRule[]; state?: FakeCredential['state'] }[]
  /** Registered names (offered for transfer only); default a few well-known ones. */
  takenDomains?: string[]
  /** Net price of a year in grosze, per extension; default .pl, .com.pl, .com, .eu. */
  prices?: Record<string, number>
  /** One order step per status poll (default), or one every `everyMs`. */
  orderPace?: OrderPace
  /** Zones the account has from the start. */
  zones?: string[]
  /** How far a call's timestamp may be from the fake's clock; OVH allows a few minutes. Default 180 s. */
  maxSkewSeconds?: number
  /** The fake's clock minus the local one, in seconds (to prove a client uses `/auth/time`). */
  clockOffsetSeconds?: number
}

export type InjectedFailure = { method?: OvhMethod; path: string; status?: number; errorCode?: string; message?: string; times?: number }

export type FakeOvhCall = { method: string; path: string; query: string; status: number; errorCode?: string }

export type FakeOvh = {
  /** `http://127.0.0.1:<port>` */
  url: string
  /** What OVH_ENDPOINT should be: `http://127.0.0.1:<port>/1.0`. */
  endpoint: string
  port: number
  store: OvhStore
  /** The next `times` (default 1) calls matching `path` (an access-rule pattern) answer this error instead. */
  failNext: (failure: InjectedFailure) => void
  setClockOffset: (seconds: number) => void
  /** What the account's owner does at the validation URL. */
  validateCredential: (consumerKey: string) => void
  credential: (consumerKey: string) => FakeCredential | undefined
  /** Every API call received, in order, with the answer's status. */
  calls: () => FakeOvhCall[]
  close: () => Promise<void>
}

type Reply = { status: number; json?: unknown; html?: string; location?: string }

const MAX_BODY = 256 * 1024
const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE'])

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY) reject(new Error('too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

const CLASS: Record<number, string> = { 400: 'Client::BadRequest', 403: 'Client::Forbidden', 404: 'Client::NotFound', 409: 'Client::Conflict' }

const failureReply = ({ status, message, errorCode }: Failure): Reply => ({
  status,
  json: errorCode ? errorBody({ status, errorCode, message }) : { class: CLASS[status] ?? 'Server::InternalServerError', message },
})
const outcomeReply = <T>(outcome: Outcome<T>): Reply => (outcome.ok ? { status: 200, json: outcome.value } : failureReply(outcome))
const authReply = (failure: OvhFailure): Reply => ({ status: failure.status, json: errorBody(failure) })

const parseJson = (text: string): Record<string, unknown> | undefined => {
  if (!text) return {}
  try {
    const value = JSON.parse(text)
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined
  } catch {
    return undefined
  }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const validationPage = (credential: FakeCredential | undefined, token: string) =>
  credential
    ? `<!doctype html><html lang="pl"><meta charset="utf-8"><title>Fake OVH</title><h1>Fake OVH</h1>
<p>Aplikacja prosi o dostęp / The application asks for access (${escapeHtml(credential.state)}):</p>
<ul>${credential.rules.map((rule) => `<li><code>${escapeHtml(`${rule.method} ${rule.path}`)}</code></li>`).join('')}</ul>
<form method="post" action="/auth/?credentialToken=${encodeURIComponent(token)}"><button name="action" value="validate">Zatwierdź / Authorize</button> <button name="action" value="refuse">Odmów / Refuse</button></form></html>`
    : '<!doctype html><title>404</title><p>Nieznany klucz / Unknown credential</p>'

const RULE_PATH = /^\/[A-Za-z0-9/*._-]*$/

export const startFakeOvh = async (options: FakeOvhOptions = {}): Promise<FakeOvh> => {
  const applications = new Map(
    (options.applications ?? [{ key: DEV_OVH_KEYS.applicationKey, secret: DEV_OVH_KEYS.applicationSecret }]).map((app) => [app.key, app.secret]),
  )
  const credentials = new Map<string, FakeCredential>()
  const keys: NonNullable<FakeOvhOptions['consumerKeys']> = options.consumerKeys ?? [devConsumerKey()]
  for (const key of keys)
    credentials.set(key.consumerKey, { ...key, rules: [...key.rules], state: key.state ?? 'validated', credentialToken: randomBytes(16).toString('hex') })
  let clockOffset = options.clockOffsetSeconds ?? 0
  const serverTime = () => Math.round(Date.now() / 1000) + clockOffset
  const maxSkewSeconds = options.maxSkewSeconds ?? 180
  let baseUrl = ''
  const store = createOvhStore({
    baseUrl: () => baseUrl,
    prices: options.prices ?? DEFAULT_NET_PRICES,
    takenDomains: options.takenDomains ?? DEFAULT_TAKEN_DOMAINS,
    pace: options.orderPace ?? 'poll',
    zones: options.zones,
  })
  const injected: (InjectedFailure & { left: number })[] = []
  const calls: FakeOvhCall[] = []

  const byToken = (token: string) => [...credentials.values()].find((credential) => credential.credentialToken === token)

  const requestCredential = (headers: http.IncomingHttpHeaders, body: Record<string, unknown> | undefined): Reply => {
    const application = checkApplication({ headers, applications })
    if ('errorCode' in application) return authReply(application)
    const rules = body?.accessRules
    if (!Array.isArray(rules) || !rules.length) return failureReply({ status: 400, message: '[accessRules] Property is mandatory' })
    for (const rule of rules)
      if (!rule || !METHODS.has(rule.method) || typeof rule.path !== 'string' || !RULE_PATH.test(rule.path))
        return failureReply({ status: 400, message: `Invalid access rule: ${JSON.stringify(rule)}` })
    const redirection = typeof body?.redirection === 'string' ? body.redirection : undefined
    const credential: FakeCredential = {
      consumerKey: randomBytes(16).toString('hex'),
      applicationKey: application.applicationKey,
      rules: rules.map((rule: OvhAccessRule) => ({ method: rule.method, path: rule.path })),
      state: 'pendingValidation',
      credentialToken: randomBytes(16).toString('hex'),
      redirection,
    }
    credentials.set(credential.consumerKey, credential)
    return {
      status: 200,
      json: { validationUrl: `${baseUrl}/auth/?credentialToken=${credential.credentialToken}`, consumerKey: credential.consumerKey, state: credential.state },
    }
  }

  const api = async (method: string, path: string, query: URLSearchParams, body: Record<string, unknown>): Promise<Reply> => {
    let match: RegExpExecArray | null
    const id = (value: string) => (/^\d{1,15}$/.test(value) ? Number(value) : -1)
    if (path === '/order/cart' && method === 'POST') return outcomeReply(store.createCart(body))
    if ((match = /^\/order\/cart\/([^/]+)\/domain$/.exec(path))) {
      if (method === 'GET') return outcomeReply(store.domainOffers(decodeURIComponent(match[1]), query.get('domain')))
      if (method === 'POST') return outcomeReply(store.addDomain(decodeURIComponent(match[1]), body))
    }
    if ((match = /^\/order\/cart\/([^/]+)\/assign$/.exec(path)) && method === 'POST') return outcomeReply(store.assignCart(decodeURIComponent(match[1])))
    if ((match = /^\/order\/cart\/([^/]+)\/item\/([^/]+)\/requiredConfiguration$/.exec(path)) && method === 'GET')
      return outcomeReply(store.requiredConfiguration(decodeURIComponent(match[1]), id(match[2])))
    if ((match = /^\/order\/cart\/([^/]+)\/item\/([^/]+)\/configuration$/.exec(path)) && method === 'POST')
      return outcomeReply(store.configureItem(decodeURIComponent(match[1]), id(match[2]), body))
    if ((match = /^\/order\/cart\/([^/]+)\/checkout$/.exec(path)) && method === 'POST') return outcomeReply(store.checkout(decodeURIComponent(match[1]), body))
    if ((match = /^\/me\/order\/([^/]+)\/status$/.exec(path)) && method === 'GET') return outcomeReply(store.orderStatus(id(match[1])))
    if ((match = /^\/domain\/zone\/([^/]+)\/record$/.exec(path))) {
      if (method === 'GET') return outcomeReply(store.recordIds(decodeURIComponent(match[1]), query))
      if (method === 'POST') return outcomeReply(store.createRecord(decodeURIComponent(match[1]), body))
    }
    if ((match = /^\/domain\/zone\/([^/]+)\/record\/([^/]+)$/.exec(path))) {
      if (method === 'GET') return outcomeReply(store.record(decodeURIComponent(match[1]), id(match[2])))
      if (method === 'DELETE') return outcomeReply(store.deleteRecord(decodeURIComponent(match[1]), id(match[2])))
    }
    if ((match = /^\/domain\/zone\/([^/]+)\/refresh$/.exec(path)) && method === 'POST') return outcomeReply(store.refreshZone(decodeURIComponent(match[1])))
    return failureReply({ status: 404, message: 'Got an invalid (or empty) URL' })
  }

  const control = async (method: string, path: string, body: Record<string, unknown> | undefined): Promise<Reply> => {
    if (method === 'GET' && path === '/fake/state') return { status: 200, json: { carts: store.carts(), items: store.items(), orders: store.orders() } }
    const order = /^\/fake\/orders\/(\d+)$/.exec(path)
    if (order && method === 'GET') {
      const found = store.order(Number(order[1]))
      return found ? { status: 200, json: found } : failureReply({ status: 404, message: 'Unknown order' })
    }
    const zone = /^\/fake\/zones\/([^/]+)$/.exec(path)
    if (zone && method === 'GET') {
      const found = store.zone(decodeURIComponent(zone[1]))
      return found ? { status: 200, json: found } : failureReply({ status: 404, message: 'Unknown zone' })
    }
    if (method !== 'POST' || !body) return failureReply({ status: 404, message: 'Unknown control' })
    if (path === '/fake/fail' && typeof body.path === 'string') {
      failNext(body as InjectedFailure)
      return { status: 204 }
    }
    if (path === '/fake/orders/fail' && typeof body.domain === 'string' && ORDER_WALK.includes(body.at as never) && body.at !== 'notPaid') {
      store.failOrders(body.domain, body.at as (typeof ORDER_WALK)[number])
      return { status: 204 }
    }
    if (path === '/fake/taken' && typeof body.domain === 'string') {
      store.markTaken(body.domain)
      return { status: 204 }
    }
    return failureReply({ status: 400, message: 'Bad control request' })
  }

  const failNext = (failure: InjectedFailure) => injected.push({ ...failure, left: failure.times ?? 1 })

  const route = async (req: http.IncomingMessage): Promise<Reply> => {
    const method = (req.method ?? 'GET').toUpperCase()
    const target = req.url ?? '/'
    const url = new URL(target, 'http://127.0.0.1')
    const text = await readBody(req)
    if (url.pathname === '/auth/' || url.pathname === '/auth') {
      const token = url.searchParams.get('credentialToken') ?? ''
      const credential = byToken(token)
      if (method === 'GET') return { status: credential ? 200 : 404, html: validationPage(credential, token) }
      if (!credential || credential.state !== 'pendingValidation') return { status: 404, html: validationPage(undefined, token) }
      credential.state = new URLSearchParams(text).get('action') === 'refuse' ? 'refused' : 'validated'
      if (credential.redirection) return { status: 303, location: credential.redirection }
      return {
        status: 200,
        html: `<!doctype html><meta charset="utf-8"><p>${credential.state === 'validated' ? 'Zatwierdzono / Authorized' : 'Odmówiono / Refused'}</p>`,
      }
    }
    if (url.pathname.startsWith('/fake/')) return control(method, url.pathname, parseJson(text))
    if (!url.pathname.startsWith('/1.0/')) return failureReply({ status: 404, message: 'Got an invalid (or empty) URL' })
    const path = url.pathname.slice('/1.0'.length)
    const body = parseJson(text)
    if (path === '/auth/time' && method === 'GET') return { status: 200, json: serverTime() }
    if (path === '/auth/credential' && method === 'POST') return requestCredential(req.headers, body)
    const auth = checkSignedCall({
      headers: req.headers,
      method,
      fullUrl: `http://${req.headers.host ?? '127.0.0.1'}${target}`,
      path,
      body: text,
      serverTime: serverTime(),
      maxSkewSeconds,
      applications,
      credentials,
    })
    if ('errorCode' in auth) return authReply(auth)
    const failure = injected.find(
      (candidate) => candidate.left > 0 && ruleAllows({ method: candidate.method ?? (method as OvhMethod), path: candidate.path }, method, path),
    )
    if (failure) {
      failure.left--
      return failureReply({ status: failure.status ?? 500, message: failure.message ?? 'Internal server error', errorCode: failure.errorCode })
    }
    if (body === undefined) return failureReply({ status: 400, message: 'Invalid JSON body' })
    return api(method, path, url.searchParams, body)
  }

  const server = http.createServer((req, res) => {
    route(req)
      .catch(() => failureReply({ status: 500, message: 'Internal server error' }))
      .then((reply) => {
        if (req.url?.startsWith('/1.0/')) {
          const json = reply.json as { errorCode?: string } | undefined
          const url = new URL(req.url, 'http://127.0.0.1')
          calls.push({
            method: req.method ?? 'GET',
            path: url.pathname.slice(4),
            query: url.search,
            status: reply.status,
            errorCode: json?.errorCode,
          })
        }
        const headers: Record<string, string> = { 'x-ovh-queryid': `FAKE.${randomBytes(6).toString('hex')}` }
        if (reply.location) headers.location = reply.location
        if (reply.html !== undefined) headers['content-type'] = 'text/html; charset=utf-8'
        else if (reply.json !== undefined) headers['content-type'] = 'application/json; charset=utf-8'
        res.writeHead(reply.status, headers)
        res.end(reply.html ?? (reply.json === undefined ? '' : JSON.stringify(reply.json)))
      })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`

  return {
    url: baseUrl,
    endpoint: `${baseUrl}/1.0`,
    port,
    store,
    failNext,
    setClockOffset: (seconds) => {
      clockOffset = seconds
    },
    validateCredential: (consumerKey) => {
      const credential = credentials.get(consumerKey)
      if (!credential) throw new Error(`unknown consumer key ${consumerKey}`)
      credential.state = 'validated'
    },
    credential: (consumerKey) => {
      const credential = credentials.get(consumerKey)
      return credential ? { ...credential, rules: [...credential.rules] } : undefined
    },
    calls: () => calls.map((call) => ({ ...call })),
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
