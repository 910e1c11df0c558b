import type { Field } from 'payload'

import { t } from '@platform'

/** A site's switch for automatic testimonial invitations after attended sessions (on unless the owner turns it off). */
export const INVITE_CLIENTS = 'testimonialInvitations'

export const inviteClientsField: Field = {
  name: INVITE_CLIENTS,
  type: 'checkbox',
  defaultValue: true,
  label: t('Ask clients for a testimonial after their sessions', 'Proś klientów o opinię po odbytych sesjach'),
  admin: {
    description: t(
      'A while after a recorded session each client gets one email with a personal link to write a testimonial (at most once per host in a few months; they can opt out). Testimonials wait for your approval.',
      'Po zapisanej sesji każdy klient dostaje jedną wiadomość z osobistym linkiem do napisania opinii (najwyżej raz na kilka miesięcy dla danego prowadzącego; może zrezygnować). Opinie czekają na Twoją akceptację.',
    ),
  },
}

/** The switch as the listener and the sending read it (a site from before the field existed invites). */
export const invitesClients = (site: Record<string, unknown> | null | undefined): boolean => site?.[INVITE_CLIENTS] !== false
