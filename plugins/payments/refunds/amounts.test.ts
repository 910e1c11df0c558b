import { decideRefund, refundBalance, refundsUuidFor, statusAfterRefund } from './amounts'

const paid = { amount: 10_000, status: 'paid' as const, refundedAmount: 0, refunds: [] }

describe('refundBalance', () => {
  it('counts confirmed refunds and those in progress, not failed ones', () => {
    const payment = {
      ...paid,
      refundedAmount: 2_000,
      refunds: [
        { requestId: 'a', amount: 2_000, status: 'completed' as const },
        { requestId: 'b', amount: 3_000, status: 'requested' as const },
        { requestId: 'c', amount: 4_000, status: 'failed' as const },
      ],
    }
    expect(refundBalance(payment)).toEqual({ refunded: 2_000, inFlight: 3_000, left: 5_000 })
  })
  it('reads missing fields as nothing refunded', () => {
    expect(refundBalance({ amount: 500 })).toEqual({ refunded: 0, inFlight: 0, left: 500 })
  })
})

describe('decideRefund', () => {
  it('refunds all that is left by default, or the amount asked', () => {
    expect(decideRefund(paid)).toEqual({ ok: true, amount: 10_000 })
    expect(decideRefund({ ...paid, status: 'partially_refunded', refundedAmount: 4_000 })).toEqual({ ok: true, amount: 6_000 })
    expect(decideRefund(paid, 1)).toEqual({ ok: true, amount: 1 })
  })
  it('refuses a payment that is not paid', () => {
    for (const status of ['pending', 'failed', 'expired', 'needs_review'] as const)
      expect(decideRefund({ ...paid, status })).toMatchObject({ ok: false, status: 400, code: 'not-paid' })
    expect(decideRefund({ ...paid, status: 'refunded', refundedAmount: 10_000 })).toMatchObject({ ok: false, status: 400, code: 'nothing-left' })
  })
  it('refuses more than is left (400), or what only refunds in progress stand in the way of (409)', () => {
    expect(decideRefund(paid, 10_001)).toMatchObject({ ok: false, status: 400, code: 'too-much' })
    expect(decideRefund(paid, 10_001)).toMatchObject({
      message: { en: 'At most PLN\u00a0100.00 is left to refund.', pl: 'Do zwrotu zostało najwyżej 100,00\u00a0zł.' },
    })
    const busy = { ...paid, refunds: [{ requestId: 'a', amount: 10_000, status: 'requested' as const }] }
    expect(decideRefund(busy)).toMatchObject({ ok: false, status: 409, code: 'in-progress' })
    expect(decideRefund(busy, 10_000)).toMatchObject({ ok: false, status: 409, code: 'in-progress' })
    expect(decideRefund(busy, 10_001)).toMatchObject({ ok: false, status: 400, code: 'nothing-left' })
    const partlyBusy = { ...paid, refunds: [{ requestId: 'a', amount: 4_000, status: 'requested' as const }] }
    expect(decideRefund(partlyBusy, 6_000)).toEqual({ ok: true, amount: 6_000 })
    expect(decideRefund(partlyBusy, 6_001)).toMatchObject({ ok: false, status: 409 })
  })
})

describe('statusAfterRefund', () => {
  it('is refunded once everything came back, partially refunded before', () => {
    expect(statusAfterRefund(10_000, 10_000)).toBe('refunded')
    expect(statusAfterRefund(10_000, 9_999)).toBe('partially_refunded')
  })
})

describe('refundsUuidFor', () => {
  it('fits P24 limit of 35 characters', () => {
    const uuid = refundsUuidFor('0b5c3f8e-6d1a-4c2e-9f7b-1a2b3c4d5e6f')
    expect(uuid).toBe('0b5c3f8e6d1a4c2e9f7b1a2b3c4d5e6f')
    expect(uuid.length).toBeLessThanOrEqual(35)
  })
})
