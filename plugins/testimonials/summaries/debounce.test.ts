import { changesSummary, debounceSlot } from './debounce'

describe('debounceSlot', () => {
  const delayMs = 30_000
  const now = Date.parse('2026-11-30T12:00:00Z')

  it('runs at the end of the current window, within one delay', () => {
    const slot = debounceSlot({ siteId: 7, now, delayMs })
    expect(slot.startsAt.getTime()).toBeLessThanOrEqual(now)
    expect(slot.runAt.getTime()).toBeGreaterThan(now)
    expect(slot.runAt.getTime() - slot.startsAt.getTime()).toBe(delayMs)
  })

  it('gives every change in one window the same key, and the next window another', () => {
    const slot = debounceSlot({ siteId: 7, now, delayMs })
    const early = debounceSlot({ siteId: 7, now: slot.startsAt.getTime(), delayMs })
    const late = debounceSlot({ siteId: 7, now: slot.runAt.getTime() - 1, delayMs })
    expect(early).toEqual(slot)
    expect(late).toEqual(slot)
    const next = debounceSlot({ siteId: 7, now: slot.runAt.getTime(), delayMs })
    expect(next.key).not.toBe(slot.key)
    expect(next.startsAt).toEqual(slot.runAt)
  })

  it('keys and shifts each site on its own', () => {
    const slots = [1, 2, 3, 4, 5].map((siteId) => debounceSlot({ siteId, now, delayMs }))
    expect(new Set(slots.map((slot) => slot.key)).size).toBe(5)
    expect(new Set(slots.map((slot) => slot.runAt.getTime())).size).toBeGreaterThan(1)
    expect(debounceSlot({ siteId: '64f0c2', now, delayMs }).key).toMatch(/^testimonials\.summary:64f0c2:30000:\d+$/)
  })
})

describe('changesSummary', () => {
  const approved = { status: 'approved', rating: 5, content: 'Super.', locale: 'pl', givenAt: null }

  it('is true for an approved new testimonial, false for a waiting or rejected one', () => {
    expect(changesSummary(approved)).toBe(true)
    expect(changesSummary({ ...approved, status: 'pending' })).toBe(false)
    expect(changesSummary({ ...approved, status: 'rejected' })).toBe(false)
  })

  it('is true when approval is given or taken back, or approved words or ratings change', () => {
    expect(changesSummary(approved, { ...approved, status: 'pending' })).toBe(true)
    expect(changesSummary({ ...approved, status: 'rejected' }, approved)).toBe(true)
    expect(changesSummary({ ...approved, rating: 4 }, approved)).toBe(true)
    expect(changesSummary({ ...approved, content: 'Inaczej.' }, approved)).toBe(true)
    expect(changesSummary({ ...approved, locale: 'en' }, approved)).toBe(true)
  })

  it('is false for changes a summary does not read, and for testimonials never approved', () => {
    expect(changesSummary({ ...approved }, { ...approved })).toBe(false)
    expect(changesSummary({ ...approved, status: 'rejected', content: 'x' }, { ...approved, status: 'pending' })).toBe(false)
  })
})
