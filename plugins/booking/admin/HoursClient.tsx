'use client'
/**
 * Hours per host per week or month, from attended sessions read through the
 * REST API as the signed-in user (a host sees only their own). The range is
 * chosen by dates; weeks are Monday-first in the site's booking time zone.
 */
import { useEffect, useMemo, useState } from 'react'

import { timeZoneLabel } from '@platform/format'

import { addDays, addMonths, dayBounds, mondayOf, todayIn } from '../lib/calendarGrid'
import { aggregateHours, formatHours, type HoursPeriod } from '../lib/hours'
import { DayPicker } from './DayPicker'
import { fetchAll, hostKeyFrom, hostLabel } from './restClient'
import { useBookingSite } from './useBookingSite'

type SessionDoc = { id: number; startTime: string; durationMinutes: number; hostType: string; hostUser?: unknown; hostTeamMember?: unknown; source: string }

const TEXT = {
  en: {
    site: 'Site',
    period: 'Per',
    week: 'week',
    month: 'month',
    from: 'From',
    to: 'To',
    host: 'Host',
    total: 'Total',
    loading: 'Loading…',
    none: 'No attended sessions in this range.',
    noSites: 'You have no site yet.',
    zone: 'Weeks start on Monday. Time zone:',
    caption: 'Hours per host (h:mm)',
    weekOf: 'week of',
  },
  pl: {
    site: 'Strona',
    period: 'Na',
    week: 'tydzień',
    month: 'miesiąc',
    from: 'Od',
    to: 'Do',
    host: 'Prowadzący',
    total: 'Razem',
    loading: 'Wczytywanie…',
    none: 'Brak odbytych sesji w tym okresie.',
    noSites: 'Nie masz jeszcze strony.',
    zone: 'Tygodnie od poniedziałku. Strefa czasowa:',
    caption: 'Godziny prowadzących (g:mm)',
    weekOf: 'tydzień od',
  },
}

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

