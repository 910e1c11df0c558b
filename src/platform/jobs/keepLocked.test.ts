import { touchIntervalMs } from './keepLocked'

describe('touchIntervalMs', () => {
  it('renews well within the lock lifetime, so two renewals fit before Agenda checks at half of it', () => {
    expect(touchIntervalMs(120_000)).toBe(40_000)
    expect(touchIntervalMs(1_500)).toBe(500)
    expect(touchIntervalMs(1_500) * 2).toBeLessThan(1_500)
  })

  it('never spins on a tiny lifetime', () => {
    expect(touchIntervalMs(10)).toBe(50)
  })
})
