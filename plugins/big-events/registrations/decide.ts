/**
 * The registration's decisions, pure (no I/O, the clock passed in): whether an event takes registrations, which
 * status a new registration gets, whether a visitor may still cancel, what a late payment becomes, and who on the
 * waiting list a freed seat goes to. The endpoints, listeners and job call these under the event's lock with
 * what they just re-read.
 */
import type { CancelReason, EventStatus, RegistrationStatus } from '../slugs'

/** Why an event takes no registration: unknown/unpublished (404) or over/cancelled (409). */
export type EventRefusal = 'not-found' | 'started' | 'cancelled'

/** An event takes registrations while it is published and has not started. */
export const eventRefusal = ({
  status,
  startDate,
  now,
}: {
  status: EventStatus | string | null | undefined
  startDate: string
  now: Date
}): EventRefusal | undefined => {
  if (status === 'cancelled') return 'cancelled'
  if (status !== 'published') return 'not-found'
  return Date.parse(startDate) <= now.getTime() ? 'started' : undefined
}

/**
 * A new registration's status: a seat left → `confirmed` when free (price 0), `pending_payment` (a hold) when
 * paid; no seat → `waitlisted`. `taken` is confirmed + held registrations, counted under the lock.
 */
export const decideSeat = ({
  price,
  maxParticipants,
  taken,
}: {
  price: number
  maxParticipants: number
  taken: number
}): 'confirmed' | 'pending_payment' | 'waitlisted' => {
  if (taken >= maxParticipants) return 'waitlisted'
  return price > 0 ? 'pending_payment' : 'confirmed'
}

/** A hold (or a waitlist offer) that has run out at `now`. */
export const holdExpired = ({ holdExpiresAt, now }: { holdExpiresAt?: string | null; now: Date }): boolean =>
  Boolean(holdExpiresAt) && Date.parse(String(holdExpiresAt)) <= now.getTime()

/**
 * What a completed ticket payment does to its registration:
 * - `confirm`: the seat it held (or was offered) is theirs;
 * - `honour`: a LATE payment (the hold or offer had run out and was released) while a seat is free: confirmed, and it
 *   takes the seat;
 * - `refund`: late with no seat free, the event cancelled, the registration cancelled by the visitor or the organiser,
 *   or a payment that is not the registration's own; the money goes back (`payment.refund-requested`);
 * - `ignore`: already confirmed or refunded by this payment (a replay).
 */
export type PaymentOutcome = 'confirm' | 'honour' | 'refund' | 'ignore'

export const decidePayment = ({
  status,
  cancelReason,
  ownPayment,
  eventStatus,
  seatFree,
}: {
  status: RegistrationStatus
  cancelReason?: CancelReason | null
  /** The payment is the one the registration holds (`paymentId`). */
  ownPayment: boolean
  eventStatus: EventStatus | string
  /** A seat is free now (confirmed + held < capacity), not counting this registration. */
  seatFree: boolean
}): PaymentOutcome => {
  if (!ownPayment) return 'refund'
  if (status === 'confirmed' || status === 'refunded') return 'ignore'
  if (eventStatus === 'cancelled') return 'refund'
  if (status === 'pending_payment') return 'confirm'
  if (status === 'cancelled' && (cancelReason === 'hold-expired' || cancelReason === 'offer-expired')) return seatFree ? 'honour' : 'refund'
  return 'refund'
}

/** Seats free for the waiting list. */
export const freeSeats = ({ maxParticipants, taken }: { maxParticipants: number; taken: number }): number => Math.max(0, maxParticipants - taken)

type Waiting = { id: number | string; createdAt: string }

/** Who a freed seat goes to: the earliest on the waiting list first (ties by id), as many as there are free seats. */
export const nextInLine = <Entry extends Waiting>(waiting: readonly Entry[], seats: number): Entry[] =>
  [...waiting].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || Number(a.id) - Number(b.id)).slice(0, Math.max(0, seats))
