import { createP24Client, P24Error } from './client'
import { registerSign, verifySign } from './sign'

type Call = { url: string; init: RequestInit }

const fakeFetch = (status: number, body: unknown) => {
  const calls: Call[] = []
  const fn = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof fetch
  return { fn, calls }
}

const config = { baseUrl: 'https://p24.test/', merchantId: 11111, posId: 22222, apiKey: 'secret', crc: 'crc-key' }

describe('createP24Client', () => {
  it('registers with Basic auth posId:apiKey and the register sign', async () => {
    const { fn, calls } = fakeFetch(200, { data: { token: 'TOK-1' }, responseCode: 0 })
    const client = createP24Client({ ...config, fetch: fn })
    const input = { sessionId: 's-1', amount: 1999, currency: 'PLN', description: 'Plan', email: 'a@b.pl', urlReturn: 'https://x/r', urlStatus: 'https://x/s' }
    await expect(client.register(input)).resolves.toEqual({ token: 'TOK-1', redirectUrl: 'https://p24.test/trnRequest/TOK-1' })
    expect(calls[0].url).toBe('https://p24.test/api/v1/transaction/register')
    expect(calls[0].init.method).toBe('POST')
    expect((calls[0].init.headers as Record<string, string>).authorization).toBe('Basic ' + Buffer.from('22222:secret').toString('base64'))
    const body = JSON.parse(String(calls[0].init.body))
    expect(body).toMatchObject({ merchantId: 11111, posId: 22222, sessionId: 's-1', country: 'PL', language: 'pl' })
    expect(body.sign).toBe(registerSign({ sessionId: 's-1', merchantId: 11111, amount: 1999, currency: 'PLN' }, 'crc-key'))
  })

  it('verifies with PUT and the verify sign', async () => {
    const { fn, calls } = fakeFetch(200, { data: { status: 'success' }, responseCode: 0 })
    const input = { sessionId: 's-1', amount: 1999, currency: 'PLN', orderId: 7 }
    await createP24Client({ ...config, fetch: fn }).verify(input)
    expect(calls[0].init.method).toBe('PUT')
    expect(JSON.parse(String(calls[0].init.body)).sign).toBe(verifySign(input, 'crc-key'))
  })

  it("throws P24's message and HTTP status", async () => {
    const { fn } = fakeFetch(400, { error: 'Incorrect sign', code: 400 })
    const err = await createP24Client({ ...config, fetch: fn })
      .verify({ sessionId: 's', amount: 1, currency: 'PLN', orderId: 1 })
      .catch((e) => e)
    expect(err).toBeInstanceOf(P24Error)
    expect(err).toMatchObject({ message: 'Incorrect sign', status: 400, code: 400 })
  })

  it('joins per-item refund errors', async () => {
    const item = {
      orderId: 1,
      sessionId: 's',
      amount: 5,
      description: 'd',
      status: false,
      message: 'The amount of refund exceeds available amount for the transaction',
    }
    const { fn } = fakeFetch(409, { error: [item], code: 409 })
    const err = await createP24Client({ ...config, fetch: fn })
      .refund({ requestId: 'r', refundsUuid: 'u', refunds: [{ orderId: 1, sessionId: 's', amount: 5 }] })
      .catch((e) => e)
    expect(err).toMatchObject({ status: 409, message: item.message, details: [item] })
  })

  it('bySessionId is null for an unknown session', async () => {
    const { fn, calls } = fakeFetch(404, { error: 'Transaction not found', code: 404 })
    await expect(createP24Client({ ...config, fetch: fn }).bySessionId('a/b')).resolves.toBeNull()
    expect(calls[0].url).toBe('https://p24.test/api/v1/transaction/by/sessionId/a%2Fb')
  })
})
