/**
 * Before the templates list: an owner (who sees the collection once they have a version of their own) is taken to
 * their Emails screen, which lists every message with its human name; the raw list with slugs is staff's.
 */
import type { ServerProps } from 'payload'

import { redirect } from 'next/navigation'

import { isStaffUser } from '../../../src/platform/access'

export function OwnersGoToEmails({ user, payload }: ServerProps) {
  if (!isStaffUser(user as never)) redirect(`${payload.config.routes.admin}/emails`)
  return null
}