export function HoursClient({ language }: { language: string }) {
  const pl = language === 'pl'
  const text = pl ? TEXT.pl : TEXT.en
  const locale = pl ? 'pl-PL' : 'en-GB'
  const [period, setPeriod] = useState<HoursPeriod>('week')
  const [from, setFrom] = useState<string | undefined>()
  const [to, setTo] = useState<string | undefined>()
  const [sessions, setSessions] = useState<SessionDoc[] | undefined>()
  const [error, setError] = useState<string | undefined>()

  const { sites, siteId, setSiteId, site, zone, hosts } = useBookingSite({ pl, onError: setError })

  useEffect(() => {
    if (!zone) return
    const today = todayIn(zone)
    // Default range: the last 8 weeks (Monday-first) up to this week's Sunday.
    setFrom((current) => current ?? addDays(mondayOf(today), -7 * 7))
    setTo((current) => current ?? addDays(mondayOf(today), 6))
  }, [zone])

  useEffect(() => {
    if (!site || !zone || !from || !to || !isDate(from) || !isDate(to) || to < from) return
    const controller = new AbortController()
    setSessions(undefined)
    setError(undefined)
    fetchAll<SessionDoc>(
      'attended-sessions',
      {
        and: [
          { site: { equals: site.id } },
          { startTime: { greater_than_equal: new Date(dayBounds(from, zone).start).toISOString() } },
          { startTime: { less_than: new Date(dayBounds(to, zone).end).toISOString() } },
        ],
      },
      { sort: 'startTime', max: 20_000, signal: controller.signal },
    )
      .then((found) => controller.signal.aborted || setSessions(found))
      .catch((caught: Error) => controller.signal.aborted || setError(caught.message))
    return () => controller.abort()
  }, [site, zone, from, to])

  const table = useMemo(
    () =>
      sessions && zone && from && to
        ? aggregateHours(
            sessions.map((session) => ({
              hostKey: session.hostType === 'team_member' ? hostKeyFrom(undefined, session.hostTeamMember) : hostKeyFrom(session.hostUser, undefined),
              startTime: session.startTime,
              durationMinutes: session.durationMinutes,
            })),
            { zone, period, from, to },
          )
        : undefined,
    [sessions, zone, period, from, to],
  )

  if (error) return <p role="alert">{error}</p>
  if (sites && !sites.length) return <p>{text.noSites}</p>
  if (!sites || !zone || !from || !to) return <p aria-live="polite">{text.loading}</p>

  const periodLabel = (key: string) =>
    period === 'week'
      ? `${text.weekOf} ${new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(new Date(`${key}T12:00:00Z`))}`
      : new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${key}-15T12:00:00Z`))

  const cell: React.CSSProperties = { padding: '6px 10px', borderBottom: '1px solid var(--theme-elevation-150)', textAlign: 'right', whiteSpace: 'nowrap' }
  const field = { display: 'flex', flexDirection: 'column', fontSize: 12, gap: 2 } as const

  return (
    <div data-testid="booking-hours">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', marginBottom: 12 }}>
        {sites.length > 1 && (
          <label htmlFor="hours-site" style={field}>
            {text.site}
            <select id="hours-site" value={String(siteId)} onChange={(event) => setSiteId(Number(event.target.value))}>
              {sites.map((each) => (
                <option key={each.id} value={each.id}>
                  {each.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label htmlFor="hours-period" style={field}>
          {text.period}
          <select
            id="hours-period"
            value={period}
            onChange={(event) => {
              const next = event.target.value as HoursPeriod
              setPeriod(next)
              if (next === 'month') {
                const today = todayIn(zone)
                setFrom(`${addMonths(today, -5).slice(0, 7)}-01`)
                setTo(addDays(`${addMonths(today, 1).slice(0, 7)}-01`, -1))
              }
            }}
          >
            <option value="week">{text.week}</option>
            <option value="month">{text.month}</option>
          </select>
        </label>
        <label htmlFor="hours-from" style={field}>
          {text.from}
          <DayPicker id="hours-from" value={from} max={to} onChange={(day) => isDate(day) && setFrom(day)} />
        </label>
        <label htmlFor="hours-to" style={field}>
          {text.to}
          <DayPicker id="hours-to" value={to} min={from} onChange={(day) => isDate(day) && setTo(day)} />
        </label>
      </div>
      {zone ? (
        <p style={{ fontSize: 12, color: 'var(--theme-elevation-500)' }}>
          {text.zone} {timeZoneLabel(zone, pl ? 'pl' : 'en')}
        </p>
      ) : null}
      {!table ? (
        <p aria-live="polite">{text.loading}</p>
      ) : !table.hosts.length ? (
        <p aria-live="polite">{text.none}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' }} data-testid="hours-table">
            <caption style={{ textAlign: 'left', fontWeight: 600, marginBottom: 6 }}>{text.caption}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ ...cell, textAlign: 'left' }}>
                  {text.host}
                </th>
                {table.periods.map((key) => (
                  <th key={key} scope="col" style={cell}>
                    {periodLabel(key)}
                  </th>
                ))}
                <th scope="col" style={cell}>
                  {text.total}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.hosts.map((key) => (
                <tr key={key}>
                  <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                    {hostLabel(key, hosts, pl)}
                  </th>
                  {table.periods.map((periodKey) => (
                    <td key={periodKey} style={cell}>
                      {formatHours(table.minutes[key][periodKey] ?? 0)}
                    </td>
                  ))}
                  <td style={{ ...cell, fontWeight: 700 }}>{formatHours(table.hostTotals[key] ?? 0)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" style={{ ...cell, textAlign: 'left' }}>
                  {text.total}
                </th>
                {table.periods.map((key) => (
                  <td key={key} style={{ ...cell, fontWeight: 700 }}>
                    {formatHours(table.periodTotals[key] ?? 0)}
                  </td>
                ))}
                <td style={{ ...cell, fontWeight: 700 }}>{formatHours(table.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  )
}
