/** The registration emails the composer makes (names only; the composer is emails.ts). */
export const REGISTRATION_EMAIL = 'big-events.registration-email'

export const EMAIL_KINDS = ['confirmed', 'waitlisted', 'offer', 'released', 'cancelled', 'refunded', 'late-refund'] as const
export type RegistrationEmailKind = (typeof EMAIL_KINDS)[number]

/** Job data: ids and flags, never a link (the link is made from the stored seed when the email is sent). */
export type RegistrationEmailArgs = {
  registrationId: number | string
  kind: RegistrationEmailKind
  /** `cancelled`: the money is being given back. */
  refund?: boolean
  /** `refunded`: this refund's amount in grosze. */
  amount?: number
}

export const TEMPLATES: Record<RegistrationEmailKind, string> = {
  confirmed: 'registration-confirmed',
  waitlisted: 'registration-waitlisted',
  offer: 'registration-seat-offered',
  released: 'registration-hold-released',
  cancelled: 'registration-cancelled',
  refunded: 'registration-refunded',
  'late-refund': 'registration-late-payment',
}
