import { decidePayment, decideSeat, eventRefusal, freeSeats, holdExpired, nextInLine } from './decide'

const now = new Date('2026-11-30T12:00:00Z')

describe('eventRefusal', () => {
  it('takes registrations for a published event that has not started', () => {
    expect(eventRefusal({ status: 'published', startDate: '2026-12-05T09:00:00Z', now })).toBeUndefined()
  })
  it('refuses drafts as unknown, cancelled and started events as closed', () => {
    expect(eventRefusal({ status: 'draft', startDate: '2026-12-05T09:00:00Z', now })).toBe('not-found')
    expect(eventRefusal({ status: undefined, startDate: '2026-12-05T09:00:00Z', now })).toBe('not-found')
    expect(eventRefusal({ status: 'cancelled', startDate: '2026-12-05T09:00:00Z', now })).toBe('cancelled')
    expect(eventRefusal({ status: 'published', startDate: now.toISOString(), now })).toBe('started')
    expect(eventRefusal({ status: 'published', startDate: '2026-11-01T09:00:00Z', now })).toBe('started')
  })
})

describe('decideSeat', () => {
  it('confirms a free seat, holds a paid one, waitlists when full', () => {
    expect(decideSeat({ price: 0, maxParticipants: 2, taken: 1 })).toBe('confirmed')
    expect(decideSeat({ price: 45000, maxParticipants: 2, taken: 1 })).toBe('pending_payment')
    expect(decideSeat({ price: 0, maxParticipants: 2, taken: 2 })).toBe('waitlisted')
    expect(decideSeat({ price: 45000, maxParticipants: 2, taken: 3 })).toBe('waitlisted')
  })
})

describe('holdExpired', () => {
  it('is over at its end, not before, and never without one', () => {
    expect(holdExpired({ holdExpiresAt: now.toISOString(), now })).toBe(true)
    expect(holdExpired({ holdExpiresAt: new Date(now.getTime() + 1).toISOString(), now })).toBe(false)
    expect(holdExpired({ holdExpiresAt: null, now })).toBe(false)
  })
})

describe('decidePayment', () => {
  const base = { ownPayment: true, eventStatus: 'published', seatFree: false } as const
  it('confirms a held seat, whether or not another seat is free', () => {
    expect(decidePayment({ ...base, status: 'pending_payment' })).toBe('confirm')
  })
  it('honours a late payment when a seat is free, refunds it when none is', () => {
    expect(decidePayment({ ...base, status: 'cancelled', cancelReason: 'hold-expired', seatFree: true })).toBe('honour')
    expect(decidePayment({ ...base, status: 'cancelled', cancelReason: 'offer-expired', seatFree: true })).toBe('honour')
    expect(decidePayment({ ...base, status: 'cancelled', cancelReason: 'hold-expired', seatFree: false })).toBe('refund')
  })
  it('refunds money for a cancelled event, a registration the visitor or organiser cancelled, or not the registration’s payment', () => {
    expect(decidePayment({ ...base, status: 'pending_payment', eventStatus: 'cancelled' })).toBe('refund')
    expect(decidePayment({ ...base, status: 'cancelled', cancelReason: 'hold-expired', eventStatus: 'cancelled', seatFree: true })).toBe('refund')
    expect(decidePayment({ ...base, status: 'cancelled', cancelReason: 'visitor', seatFree: true })).toBe('refund')
    expect(decidePayment({ ...base, status: 'cancelled', cancelReason: 'owner', seatFree: true })).toBe('refund')
    expect(decidePayment({ ...base, status: 'waitlisted', seatFree: true })).toBe('refund')
    expect(decidePayment({ ...base, status: 'pending_payment', ownPayment: false })).toBe('refund')
  })
  it('ignores a replay for a registration already confirmed or refunded', () => {
    expect(decidePayment({ ...base, status: 'confirmed' })).toBe('ignore')
    expect(decidePayment({ ...base, status: 'refunded' })).toBe('ignore')
  })
})

describe('the waiting list', () => {
  it('counts free seats, never below zero', () => {
    expect(freeSeats({ maxParticipants: 5, taken: 3 })).toBe(2)
    expect(freeSeats({ maxParticipants: 5, taken: 7 })).toBe(0)
  })
  it('gives freed seats to the earliest first, ties by id', () => {
    const waiting = [
      { id: 9, createdAt: '2026-11-30T10:00:02Z' },
      { id: 4, createdAt: '2026-11-30T10:00:01Z' },
      { id: 3, createdAt: '2026-11-30T10:00:02Z' },
    ]
    expect(nextInLine(waiting, 2).map((entry) => entry.id)).toEqual([4, 3])
    expect(nextInLine(waiting, 0)).toEqual([])
    expect(nextInLine(waiting, 10).map((entry) => entry.id)).toEqual([4, 3, 9])
  })
})
