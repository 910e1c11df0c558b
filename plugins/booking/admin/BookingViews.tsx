/**
 * /admin/calendar and /admin/hours: server shells (admin template, sign-in
 * check, the admin language) around the browser components, which read the
 * data through the REST API with the signed-in user's own access.
 */
import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'

import { CalendarClient } from './CalendarClient'
import { HoursClient } from './HoursClient'

const shell = ({ initPageResult, params, searchParams }: AdminViewServerProps, current: 'calendar' | 'hours') => {
  const { req, visibleEntities, permissions, locale } = initPageResult
  if (!req.user) redirect('/admin/login')
  const language = req.i18n.language
  const pl = language === 'pl'
  const tab = (key: 'calendar' | 'hours', label: string) => (
    <a href={`/admin/${key}`} aria-current={key === current ? 'page' : undefined} style={{ fontWeight: key === current ? 700 : 400, marginRight: 16 }}>
      {label}
    </a>
  )
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{current === 'calendar' ? (pl ? 'Kalendarz' : 'Calendar') : pl ? 'Godziny prowadzących' : 'Hours per host'}</h1>
        <nav style={{ margin: '0 0 16px' }}>
          {tab('calendar', pl ? 'Kalendarz' : 'Calendar')}
          {tab('hours', pl ? 'Godziny' : 'Hours')}
        </nav>
        {current === 'calendar' ? <CalendarClient language={language} /> : <HoursClient language={language} />}
      </Gutter>
    </DefaultTemplate>
  )
}

export async function CalendarView(props: AdminViewServerProps) {
  return shell(props, 'calendar')
}

export async function HoursView(props: AdminViewServerProps) {
  return shell(props, 'hours')
}
