/**
 * A Przelewy24 simulator: a real HTTP server on 127.0.0.1 speaking P24's REST API v1, because P24 cannot be
 * reached from development and CI machines. It checks what P24 checks (Basic auth, signs, amounts) and sends
 * signed notifications with retries, so the shop's code runs the same path it will run against P24.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { notificationSign, P24_STATUS, refundNotificationSign } from '../p24'
import type { RefundNotification, TransactionNotification } from '../p24'
import { createNotifier, scaledRetryDelays } from './notifier'
import type { DeliveryAttempt } from './notifier'
import { renderPaymentPage } from './page'
import type { PageLang } from './page'
import { checkBasicAuth, checkRefundShape, checkRegister, checkVerifyShape } from './validate'
import type { RefundBody, RegisterBody, SimulatorConfig, VerifyBody } from './validate'

export type SimulatedTransaction = {
  token: string
  sessionId: string
  amount: number
  currency: string
  description: string
  email: string
  language: string
  urlReturn: string
  urlStatus?: string
  state: 'registered' | 'paid' | 'verified' | 'failed'
  orderId?: number
  /** What the payer's bank actually paid; differs from `amount` after "Pay a different amount". */
  paidAmount?: number
  refunded: number
  notification?: TransactionNotification
  createdAt: string
  paidAt?: string
}

export type SimulatorOptions = SimulatorConfig & {
  port?: number
  /** Waits between notification retries; default P24's schedule (minutes). Tests pass scaledRetryDelays(1). */
  retryDelaysMs?: readonly number[]
  /** Methods reported in notifications (P24's id of e.g. a bank transfer). */
  methodId?: number
}

export type P24Simulator = {
  url: string
  port: number
  /** What "Pay" (or, with `amount`, "Pay a different amount") on the page does; returns the notification sent. */
  pay: (token: string, options?: { amount?: number }) => TransactionNotification
  fail: (token: string) => void
  /** The next `count` notifications get lost. */
  drop: (count?: number) => void
  transactions: () => SimulatedTransaction[]
  deliveries: () => DeliveryAttempt[]
  /** Resolves once every notification was delivered or gave up. */
  idle: () => Promise<void>
  close: () => Promise<void>
}

type Reply = { status: number; body?: unknown; html?: string; location?: string }

const MAX_BODY = 1024 * 1024

const readBody = (req: http.IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let size = 0
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) reject(new Error('too large'))
      else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })

const error = (status: number, message: string): Reply => ({ status, body: { error: message, code: status } })

