/** The Buy button's call against a real HTTP server on 127.0.0.1 that answers as the checkout endpoint may. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { startPlanCheckout } from './startPlanCheckout'
import { BILLING_TEXT } from './texts'

type Answer = { status: number; body: string }
let answer: Answer
const received: { method?: string; url?: string; type?: string; body: string }[] = []
let server: http.Server
let base: string

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, type: req.headers['content-type'], body })
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      res.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

// The browser resolves the relative address against the admin's origin; here, against the test server.
const viaServer: typeof fetch = (input, init) => fetch(new URL(String(input), base), init)
const text = BILLING_TEXT.pl

it('posts the plan and period as JSON and returns where to send the owner', async () => {
  answer = { status: 201, body: JSON.stringify({ paymentId: 7, redirectUrl: 'http://127.0.0.1:8024/trnRequest/ABC' }) }
  const outcome = await startPlanCheckout({ plan: 2, period: 'yearly' }, text, viaServer)
  expect(outcome).toEqual({ ok: true, paymentId: 7, redirectUrl: 'http://127.0.0.1:8024/trnRequest/ABC' })
  expect(received.at(-1)).toEqual({ method: 'POST', url: '/api/payments/checkout', type: 'application/json', body: '{"plan":2,"period":"yearly"}' })
})

it.each([
  [401, text.errorSignIn],
  [400, text.errorPlan],
  [429, text.errorTooMany],
  [502, text.errorUnavailable],
  [503, text.errorUnavailable],
])('a %i is explained in the owner’s language', async (status, message) => {
  answer = { status, body: JSON.stringify({ errors: [{ message: 'Server wording' }] }) }
  expect(await startPlanCheckout({ plan: 2, period: 'monthly' }, text, viaServer)).toEqual({ ok: false, message })
})

it('a 201 without a usable address is not followed', async () => {
  for (const body of ['{}', 'not json', JSON.stringify({ paymentId: 1, redirectUrl: 'javascript:alert(1)' })]) {
    answer = { status: 201, body }
    expect(await startPlanCheckout({ plan: 2, period: 'monthly' }, text, viaServer)).toEqual({ ok: false, message: text.errorUnavailable })
  }
})

it('no server at all: the network message', async () => {
  const nowhere: typeof fetch = (input, init) => fetch(new URL(String(input), 'http://127.0.0.1:9'), init)
  expect(await startPlanCheckout({ plan: 2, period: 'monthly' }, text, nowhere)).toEqual({ ok: false, message: text.errorNetwork })
})
