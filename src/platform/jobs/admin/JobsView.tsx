/** Admin view at /admin/jobs: scheduled and failed Agenda jobs, for staff. */
import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../admin'
import { isStaffUser } from '../../access/user'
import { formatDateTime, langOf, polishPlural, TIME_ZONE } from '../../i18n/format'
import { findJobs } from '../attach'
import { RetryJobButton } from './RetryJobButton'

const STATES = ['failed', 'scheduled', 'repeating', 'running', 'queued', 'completed'] as const
type State = (typeof STATES)[number]

/** Tab names, and the count line's words ("3 nieudane" / "3 failed"). */
const STATE_LABELS: Record<State, { en: string; pl: string }> = {
  failed: { en: 'Failed', pl: 'Nieudane' },
  scheduled: { en: 'Scheduled', pl: 'Zaplanowane' },
  repeating: { en: 'Repeating', pl: 'Cykliczne' },
  running: { en: 'Running', pl: 'Trwające' },
  queued: { en: 'Queued', pl: 'Oczekujące' },
  completed: { en: 'Completed', pl: 'Zakończone' },
}

const countLine = (total: number, state: State, pl: boolean): string =>
  pl
    ? `${total} ${polishPlural(total, { one: 'zadanie', few: 'zadania', many: 'zadań' })} · ${STATE_LABELS[state].pl.toLowerCase()}`
    : `${total} ${total === 1 ? 'job' : 'jobs'} · ${STATE_LABELS[state].en.toLowerCase()}`

/** A job's moment in Warsaw time, the admin's language ("30 listopada 2026, 14:05"); the exact instant in `dateTime`. */
const JobTime = ({ value, lang }: { value: string | null; lang: 'pl' | 'en' }) =>
  value ? <time dateTime={value}>{formatDateTime(value, lang, TIME_ZONE)}</time> : <>-</>

export async function JobsView(props: AdminViewServerProps) {
  const { searchParams } = props
  const { req } = props.initPageResult
  const pl = req.i18n.language === 'pl'
  const lang = langOf(req.i18n.language)
  const title = pl ? 'Zadania w tle' : 'Background jobs'
  const template = (children: React.ReactNode) => (
    <AdminPage {...props} breadcrumbs={[{ label: title }]}>
      {children}
    </AdminPage>
  )
  if (!isStaffUser(req.user)) {
    return template(<p>{pl ? 'Tylko personel platformy widzi zadania.' : 'Only platform staff can see jobs.'}</p>)
  }
  const requested = typeof searchParams?.state === 'string' ? searchParams.state : 'failed'
  const state = (STATES as readonly string[]).includes(requested) ? (requested as State) : 'failed'
  // Times in Warsaw time on a 24-hour clock ("30 listopada 2026, 14:42"), not the stored UTC.
  const runtime = findJobs(req.payload)
  const result = runtime ? await runtime.list({ state, limit: 100 }) : { jobs: [], total: 0 }
  return template(
    <div className="platform-jobs">
      <h1>{title}</h1>
      <p>
        {runtime
          ? runtime.isProcessing()
            ? pl
              ? 'Ten proces wykonuje zadania.'
              : 'This process runs jobs.'
            : pl
              ? 'Zadania wykonuje osobny proces (npm run worker).'
              : 'A separate worker process runs jobs (npm run worker).'
          : pl
            ? 'Środowisko zadań nie działa.'
            : 'The jobs runtime is not running.'}
      </p>
      <nav style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1rem', margin: '1rem 0' }}>
        {STATES.map((item) => (
          <a
            key={item}
            href={`?state=${item}`}
            aria-current={item === state ? 'page' : undefined}
            style={{ fontWeight: item === state ? 700 : 400, whiteSpace: 'nowrap' }}
          >
            {STATE_LABELS[item][pl ? 'pl' : 'en']}
          </a>
        ))}
      </nav>
      <p>{pl ? 'Godziny według czasu polskiego.' : 'Times are Polish time.'}</p>
      <p data-testid="jobs-total">{countLine(result.total, state, pl)}</p>
      {/* On a phone the table scrolls on its own, not the whole page. */}
      {result.jobs.length ? (
        <div style={{ overflowX: 'auto' }}>
          <table className="table" style={{ width: '100%' }}>
            <thead>
              <tr>
                <th>{pl ? 'Zadanie' : 'Job'}</th>
                <th>{pl ? 'Stan' : 'State'}</th>
                <th>{pl ? 'Następne uruchomienie' : 'Next run'}</th>
                <th>{pl ? 'Ostatnie uruchomienie' : 'Last run'}</th>
                <th>{pl ? 'Błąd' : 'Failure'}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {result.jobs.map((job) => (
                <tr key={job.id} data-job-name={job.name}>
                  <td>
                    {job.name}
                    {job.repeatInterval ? ` (${job.repeatInterval})` : ''}
                  </td>
                  <td>{(STATE_LABELS as Record<string, { en: string; pl: string }>)[job.state]?.[pl ? 'pl' : 'en'] ?? job.state}</td>
                  <td data-testid="job-next-run">
                    <JobTime value={job.nextRunAt} lang={lang} />
                  </td>
                  <td data-testid="job-last-run">
                    <JobTime value={job.lastRunAt} lang={lang} />
                  </td>
                  <td>{job.failReason ? `${job.failReason} (×${job.failCount})` : '-'}</td>
                  <td>{job.state === 'failed' ? <RetryJobButton id={job.id} label={pl ? 'Ponów' : 'Retry'} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p data-testid="jobs-empty">{pl ? 'Nie ma tu żadnego zadania.' : 'There are no jobs here.'}</p>
      )}
    </div>,
  )
}
