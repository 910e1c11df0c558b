import { t } from '@platform'

/** Collection slugs of the big-events plugin. */
export const BIG_EVENTS = 'big-events'
export const REGISTRATIONS = 'big-event-registrations'
/** One row per newsletter subscriber an event's announcement went to (the "exactly once" record). */
export const ANNOUNCEMENTS = 'big-event-announcements'

/** The plugin's collections sit together in the admin's navigation. */
export const GROUP = t('Events and registrations', 'Wydarzenia i zapisy')

/** An event's life: a draft the owner prepares, published (visitors see and register), or cancelled (everyone told, paid seats refunded). */
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const
export type EventStatus = (typeof EVENT_STATUSES)[number]

/**
 * A registration's life:
 * - `pending_payment`: a paid seat held until `holdExpiresAt` while the visitor pays at P24;
 * - `confirmed`: free, or paid (`payment.completed`);
 * - `waitlisted`: the event was full; a cancellation may promote them;
 * - `cancelled`: by the visitor, the owner, an expired hold or offer, or the event's cancellation (`cancelReason`);
 * - `refunded`: a paid seat whose money P24 returned.
 * Seats taken = confirmed + pending_payment; `currentParticipants` on the event always equals that count.
 */
export const REGISTRATION_STATUSES = ['pending_payment', 'confirmed', 'waitlisted', 'cancelled', 'refunded'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]
/** The statuses that take a seat. */
export const SEAT_STATUSES = ['pending_payment', 'confirmed'] as const satisfies readonly RegistrationStatus[]

export const CANCEL_REASONS = ['visitor', 'owner', 'hold-expired', 'offer-expired', 'event-cancelled'] as const
export type CancelReason = (typeof CANCEL_REASONS)[number]

/** Where the event happens. */
export const LOCATION_KINDS = ['in_person', 'online'] as const
export type LocationKind = (typeof LOCATION_KINDS)[number]

/** The payments plugin's `purpose` of a ticket (its `reference` is the registration id). */
export const TICKET_PURPOSE = 'big-events.ticket'

/** How long a paid seat is held for the visitor to pay, and how long a waitlist offer stays open. */
export const HOLD_MINUTES = 15

// Length limits (lib/limits.ts: free of server imports, so the admin's browser components use them too).
export { LIMITS } from './lib/limits'
