import { registerSign, verifySign } from '../p24'
import { checkBasicAuth, checkRefundShape, checkRegister, checkVerifyShape } from './validate'

const config = { merchantId: 1, posId: 2, apiKey: 'Key:with:colons', crc: 'crc' }
const basic = (s: string) => 'Basic ' + Buffer.from(s).toString('base64')

describe('simulator checks', () => {
  it('Basic auth is posId:apiKey (the key may contain colons)', () => {
    expect(checkBasicAuth(basic('2:Key:with:colons'), config)).toBeNull()
    expect(checkBasicAuth(basic('2:key:with:colons'), config)).toMatchObject({ status: 401 })
    expect(checkBasicAuth(basic('1:Key:with:colons'), config)).toMatchObject({ status: 401 })
    expect(checkBasicAuth(basic('2:key'), config)).toMatchObject({ status: 401 })
    expect(checkBasicAuth(undefined, config)).toMatchObject({ status: 401 })
    expect(checkBasicAuth('Bearer x', config)).toMatchObject({ status: 401 })
  })

  const register = (over: Record<string, unknown> = {}) => {
    const body: Record<string, unknown> = {
      merchantId: 1,
      posId: 2,
      sessionId: 's',
      amount: 100,
      currency: 'PLN',
      description: 'd',
      email: 'a@b.pl',
      country: 'PL',
      language: 'pl',
      urlReturn: 'https://shop.pl/r',
      urlStatus: 'https://shop.pl/s',
      ...over,
    }
    body.sign ??= registerSign({ sessionId: String(body.sessionId), merchantId: 1, amount: Number(body.amount), currency: String(body.currency) }, 'crc')
    return body
  }

  it('register: accepts a valid body and names the first wrong field', () => {
    expect(checkRegister(register(), config)).toBeNull()
    expect(checkRegister(register({ merchantId: 9 }), config)).toEqual({ status: 400, error: 'Invalid merchantId' })
    expect(checkRegister(register({ amount: 1.5, sign: 'x' }), config)).toEqual({ status: 400, error: 'Invalid amount' })
    expect(checkRegister(register({ amount: -1 }), config)).toEqual({ status: 400, error: 'Invalid amount' })
    expect(checkRegister(register({ email: 'nope' }), config)).toEqual({ status: 400, error: 'Invalid email' })
    expect(checkRegister(register({ urlReturn: 'javascript:alert(1)' }), config)).toEqual({ status: 400, error: 'Invalid urlReturn' })
    expect(checkRegister(register({ sign: 'f'.repeat(96) }), config)).toEqual({ status: 400, error: 'Incorrect sign' })
  })

  it('verify: checks the sign over sessionId, orderId, amount, currency', () => {
    const body = { merchantId: 1, posId: 2, sessionId: 's', amount: 100, currency: 'PLN', orderId: 5 }
    expect(checkVerifyShape({ ...body, sign: verifySign(body, 'crc') }, config)).toBeNull()
    expect(checkVerifyShape({ ...body, sign: verifySign({ ...body, amount: 99 }, 'crc') }, config)).toEqual({ status: 400, error: 'Incorrect sign' })
  })

  it('refund: requires requestId, refundsUuid and positive integer items', () => {
    const ok = { requestId: 'r', refundsUuid: 'u', refunds: [{ orderId: 1, sessionId: 's', amount: 1 }] }
    expect(checkRefundShape(ok)).toBeNull()
    expect(checkRefundShape({ ...ok, requestId: '' })).toMatchObject({ error: 'Invalid requestId' })
    expect(checkRefundShape({ ...ok, refunds: [] })).toMatchObject({ error: 'Invalid refunds' })
    expect(checkRefundShape({ ...ok, refunds: [{ orderId: 1, sessionId: 's', amount: 0 }] })).toMatchObject({ error: 'Invalid refunds' })
  })
})
