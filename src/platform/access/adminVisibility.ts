/**
 * Which collections the admin shows whom. Platform and developer collections (accounts, terms, raw version rows,
 * media usage rows, notifications behind the bell, records a job writes) are staff's: owners and team members do
 * not see them in the navigation, the dashboard or their list and edit views, and use the purpose-built screens
 * instead (the home, the site's editor and panel, the bell). Access is unchanged: this decides what the admin
 * shows, not what the API answers.
 */
import type { ClientUser } from 'payload'

import { isStaffUser } from './user'

type HiddenArgs = { user: ClientUser }

/**
 * `admin: { hidden: shownToStaff() }`: the collection is in staff's admin only. `unless` shows it to a non-staff
 * user it says yes for, from the signed-in user's own fields (a synchronous check: the admin asks it on every page).
 */
export const shownToStaff =
  ({ unless }: { unless?: (user: ClientUser) => boolean } = {}) =>
  ({ user }: HiddenArgs): boolean =>
    !isStaffUser(user as never) && !(user && unless?.(user))

/** Whether `collection` is in `user`'s admin (its `admin.hidden` asked the way Payload asks it). */
export const isShownInAdmin = (collection: { admin?: { hidden?: boolean | ((args: HiddenArgs) => boolean) } }, user: unknown): boolean => {
  const hidden = collection.admin?.hidden
  return !(typeof hidden === 'function' ? hidden({ user: user as ClientUser }) : Boolean(hidden))
}
