import { bounceOutcome, readSoftBounceLimit } from './outcome'

describe('bounceOutcome', () => {
  it('a hard bounce ends the subscription without calling it an unsubscribe', () => {
    expect(bounceOutcome({ type: 'hard', softBounceCount: 2, limit: 5 })).toEqual({ deactivate: true, unsubscribe: false, softBounceCount: 2 })
  })

  it('a complaint ends it and counts as unsubscribing', () => {
    expect(bounceOutcome({ type: 'complaint', softBounceCount: null, limit: 5 })).toEqual({ deactivate: true, unsubscribe: true, softBounceCount: 0 })
  })

  it('soft bounces are counted; the limit-th one counts as hard', () => {
    expect(bounceOutcome({ type: 'soft', softBounceCount: undefined, limit: 3 })).toEqual({ deactivate: false, unsubscribe: false, softBounceCount: 1 })
    expect(bounceOutcome({ type: 'soft', softBounceCount: 1, limit: 3 })).toEqual({ deactivate: false, unsubscribe: false, softBounceCount: 2 })
    expect(bounceOutcome({ type: 'soft', softBounceCount: 2, limit: 3 })).toEqual({ deactivate: true, unsubscribe: false, softBounceCount: 3 })
  })
})

describe('readSoftBounceLimit', () => {
  it('defaults to 5 and ignores anything but a positive whole number', () => {
    expect(readSoftBounceLimit({})).toBe(5)
    expect(readSoftBounceLimit({ NEWSLETTER_SOFT_BOUNCE_LIMIT: '3' })).toBe(3)
    for (const bad of ['0', '-2', '2.5', 'many']) expect(readSoftBounceLimit({ NEWSLETTER_SOFT_BOUNCE_LIMIT: bad })).toBe(5)
  })
})
