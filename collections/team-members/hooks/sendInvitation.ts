import type { CollectionAfterChangeHook } from 'payload'

import { issueInvitation } from '../../../src/platform/auth/invitations'

/** Who the invitation email names as the inviter. */
export const inviterName = (user: unknown): string => {
  const { firstName, lastName, email } = (user ?? {}) as { firstName?: string | null; lastName?: string | null; email?: string }
  return [firstName, lastName].filter(Boolean).join(' ') || email || 'Platforma'
}

/**
 * A team member created as a pending invitation (admin form, REST, or the
 * invite endpoint) gets the invitation email at once, in the same transaction,
 * so a rolled-back create sends nothing. Members created already accepted
 * (seeds, fixtures) get none.
 */
export const sendInvitation: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
  if (operation !== 'create' || doc.invitationStatus !== 'pending') return doc
  const user = req.user as { locale?: 'pl' | 'en' } | null | undefined
  await issueInvitation({ req, member: doc, inviterName: inviterName(req.user), locale: user?.locale ?? undefined })
  return doc
}
