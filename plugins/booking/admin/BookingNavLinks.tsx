/** "Calendar" and "Hours" in the admin navigation, for every signed-in user (the data is scoped by access). */
import type { ServerProps } from 'payload'

export function BookingNavLinks({ user, i18n }: ServerProps) {
  if (!user) return null
  const pl = i18n?.language === 'pl'
  return (
    <>
      <a className="nav__link" href="/admin/calendar" id="nav-booking-calendar">
        <span className="nav__link-label">{pl ? 'Kalendarz' : 'Calendar'}</span>
      </a>
      <a className="nav__link" href="/admin/hours" id="nav-booking-hours">
        <span className="nav__link-label">{pl ? 'Godziny prowadzących' : 'Hours per host'}</span>
      </a>
    </>
  )
}
