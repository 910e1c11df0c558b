/** Names of the invitation jobs, email composer and template. */
export const SEND_INVITATION = 'testimonials.send-invitation'
export const SEND_DUE_INVITATIONS = 'testimonials.send-due-invitations'
export const INVITATION_EMAIL = 'testimonials.invitation-email'
export const INVITATION_TEMPLATE = 'testimonial-invitation'
