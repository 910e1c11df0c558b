import type { CollectionAfterChangeHook } from 'payload'

import { issueInvitation } from '../../../src/platform/auth/invitations'

/**
 * A team member created as a pending invitation (admin form, REST, or the
 * invite endpoint) gets the invitation email at once, in the same transaction,
 * so a rolled-back create sends nothing. Members created already accepted
 * (seeds, fixtures) get none.
 */
export const sendInvitation: CollectionAfterChangeHook = async ({ req, doc, operation }) => {
  if (operation !== 'create' || doc.invitationStatus !== 'pending') return doc
  const user = req.user as { id: number; locale?: 'pl' | 'en' } | null | undefined
  // The invite endpoint passes the language the inviter chose for the email; otherwise the inviter's own.
  const chosen = req.context.invitationLocale === 'pl' || req.context.invitationLocale === 'en' ? req.context.invitationLocale : undefined
  await issueInvitation({ req, member: doc, inviterId: user?.id, locale: chosen ?? user?.locale ?? undefined })
  return doc
}
