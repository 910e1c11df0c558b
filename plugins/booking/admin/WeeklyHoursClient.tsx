'use client'
/**
 * The weekly-hours editor (like Calendly's "Working hours"): Monday..Sunday, each with time ranges chosen from
 * 24-hour lists of quarter hours (TimeSelect; the OS's 12-hour clock never shows), add, remove, copy a day to all
 * days, and dates with other hours or none. Checked as the owner types (lib/weeklyHours, the same rules the server applies), saved in one request
 * (PUT /api/booking/weekly-hours), errors shown beside the range they are about.
 */
import { useEffect, useMemo, useState } from 'react'

import { timeZoneLabel } from '@platform/format'

import { copyToAllDays, validateSchedule, type ScheduleError, type TimeRange, type WeeklySchedule } from '../lib/weeklyHours'
import { DayPicker } from './DayPicker'
import { fetchSites, type SiteOption } from './restClient'
import { pickSite } from './sitePick'
import { TimeSelect } from './TimeSelect'

const TEXT = {
  pl: {
    site: 'Strona',
    host: 'Prowadzący',
    weekly: 'Godziny w tygodniu',
    weeklyHint: 'Godziny, w których klienci mogą rezerwować spotkania, co tydzień.',
    unavailable: 'Niedostępny',
    add: 'Dodaj przedział',
    remove: (range: TimeRange) => `Usuń przedział ${range.start}–${range.end}`,
    copy: 'Kopiuj na wszystkie dni',
    from: 'Od',
    to: 'Do',
    overrides: 'Daty z innymi godzinami',
    overridesHint: 'Dzień wolny albo inne godziny w wybranym dniu. Zastępują godziny tygodnia w tym dniu.',
    addDate: 'Dodaj datę',
    date: 'Data',
    removeDate: 'Usuń datę',
    dayOff: 'Niedostępny cały dzień',
    save: 'Zapisz godziny',
    saving: 'Zapisywanie…',
    saved: 'Zapisano godziny pracy.',
    fix: 'Popraw zaznaczone godziny.',
    loading: 'Wczytywanie…',
    noSites: 'Nie masz jeszcze strony, na której możesz ustalać godziny.',
    zone: 'Strefa czasowa:',
  },
  en: {
    site: 'Site',
    host: 'Host',
    weekly: 'Weekly hours',
    weeklyHint: 'The hours clients may book meetings in, every week.',
    unavailable: 'Unavailable',
    add: 'Add a range',
    remove: (range: TimeRange) => `Remove the range ${range.start}–${range.end}`,
    copy: 'Copy to all days',
    from: 'From',
    to: 'To',
    overrides: 'Dates with other hours',
    overridesHint: 'A day off or other hours on a chosen date. They replace the weekly hours on that day.',
    addDate: 'Add a date',
    date: 'Date',
    removeDate: 'Remove the date',
    dayOff: 'Unavailable all day',
    save: 'Save hours',
    saving: 'Saving…',
    saved: 'Working hours saved.',
    fix: 'Correct the marked hours.',
    loading: 'Loading…',
    noSites: 'You have no site where you may set hours yet.',
    zone: 'Time zone:',
  },
}

type Loaded = { hosts: { key: string; label: string }[]; host: string; timeZone: string; today: string; schedule: WeeklySchedule }

