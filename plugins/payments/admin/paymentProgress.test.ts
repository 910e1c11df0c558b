import { isFinal, nextProgress, POLL_FOR_MS, progressOf } from './paymentProgress'

describe('payment progress', () => {
  it('reads each status the banner can meet', () => {
    expect(
      ['pending', 'paid', 'failed', 'expired', 'needs_review', 'refunded', 'partially_refunded', 'missing', undefined, null, 'something-new'].map(progressOf),
    ).toEqual(['processing', 'paid', 'failed', 'expired', 'review', 'refunded', 'refunded', 'missing', 'missing', 'missing', 'missing'])
  })

  it('keeps asking while pending, and says it is late after the time allowed', () => {
    const startedAt = 1_000_000
    expect(nextProgress({ status: 'pending', startedAt, now: startedAt + POLL_FOR_MS - 1 })).toBe('processing')
    expect(nextProgress({ status: 'pending', startedAt, now: startedAt + POLL_FOR_MS })).toBe('timeout')
    // An answer that came in time counts even if it arrived at the limit.
    expect(nextProgress({ status: 'paid', startedAt, now: startedAt + POLL_FOR_MS * 2 })).toBe('paid')
  })

  it('only processing is asked again', () => {
    expect(isFinal('processing')).toBe(false)
    for (const progress of ['paid', 'failed', 'expired', 'review', 'refunded', 'timeout', 'missing'] as const) expect(isFinal(progress)).toBe(true)
  })
})
