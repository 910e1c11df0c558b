/** "Calendar", "Working hours" and "Hours per host" in the admin navigation, for every signed-in user (the data is scoped by access). */
import type { ServerProps } from 'payload'

export function BookingNavLinks({ user, i18n }: ServerProps) {
  if (!user) return null
  const pl = i18n?.language === 'pl'
  return (
    <>
      <a className="nav__link" href="/admin/calendar" id="nav-booking-calendar">
        <span className="nav__link-label">{pl ? 'Kalendarz' : 'Calendar'}</span>
      </a>
      <a className="nav__link" href="/admin/working-hours" id="nav-booking-working-hours">
        <span className="nav__link-label">{pl ? 'Godziny pracy' : 'Working hours'}</span>
      </a>
      <a className="nav__link" href="/admin/hours" id="nav-booking-hours">
        <span className="nav__link-label">{pl ? 'Godziny prowadzących' : 'Hours per host'}</span>
      </a>
    </>
  )
}

/** Above the availability list: the weekly editor is the easier way to set hours. */
export function WorkingHoursLink({ i18n }: ServerProps) {
  const pl = i18n?.language === 'pl'
  return (
    <p style={{ margin: '0 0 16px' }}>
      {pl ? 'Godziny w tygodniu i dni wolne najłatwiej ustawić w edytorze ' : 'Weekly hours and days off are easiest to set in the '}
      <a href="/admin/working-hours">{pl ? 'Godziny pracy' : 'Working hours editor'}</a>.
    </p>
  )
}
