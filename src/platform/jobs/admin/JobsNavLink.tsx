/** "Jobs" in the admin navigation, for staff only. */
import type { ServerProps } from 'payload'

import { isStaffUser } from '../../access/user'

export function JobsNavLink({ user, i18n }: ServerProps) {
  if (!isStaffUser(user as never)) return null
  return (
    <a className="nav__link" href="/admin/jobs" id="nav-platform-jobs">
      <span className="nav__link-label">{i18n?.language === 'pl' ? 'Zadania w tle' : 'Background jobs'}</span>
    </a>
  )
}
