/**
 * Expected hashes were computed outside this code, with the shell, over the JSON written by hand
 * in the order the P24 docs list the fields (command above each literal).
 */
import { notificationSign, refundNotificationSign, registerSign, signsEqual, verifySign } from './sign'

const crc = 'a1b2c3d4e5f6a7b8'
const sessionId = 'zamówienie/2026/łódź-żółć-1'

describe('P24 signs', () => {
  it('register', () => {
    // printf '%s' '{"sessionId":"zamówienie/2026/łódź-żółć-1","merchantId":11111,"amount":1999,"currency":"PLN","crc":"a1b2c3d4e5f6a7b8"}' | sha384sum
    expect(registerSign({ sessionId, merchantId: 11111, amount: 1999, currency: 'PLN' }, crc)).toBe(
      'd77d6ad8f8d9f9ad14325871fa9fe64812c99d6a35f5a14eeaa91f2bd4de801719597e923484818e031d3a0642ef1332',
    )
  })

  it('transaction notification (statement with quotes, a backslash and a slash)', () => {
    // printf '%s' '{"merchantId":11111,"posId":11111,"sessionId":"zamówienie/2026/łódź-żółć-1","amount":1999,"originAmount":1999,"currency":"PLN","orderId":308123456,"methodId":25,"statement":"p24-A1B-2C3 \"Plan Pro\" \\ opłata/rok","crc":"a1b2c3d4e5f6a7b8"}' | sha384sum
    const sign = notificationSign(
      {
        merchantId: 11111,
        posId: 11111,
        sessionId,
        amount: 1999,
        originAmount: 1999,
        currency: 'PLN',
        orderId: 308123456,
        methodId: 25,
        statement: 'p24-A1B-2C3 "Plan Pro" \\ opłata/rok',
      },
      crc,
    )
    expect(sign).toBe('ece6442cbc982d10ef08b9746d79f9d0240cab2fe5e9a460a07790652ea14911eef86756df2afad982703822f00b7fa0')
  })

  it('verify', () => {
    // printf '%s' '{"sessionId":"zamówienie/2026/łódź-żółć-1","orderId":308123456,"amount":1999,"currency":"PLN","crc":"a1b2c3d4e5f6a7b8"}' | sha384sum
    expect(verifySign({ sessionId, orderId: 308123456, amount: 1999, currency: 'PLN' }, crc)).toBe(
      'cbd7362d8e6b1bddbd940ae952dcdf36e59b666487f251707df139f8bd9ac50d78eb980780a81c61a75b414ede9ba166',
    )
  })

  it('refund notification', () => {
    // printf '%s' '{"orderId":308123456,"sessionId":"zamówienie/2026/łódź-żółć-1","refundsUuid":"zwrot/ą-1","merchantId":11111,"amount":500,"currency":"PLN","status":0,"crc":"a1b2c3d4e5f6a7b8"}' | sha384sum
    expect(
      refundNotificationSign({ orderId: 308123456, sessionId, refundsUuid: 'zwrot/ą-1', merchantId: 11111, amount: 500, currency: 'PLN', status: 0 }, crc),
    ).toBe('cc22174eb652e44f2cd7d1553497e2fbc54a8983b7d2a58bf6741e7e49f40e5f49544e279a100a61d7efa61b363be445')
  })

  it('signsEqual compares in constant time and tolerates wrong types and lengths', () => {
    const s = registerSign({ sessionId, merchantId: 1, amount: 1, currency: 'PLN' }, crc)
    expect(signsEqual(s, s)).toBe(true)
    expect(signsEqual(s, s.toUpperCase())).toBe(true)
    expect(signsEqual(s, s.slice(0, -1) + (s.endsWith('0') ? '1' : '0'))).toBe(false)
    expect(signsEqual(s, s.slice(1))).toBe(false)
    expect(signsEqual(s, undefined)).toBe(false)
    expect(signsEqual(s, 123)).toBe(false)
  })
})