const STYLE = `
.weekly-hours{max-width:760px}
.weekly-hours__day{display:grid;grid-template-columns:150px 1fr auto;gap:8px 16px;align-items:start;padding:12px 0;border-bottom:1px solid var(--theme-elevation-100)}
.weekly-hours__ranges{display:flex;flex-direction:column;gap:6px}
.weekly-hours__range{display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.weekly-hours__range input,.weekly-hours__range select{padding:6px 8px;font:inherit;min-height:40px;border:1px solid var(--theme-elevation-250);border-radius:4px;background:var(--theme-input-bg,var(--theme-bg));color:inherit}
.weekly-hours__range select{min-width:96px;font-variant-numeric:tabular-nums}
.weekly-hours__range [aria-invalid=true]{border-color:var(--theme-error-500)}
.weekly-hours__error{flex-basis:100%;color:var(--theme-error-500);font-size:13px;margin:0}
.weekly-hours__icon{min-width:40px;min-height:40px;border:1px solid var(--theme-elevation-150);border-radius:4px;background:transparent;color:inherit;cursor:pointer;font-size:18px;line-height:1}
.weekly-hours__link{border:0;background:none;color:var(--theme-text);text-decoration:underline;cursor:pointer;padding:8px 0;font:inherit;min-height:40px;text-align:left}
.weekly-hours__day--override{grid-template-columns:240px 1fr auto}
.weekly-hours__date{display:flex;flex-direction:column;gap:2px;font-size:13px;width:240px;max-width:100%}
.weekly-hours__date .date-time-picker input{min-height:40px;font-size:14px}
.weekly-hours__muted{color:var(--theme-elevation-600);margin:8px 0}
.weekly-hours__bar{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin-bottom:12px}
.weekly-hours__bar label{display:flex;flex-direction:column;font-size:13px;gap:2px}
.weekly-hours__bar select{padding:6px 8px;min-height:40px;min-width:200px}
@media (max-width:600px){
 .weekly-hours__day{grid-template-columns:1fr;padding:10px 0}
 .weekly-hours__range select{flex:1 1 100px}
 .weekly-hours__bar select{min-width:0;width:100%}
 .weekly-hours__bar label{flex:1 1 100%}
}
`

const emptyRange = (after?: TimeRange): TimeRange => {
  if (!after || !/^\d\d:\d\d$/.test(after.end)) return { start: '09:00', end: '17:00' }
  const hour = Math.min(Number(after.end.slice(0, 2)) + 1, 22)
  return { start: `${String(hour).padStart(2, '0')}:00`, end: `${String(hour + 1).padStart(2, '0')}:00` }
}