export const startP24Simulator = async (options: SimulatorOptions): Promise<P24Simulator> => {
  const config: SimulatorConfig = { merchantId: options.merchantId, posId: options.posId, apiKey: options.apiKey, crc: options.crc }
  const notifier = createNotifier(options.retryDelaysMs ?? scaledRetryDelays(60_000))
  const byToken = new Map<string, SimulatedTransaction>()
  const bySession = new Map<string, SimulatedTransaction>()
  const requestIds = new Set<string>()
  let nextOrderId = 300_000_001

  const payTx = (tx: SimulatedTransaction, amount: number): TransactionNotification => {
    if (tx.state !== 'registered') throw new Error(`transaction ${tx.token} is ${tx.state}`)
    tx.state = 'paid'
    tx.orderId = nextOrderId++
    tx.paidAmount = amount
    tx.paidAt = new Date().toISOString()
    const fields = {
      merchantId: config.merchantId,
      posId: config.posId,
      sessionId: tx.sessionId,
      // A bank that changes the amount changes what P24 received, so both amounts carry it.
      amount,
      originAmount: amount,
      currency: tx.currency,
      orderId: tx.orderId,
      methodId: options.methodId ?? 25,
      statement: `p24-${tx.orderId}`,
    }
    const notification: TransactionNotification = { ...fields, sign: notificationSign(fields, config.crc) }
    tx.notification = notification
    if (tx.urlStatus) notifier.send(tx.urlStatus, 'transaction', notification)
    return notification
  }

  const tokenTx = (token: string) => {
    const tx = byToken.get(token)
    if (!tx) throw new Error(`unknown token ${token}`)
    return tx
  }

  const register = (body: Record<string, unknown>): Reply => {
    const rejection = checkRegister(body, config)
    if (rejection) return error(rejection.status, rejection.error)
    const b = body as unknown as RegisterBody
    // P24 refuses a second registration of a session id; shops must make them unique.
    if (bySession.has(b.sessionId)) return error(400, 'Invalid sessionId')
    const token = randomBytes(16).toString('hex').toUpperCase()
    const tx: SimulatedTransaction = {
      token,
      sessionId: b.sessionId,
      amount: b.amount,
      currency: b.currency,
      description: b.description,
      email: b.email,
      language: b.language,
      urlReturn: b.urlReturn,
      urlStatus: b.urlStatus,
      state: 'registered',
      refunded: 0,
      createdAt: new Date().toISOString(),
    }
    byToken.set(token, tx)
    bySession.set(tx.sessionId, tx)
    return { status: 200, body: { data: { token }, responseCode: 0 } }
  }

  const verify = (body: Record<string, unknown>): Reply => {
    const rejection = checkVerifyShape(body, config)
    if (rejection) return error(rejection.status, rejection.error)
    const b = body as unknown as VerifyBody
    const tx = bySession.get(b.sessionId)
    if (!tx || tx.orderId !== b.orderId) return error(400, 'Invalid orderId')
    if (tx.state === 'registered' || tx.state === 'failed') return error(400, 'Transaction not paid')
    // P24 verifies against what it actually received, not what was registered.
    if (b.amount !== tx.paidAmount) return error(400, 'Invalid amount')
    if (b.currency !== tx.currency) return error(400, 'Invalid currency')
    tx.state = 'verified'
    return { status: 200, body: { data: { status: 'success' }, responseCode: 0 } }
  }

  const bySessionId = (sessionId: string): Reply => {
    const tx = bySession.get(sessionId)
    if (!tx) return error(404, 'Transaction not found')
    const status =
      tx.refunded > 0 && tx.refunded >= (tx.paidAmount ?? 0)
        ? P24_STATUS.returned
        : tx.state === 'verified'
          ? P24_STATUS.completed
          : tx.state === 'paid'
            ? P24_STATUS.advance
            : P24_STATUS.noPayment
    const data = {
      statement: tx.notification?.statement ?? '',
      orderId: tx.orderId ?? 0,
      sessionId: tx.sessionId,
      status,
      amount: tx.paidAmount ?? tx.amount,
      currency: tx.currency,
      date: tx.createdAt,
      dateOfTransaction: tx.paidAt ?? '',
      clientEmail: tx.email,
      accountMD5: '',
      paymentMethod: tx.notification?.methodId ?? 0,
      description: tx.description,
      clientName: '',
      clientAddress: '',
      clientCity: '',
      clientPostcode: '',
      batchId: 0,
      fee: '0',
    }
    return { status: 200, body: { data, responseCode: 0 } }
  }

  const refund = (body: Record<string, unknown>): Reply => {
    const rejection = checkRefundShape(body)
    if (rejection) return error(rejection.status, rejection.error)
    const b = body as unknown as RefundBody
    if (requestIds.has(b.requestId)) return error(400, 'Request already exists')
    // Check every item first: P24 answers 409 with per-item results when any item cannot be refunded.
    const pendingByTx = new Map<SimulatedTransaction, number>()
    const results = b.refunds.map((r) => {
      const tx = bySession.get(r.sessionId)
      let message = 'success'
      if (!tx || tx.orderId !== r.orderId) message = 'Transaction not found'
      else if (tx.state !== 'verified') message = 'Transaction not verified'
      else {
        const already = tx.refunded + (pendingByTx.get(tx) ?? 0)
        if (already + r.amount > (tx.paidAmount ?? 0)) message = 'The amount of refund exceeds available amount for the transaction'
        else pendingByTx.set(tx, (pendingByTx.get(tx) ?? 0) + r.amount)
      }
      return { orderId: r.orderId, sessionId: r.sessionId, amount: r.amount, description: r.description ?? '', status: message === 'success', message }
    })
    if (results.some((r) => !r.status)) return { status: 409, body: { error: results, code: 409 } }
    requestIds.add(b.requestId)
    for (const r of b.refunds) {
      const tx = bySession.get(r.sessionId)!
      tx.refunded += r.amount
      const url = b.urlStatus ?? tx.urlStatus
      if (!url) continue
      const fields = {
        orderId: r.orderId,
        sessionId: r.sessionId,
        refundsUuid: b.refundsUuid,
        merchantId: config.merchantId,
        amount: r.amount,
        currency: tx.currency,
        status: 0,
      }
      const notification: RefundNotification = {
        ...fields,
        requestId: b.requestId,
        timestamp: Math.floor(Date.now() / 1000),
        sign: refundNotificationSign(fields, config.crc),
      }
      notifier.send(url, 'refund', notification)
    }
    return { status: 201, body: { data: results, responseCode: 0 } }
  }

  const page = (token: string, lang: PageLang): Reply => {
    const tx = byToken.get(token)
    if (!tx) return { status: 404, html: '<!doctype html><title>404</title><p>Nieznana transakcja / Unknown transaction</p>' }
    const html = renderPaymentPage({
      token,
      merchantId: config.merchantId,
      description: tx.description,
      amount: tx.amount,
      currency: tx.currency,
      open: tx.state === 'registered',
      lang,
    })
    return { status: 200, html }
  }

  const pagePost = (token: string, form: URLSearchParams): Reply => {
    const tx = byToken.get(token)
    if (!tx) return { status: 404, html: '<!doctype html><title>404</title>' }
    if (tx.state !== 'registered') return { status: 303, location: tx.urlReturn }
    const action = form.get('action')
    // "A different amount": as if the payer's bank transferred one grosz less than asked.
    if (action === 'pay') payTx(tx, tx.amount)
    else if (action === 'different') payTx(tx, tx.amount > 1 ? tx.amount - 1 : tx.amount + 1)
    else if (action === 'fail') tx.state = 'failed'
    else return { status: 400, html: '<!doctype html><title>400</title>' }
    return { status: 303, location: tx.urlReturn }
  }

  const route = async (req: http.IncomingMessage): Promise<Reply> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname
    const pageMatch = /^\/trnRequest\/([^/]+)$/.exec(path)
    if (pageMatch) {
      const token = decodeURIComponent(pageMatch[1])
      const langParam = url.searchParams.get('lang')
      const lang: PageLang = langParam === 'en' || langParam === 'pl' ? langParam : byToken.get(token)?.language === 'pl' ? 'pl' : 'en'
      if (req.method === 'GET') return page(token, lang)
      if (req.method === 'POST') return pagePost(token, new URLSearchParams(await readBody(req)))
      return { status: 405, html: '' }
    }
    if (!path.startsWith('/api/v1/')) return error(404, 'Not found')
    const authError = checkBasicAuth(req.headers.authorization, config)
    if (authError) return error(authError.status, authError.error)

    const sessionMatch = /^\/api\/v1\/transaction\/by\/sessionId\/([^/]+)$/.exec(path)
    if (sessionMatch && req.method === 'GET') return bySessionId(decodeURIComponent(sessionMatch[1]))

    const routes: Record<string, (body: Record<string, unknown>) => Reply> = {
      'POST /api/v1/transaction/register': register,
      'PUT /api/v1/transaction/verify': verify,
      'POST /api/v1/transaction/refund': refund,
    }
    const handler = routes[`${req.method} ${path}`]
    if (!handler) return error(404, 'Not found')
    let body: unknown
    try {
      body = JSON.parse(await readBody(req))
    } catch {
      return error(400, 'Invalid input data')
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return error(400, 'Invalid input data')
    return handler(body as Record<string, unknown>)
  }

  const server = http.createServer((req, res) => {
    route(req)
      .catch(() => error(500, 'Undefined error'))
      .then((reply) => {
        if (reply.location) res.writeHead(reply.status, { location: reply.location })
        else if (reply.html !== undefined) res.writeHead(reply.status, { 'content-type': 'text/html; charset=utf-8' })
        else res.writeHead(reply.status, { 'content-type': 'application/json' })
        res.end(reply.html ?? (reply.body === undefined ? '' : JSON.stringify(reply.body)))
      })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pay: (token, opts) => payTx(tokenTx(token), opts?.amount ?? tokenTx(token).amount),
    fail: (token) => {
      const tx = tokenTx(token)
      if (tx.state === 'registered') tx.state = 'failed'
    },
    drop: (count) => notifier.drop(count),
    transactions: () => [...byToken.values()].map((tx) => ({ ...tx })),
    deliveries: () => notifier.attempts(),
    idle: () => notifier.idle(),
    close: async () => {
      notifier.close()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
