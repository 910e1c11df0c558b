/**
 * /admin/calendar, /admin/working-hours and /admin/hours: server shells (admin template, sign-in
 * check, the admin language) around the browser components, which read the
 * data through the REST API with the signed-in user's own access.
 */
import type { AdminViewServerProps } from 'payload'

import { AdminPage, requireAdminUser } from '@platform/admin'

import { CalendarClient } from './CalendarClient'
import { HoursClient } from './HoursClient'
import { WeeklyHoursClient } from './WeeklyHoursClient'

type Current = 'calendar' | 'working-hours' | 'hours'

const shell = (props: AdminViewServerProps, current: Current) => {
  const { req } = props.initPageResult
  const user = requireAdminUser(props)
  const language = req.i18n.language
  const pl = language === 'pl'
  const titles: Record<Current, string> = pl
    ? { calendar: 'Kalendarz', 'working-hours': 'Godziny pracy', hours: 'Godziny prowadzących' }
    : { calendar: 'Calendar', 'working-hours': 'Working hours', hours: 'Hours per host' }
  const tab = (key: Current, label: string) => (
    <a href={`/admin/${key}`} aria-current={key === current ? 'page' : undefined} style={{ fontWeight: key === current ? 700 : 400, marginRight: 16 }}>
      {label}
    </a>
  )
  return (
    <AdminPage {...props} breadcrumbs={[{ label: titles[current] }]}>
      <h1>{titles[current]}</h1>
      <nav style={{ margin: '0 0 16px', display: 'flex', flexWrap: 'wrap', rowGap: 8 }}>
        {tab('calendar', titles.calendar)}
        {tab('working-hours', titles['working-hours'])}
        {tab('hours', titles.hours)}
      </nav>
      {current === 'calendar' ? (
        <CalendarClient language={language} userId={user.id} />
      ) : current === 'working-hours' ? (
        <WeeklyHoursClient language={language} userId={user.id} />
      ) : (
        <HoursClient language={language} />
      )}
    </AdminPage>
  )
}

export async function CalendarView(props: AdminViewServerProps) {
  return shell(props, 'calendar')
}

export async function WorkingHoursView(props: AdminViewServerProps) {
  return shell(props, 'working-hours')
}

export async function HoursView(props: AdminViewServerProps) {
  return shell(props, 'hours')
}