export function WeeklyHoursClient({ language, userId }: { language: string; userId?: number | string }) {
  const pl = language === 'pl'
  const text = pl ? TEXT.pl : TEXT.en
  const locale = pl ? 'pl-PL' : 'en-GB'
  const [sites, setSites] = useState<SiteOption[] | undefined>()
  const [siteId, setSiteId] = useState<number | undefined>()
  const [hostKey, setHostKey] = useState<string | undefined>()
  const [loaded, setLoaded] = useState<Loaded | undefined>()
  const [schedule, setSchedule] = useState<WeeklySchedule | undefined>()
  const [serverErrors, setServerErrors] = useState<ScheduleError[]>([])
  const [status, setStatus] = useState<{ kind: 'saving' | 'saved' | 'error'; message: string } | undefined>()
  const [touched, setTouched] = useState(false)

  useEffect(() => {
    const controller = new AbortController()
    fetchSites(controller.signal)
      .then((found) => {
        setSites(found)
        setSiteId(pickSite(found, { param: new URLSearchParams(window.location.search).get('site'), cookie: document.cookie, userId }))
      })
      .catch((caught: Error) => controller.signal.aborted || setStatus({ kind: 'error', message: caught.message }))
    return () => controller.abort()
    // userId is fixed for the page.
  }, [])

  useEffect(() => {
    if (!siteId) return
    const controller = new AbortController()
    const params = new URLSearchParams({ site: String(siteId), ...(hostKey ? { host: hostKey } : {}) })
    setLoaded(undefined)
    fetch(`/api/booking/weekly-hours?${params}`, { credentials: 'include', signal: controller.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        const body = await response.json()
        if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? String(response.status))
        setLoaded(body as Loaded)
        setSchedule((body as Loaded).schedule)
        setServerErrors([])
        setTouched(false)
        window.history.replaceState(null, '', `${window.location.pathname}?site=${siteId}&host=${encodeURIComponent((body as Loaded).host)}`)
      })
      .catch((caught: Error) => controller.signal.aborted || setStatus({ kind: 'error', message: caught.message }))
    return () => controller.abort()
  }, [siteId, hostKey])

  const today = loaded?.today ?? ''
  const localErrors = useMemo(() => (schedule && touched ? validateSchedule(schedule, { today, lang: pl ? 'pl' : 'en' }) : []), [schedule, today, pl, touched])
  const errors = localErrors.length ? localErrors : serverErrors
  const errorAt = (path: string) => errors.find((error) => error.path === path)?.message

  if (sites && !sites.length) return <p>{text.noSites}</p>
  if (status?.kind === 'error' && !schedule) return <p role="alert">{status.message}</p>
  if (!sites || !loaded || !schedule) return <p aria-live="polite">{text.loading}</p>

  const change = (next: WeeklySchedule) => {
    setSchedule(next)
    setTouched(true)
    setServerErrors([])
    setStatus(undefined)
  }
  const setDay = (day: number, ranges: TimeRange[]) => change({ ...schedule, days: schedule.days.map((each, index) => (index === day ? ranges : each)) })
  const setOverride = (index: number, patch: Partial<WeeklySchedule['overrides'][number]>) =>
    change({ ...schedule, overrides: schedule.overrides.map((each, at) => (at === index ? { ...each, ...patch } : each)) })

  const dayNames = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map((date) => {
    const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))
    return name.charAt(0).toUpperCase() + name.slice(1)
  })
  const longDate = (date: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(date)
      ? new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${date}T12:00:00Z`),
        )
      : ''

  const rangesEditor = (ranges: TimeRange[], path: string, label: string, onChange: (ranges: TimeRange[]) => void) => (
    <div className="weekly-hours__ranges">
      {ranges.map((range, index) => {
        const error = errorAt(`${path}.${index}`)
        const errorId = `${path}-${index}-error`.replace(/\./g, '-')
        const update = (patch: Partial<TimeRange>) => onChange(ranges.map((each, at) => (at === index ? { ...each, ...patch } : each)))
        return (
          <div className="weekly-hours__range" key={index} data-testid="weekly-hours-range">
            <TimeSelect
              kind="start"
              value={range.start}
              label={`${label}: ${text.from}`}
              invalid={Boolean(error)}
              describedBy={error ? errorId : undefined}
              onChange={(start) => update({ start })}
            />
            <span aria-hidden>–</span>
            <TimeSelect
              kind="end"
              value={range.end}
              label={`${label}: ${text.to}`}
              invalid={Boolean(error)}
              describedBy={error ? errorId : undefined}
              onChange={(end) => update({ end })}
            />
            <button
              type="button"
              className="weekly-hours__icon"
              aria-label={text.remove(range)}
              onClick={() => onChange(ranges.filter((_, at) => at !== index))}
            >
              ×
            </button>
            {error ? (
              <p className="weekly-hours__error" id={errorId} data-testid="weekly-hours-error">
                {error}
              </p>
            ) : null}
          </div>
        )
      })}
      {errorAt(path) ? <p className="weekly-hours__error">{errorAt(path)}</p> : null}
      <button type="button" className="weekly-hours__link" onClick={() => onChange([...ranges, emptyRange(ranges[ranges.length - 1])])}>
        + {text.add}
      </button>
    </div>
  )

  const save = async () => {
    const problems = validateSchedule(schedule, { today, lang: pl ? 'pl' : 'en' })
    setTouched(true)
    if (problems.length) {
      setStatus({ kind: 'error', message: text.fix })
      return
    }
    setStatus({ kind: 'saving', message: text.saving })
    const response = await fetch('/api/booking/weekly-hours', {
      method: 'PUT',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ site: siteId, host: loaded.host, schedule }),
    }).catch(() => undefined)
    const body = await response?.json().catch(() => undefined)
    if (!response?.ok) {
      const listed = (body?.errors ?? []) as { message: string; field?: string }[]
      setServerErrors(listed.filter((each) => each.field).map((each) => ({ path: each.field!, message: each.message })))
      setStatus({ kind: 'error', message: listed[0]?.message ?? text.fix })
      return
    }
    setLoaded(body as Loaded)
    setSchedule((body as Loaded).schedule)
    setTouched(false)
    setStatus({ kind: 'saved', message: text.saved })
  }

  return (
    <div className="weekly-hours" data-testid="weekly-hours">
      <style>{STYLE}</style>
      <div className="weekly-hours__bar">
        {sites.length > 1 ? (
          <label htmlFor="weekly-hours-site">
            {text.site}
            <select
              id="weekly-hours-site"
              value={String(siteId)}
              onChange={(event) => {
                setHostKey(undefined)
                setSiteId(Number(event.target.value))
              }}
            >
              {sites.map((each) => (
                <option key={each.id} value={each.id}>
                  {each.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {loaded.hosts.length > 1 ? (
          <label htmlFor="weekly-hours-host">
            {text.host}
            <select id="weekly-hours-host" value={loaded.host} onChange={(event) => setHostKey(event.target.value)}>
              {loaded.hosts.map((each) => (
                <option key={each.key} value={each.key}>
                  {each.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      <section aria-labelledby="weekly-hours-week">
        <h2 id="weekly-hours-week">{text.weekly}</h2>
        <p className="weekly-hours__muted">
          {text.weeklyHint} {text.zone} {timeZoneLabel(loaded.timeZone, pl ? 'pl' : 'en')}.
        </p>
        {schedule.days.map((ranges, day) => (
          <div className="weekly-hours__day" key={day} data-testid={`weekly-hours-day-${day}`} role="group" aria-labelledby={`weekly-hours-day-${day}`}>
            <strong id={`weekly-hours-day-${day}`}>{dayNames[day]}</strong>
            <div>
              {ranges.length ? null : <p className="weekly-hours__muted">{text.unavailable}</p>}
              {rangesEditor(ranges, `days.${day}`, dayNames[day], (next) => setDay(day, next))}
            </div>
            {ranges.length ? (
              <button type="button" className="weekly-hours__link" onClick={() => change({ ...schedule, days: copyToAllDays(schedule.days, day) })}>
                {text.copy}
              </button>
            ) : (
              <span />
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="weekly-hours-overrides" style={{ marginTop: 24 }}>
        <h2 id="weekly-hours-overrides">{text.overrides}</h2>
        <p className="weekly-hours__muted">{text.overridesHint}</p>
        {schedule.overrides.map((override, index) => {
          const dateError = errorAt(`overrides.${index}.date`)
          const label = longDate(override.date) || text.date
          return (
            <div className="weekly-hours__day weekly-hours__day--override" key={index} data-testid="weekly-hours-override" role="group" aria-label={label}>
              <div className="weekly-hours__range">
                <div className="weekly-hours__date">
                  <label htmlFor={`weekly-hours-date-${index}`}>{text.date}</label>
                  <DayPicker
                    id={`weekly-hours-date-${index}`}
                    value={override.date}
                    min={today}
                    invalid={Boolean(dateError)}
                    onChange={(date) => setOverride(index, { date })}
                  />
                </div>
                {dateError ? <p className="weekly-hours__error">{dateError}</p> : <span className="weekly-hours__muted">{longDate(override.date)}</span>}
              </div>
              <div>
                {override.ranges.length ? null : <p className="weekly-hours__muted">{text.dayOff}</p>}
                {rangesEditor(override.ranges, `overrides.${index}.ranges`, label, (ranges) => setOverride(index, { ranges }))}
              </div>
              <button
                type="button"
                className="weekly-hours__link"
                onClick={() => change({ ...schedule, overrides: schedule.overrides.filter((_, at) => at !== index) })}
              >
                {text.removeDate}
              </button>
            </div>
          )
        })}
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => change({ ...schedule, overrides: [...schedule.overrides, { date: today, ranges: [] }] })}
        >
          {text.addDate}
        </button>
      </section>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, marginTop: 24 }}>
        <button type="button" className="btn btn--style-primary btn--size-medium" onClick={save} disabled={status?.kind === 'saving'} style={{ margin: 0 }}>
          {status?.kind === 'saving' ? text.saving : text.save}
        </button>
        <p
          role="status"
          aria-live="polite"
          data-testid="weekly-hours-status"
          style={{ margin: 0, color: status?.kind === 'error' ? 'var(--theme-error-500)' : undefined }}
        >
          {status?.kind === 'saving' ? '' : (status?.message ?? '')}
        </p>
      </div>
    </div>
  )
}
