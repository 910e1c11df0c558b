'use client'
/**
 * The calendar grid in the browser: week (hours x Monday..Sunday) or month,
 * in the site's booking time zone, with events (booked/capacity), shaded
 * availability and bookings (guest names), one colour per host. Filters:
 * site, host, kind. Reads through the REST API as the signed-in user.
 * Opens on the caller's current or own site (sitePick), the week scrolled to
 * business hours; on a phone (≤ 600 px) a day's agenda instead of the grid.
 */
import { useEffect, useMemo, useRef, useState } from 'react'

import { timeZoneLabel } from '@platform/format'

import {
  addDays,
  availabilityOccurrences,
  colourFor,
  monthWeeks,
  placeOnDays,
  rangeOf,
  shiftAnchor,
  todayIn,
  visibleDates,
  weekDates,
  type DaySegment,
} from '../lib/calendarGrid'
import { fetchAll, hostKeyFrom, hostLabel } from './restClient'
import { useBookingSite } from './useBookingSite'

type Kind = 'all' | 'events' | 'availability' | 'bookings'
/** `day`: one day as an agenda list (phones). */
type View = 'week' | 'month' | 'day'

const PHONE = '(max-width: 600px)'
/** Where the week opens when nothing in it starts earlier. */
const BUSINESS_HOURS_START = 8

/** Whether the screen is phone-sized, following rotation and resizing. */
const usePhone = (): boolean => {
  const [phone, setPhone] = useState(false)
  useEffect(() => {
    const query = window.matchMedia(PHONE)
    const update = () => setPhone(query.matches)
    update()
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }, [])
  return phone
}

type EventDoc = {
  id: number
  title: string
  startTime: string
  endTime: string
  capacity: number
  eventType: string
  status: string
  assignedToOwner?: unknown
  assignedToTeamMember?: unknown
}
type BlockDoc = {
  id: number
  title?: string
  date: string
  startTime: string
  endTime: string
  repeatWeekly?: boolean
  repeatUntil?: string | null
  exceptions?: { date: string }[]
  assignedToOwner?: unknown
  assignedToTeamMember?: unknown
}
type BookingDoc = { id: number; event: number | { id: number }; guestName: string; status: string }

type Item = {
  id: string
  kind: 'event' | 'availability' | 'booking'
  start: number
  end: number
  hostKey: string
  title: string
  detail?: string
  href: string
  cancelled?: boolean
  guests?: { id: number; name: string }[]
}

const TEXT = {
  en: {
    calendar: 'Calendar',
    hours: 'Hours',
    week: 'Week',
    month: 'Month',
    day: 'Day',
    nothing: 'Nothing on this day.',
    today: 'Today',
    previous: 'Previous',
    next: 'Next',
    site: 'Site',
    host: 'Host',
    kind: 'Show',
    allHosts: 'All hosts',
    all: 'Everything',
    events: 'Events',
    availability: 'Availability',
    bookings: 'Bookings',
    available: 'Available',
    loading: 'Loading…',
    noSites: 'You have no site with bookings yet.',
    zone: 'Time zone:',
    booked: 'booked',
    more: (count: number) => `+${count} more`,
    cancelled: 'cancelled',
  },
  pl: {
    calendar: 'Kalendarz',
    hours: 'Godziny',
    week: 'Tydzień',
    month: 'Miesiąc',
    day: 'Dzień',
    nothing: 'Tego dnia nic nie ma.',
    today: 'Dziś',
    previous: 'Wstecz',
    next: 'Dalej',
    site: 'Strona',
    host: 'Prowadzący',
    kind: 'Pokaż',
    allHosts: 'Wszyscy prowadzący',
    all: 'Wszystko',
    events: 'Wydarzenia',
    availability: 'Dostępność',
    bookings: 'Rezerwacje',
    available: 'Dostępność',
    loading: 'Wczytywanie…',
    noSites: 'Nie masz jeszcze strony z rezerwacjami.',
    zone: 'Strefa czasowa:',
    booked: 'zajęte',
    more: (count: number) => `+${count} więcej`,
    cancelled: 'odwołane',
  },
}

const HOUR_PX = 48

const chunk = <T,>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, index) => list.slice(index * size, (index + 1) * size))
const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : (value as number))

const readParams = () => {
  const params = new URLSearchParams(typeof window === 'undefined' ? '' : window.location.search)
  const asked = params.get('view')
  const view: View | undefined = asked === 'month' || asked === 'week' || asked === 'day' ? asked : undefined
  const date = /^\d{4}-\d{2}-\d{2}$/.test(params.get('date') ?? '') ? (params.get('date') as string) : undefined
  const kind = (['all', 'events', 'availability', 'bookings'] as const).find((each) => each === params.get('kind')) ?? 'all'
  return { view, date, site: Number(params.get('site')) || undefined, host: params.get('host') ?? 'all', kind: kind as Kind }
}

export function CalendarClient({ language, userId }: { language: string; userId?: number | string }) {
  const pl = language === 'pl'
  const text = pl ? TEXT.pl : TEXT.en
  const locale = pl ? 'pl-PL' : 'en-GB'
  const initial = useMemo(readParams, [])
  const phone = usePhone()
  const [chosenView, setView] = useState<View | undefined>(initial.view)
  // Unless the address names one: the week on a desktop, a day's agenda on a phone.
  const view: View = chosenView ?? (phone ? 'day' : 'week')
  const gridRef = useRef<HTMLDivElement>(null)
  const scrolledFor = useRef<string | undefined>(undefined)
  const [anchor, setAnchor] = useState<string | undefined>(initial.date)
  const [hostFilter, setHostFilter] = useState<string>(initial.host)
  const [kind, setKind] = useState<Kind>(initial.kind)
  const [items, setItems] = useState<Item[] | undefined>()
  const [error, setError] = useState<string | undefined>()

  const { sites, siteId, setSiteId, site, zone: siteZone, hosts } = useBookingSite({ initialSiteId: initial.site, userId, pl, onError: setError })
  const zone = siteZone ?? 'Europe/Warsaw'

  useEffect(() => {
    if (siteZone) setAnchor((current) => current ?? todayIn(siteZone))
  }, [siteZone])

  const dates = useMemo(() => (anchor ? (view === 'day' ? [anchor] : visibleDates(view, anchor)) : []), [view, anchor])

  useEffect(() => {
    if (!site || !dates.length) return
    const controller = new AbortController()
    const { start, end } = rangeOf(dates, zone)
    const first = dates[0]
    const last = dates[dates.length - 1]
    setItems(undefined)
    setError(undefined)
    ;(async () => {
      const [events, blocks] = await Promise.all([
        fetchAll<EventDoc>(
          'events',
          {
            and: [
              { site: { equals: site.id } },
              { startTime: { less_than: new Date(end).toISOString() } },
              { endTime: { greater_than: new Date(start).toISOString() } },
            ],
          },
          { sort: 'startTime', signal: controller.signal },
        ),
        fetchAll<BlockDoc>(
          'availability-blocks',
          {
            and: [
              { site: { equals: site.id } },
              { date: { less_than_equal: last } },
              { or: [{ repeatWeekly: { equals: true } }, { date: { greater_than_equal: first } }] },
            ],
          },
          { signal: controller.signal },
        ),
      ])
      const bookings = events.length
        ? (
            await Promise.all(
              // Comma-separated ids (the query parser caps indexed arrays at 20), in chunks that keep the URL short.
              chunk(
                events.map((event) => event.id),
                200,
              ).map((ids) =>
                fetchAll<BookingDoc>(
                  'bookings',
                  { and: [{ event: { in: ids.join(',') } }, { status: { equals: 'confirmed' } }] },
                  { signal: controller.signal },
                ),
              ),
            )
          ).flat()
        : []
      const byEvent = new Map<number, BookingDoc[]>()
      for (const booking of bookings) {
        const list = byEvent.get(idOf(booking.event)) ?? []
        list.push(booking)
        byEvent.set(idOf(booking.event), list)
      }
      const next: Item[] = []
      for (const event of events) {
        const hostKey = hostKeyFrom(event.assignedToOwner, event.assignedToTeamMember)
        const guests = (byEvent.get(event.id) ?? []).map((booking) => ({ id: booking.id, name: booking.guestName }))
        const start = Date.parse(event.startTime)
        const end = Date.parse(event.endTime)
        next.push({
          id: `event:${event.id}`,
          kind: 'event',
          start,
          end,
          hostKey,
          title: event.title,
          detail: `${guests.length}/${event.capacity} ${text.booked}`,
          href: `/admin/collections/events/${event.id}`,
          cancelled: event.status === 'cancelled',
          guests,
        })
        for (const guest of guests) {
          next.push({
            id: `booking:${guest.id}`,
            kind: 'booking',
            start,
            end,
            hostKey,
            title: guest.name,
            detail: event.title,
            href: `/admin/collections/bookings/${guest.id}`,
          })
        }
      }
      const occurrences = availabilityOccurrences(
        blocks.map((block) => ({
          id: String(block.id),
          hostKey: hostKeyFrom(block.assignedToOwner, block.assignedToTeamMember),
          date: block.date,
          startTime: block.startTime,
          endTime: block.endTime,
          repeatWeekly: block.repeatWeekly,
          repeatUntil: block.repeatUntil,
          exceptions: (block.exceptions ?? []).map((exception) => exception.date),
        })),
        first,
        last,
        zone,
      )
      for (const occurrence of occurrences) {
        next.push({ ...occurrence, kind: 'availability', title: text.available, href: `/admin/collections/availability-blocks/${occurrence.blockId}` })
      }
      if (!controller.signal.aborted) setItems(next)
    })().catch((caught: Error) => controller.signal.aborted || setError(caught.message))
    return () => controller.abort()
  }, [site, dates, zone, text])

  // Keep the URL in step, so a reload or a shared link shows the same calendar.
  useEffect(() => {
    if (!anchor || !siteId) return
    const params = new URLSearchParams({ ...(chosenView ? { view: chosenView } : {}), date: anchor, site: String(siteId), host: hostFilter, kind })
    window.history.replaceState(null, '', `${window.location.pathname}?${params}`)
  }, [chosenView, anchor, siteId, hostFilter, kind])

  const hostKeys = useMemo(() => {
    const keys = hosts.map((host) => host.key)
    for (const item of items ?? []) if (!keys.includes(item.hostKey)) keys.push(item.hostKey)
    return keys
  }, [hosts, items])

  const shown = useMemo(
    () =>
      (items ?? []).filter((item) => {
        if (hostFilter !== 'all' && item.hostKey !== hostFilter) return false
        if (kind === 'all') return item.kind !== 'booking' // bookings show inside their event
        return kind === 'events' ? item.kind === 'event' : kind === 'availability' ? item.kind === 'availability' : item.kind === 'booking'
      }),
    [items, hostFilter, kind],
  )

  // The week opens at business hours (or earlier, when something in it starts earlier), once per week shown.
  useEffect(() => {
    if (view !== 'week' || !items || !gridRef.current || !dates.length) return
    const key = `${dates[0]}:${siteId}`
    if (scrolledFor.current === key) return
    scrolledFor.current = key
    const hourOf = (instant: number) =>
      Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(instant).slice(0, 2))
    const earliest = Math.min(BUSINESS_HOURS_START, ...items.map((item) => hourOf(item.start)))
    gridRef.current.scrollTop = Math.max(0, earliest - 0.5) * HOUR_PX
  }, [view, items, dates, siteId, zone])

  if (error) return <p role="alert">{error}</p>
  if (sites && !sites.length) return <p>{text.noSites}</p>
  if (!sites || !anchor) return <p aria-live="polite">{text.loading}</p>

  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit' })
  const dayHeading = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'numeric' })
  const monthHeading = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' })
  const weekdayNames = weekDates('2026-11-23').map((date) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' }).format(new Date(`${date}T12:00:00Z`)),
  )
  const asDate = (date: string) => new Date(`${date}T12:00:00Z`)
  const today = todayIn(zone)
  const title =
    view === 'day'
      ? new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(asDate(anchor))
      : view === 'week'
        ? `${new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(asDate(dates[0]))} – ${new Intl.DateTimeFormat(
            locale,
            {
              timeZone: 'UTC',
              day: 'numeric',
              month: 'short',
              year: 'numeric',
            },
          ).format(asDate(dates[6]))}`
        : monthHeading.format(asDate(anchor))
  // Availability is the background: it takes no lane from the events and bookings drawn over it.
  const placedBackground = placeOnDays(
    shown.filter((item) => item.kind === 'availability'),
    dates,
    zone,
  )
  const placedForeground = placeOnDays(
    shown.filter((item) => item.kind !== 'availability'),
    dates,
    zone,
  )
  const placed = new Map(
    dates.map((date) => [date, [...(placedBackground.get(date) ?? []), ...(placedForeground.get(date) ?? [])].sort((a, b) => a.item.start - b.item.start)]),
  )
  const span = (item: Item) => `${time.format(item.start)}–${time.format(item.end)}`
  const describe = (item: Item) =>
    [
      item.title,
      span(item),
      item.detail,
      item.kind !== 'availability' ? hostLabel(item.hostKey, hosts, pl) : undefined,
      item.cancelled ? text.cancelled : undefined,
    ]
      .filter(Boolean)
      .join(' · ')

  const renderBlock = (segment: DaySegment<Item>) => {
    const { item } = segment
    const colour = colourFor(item.hostKey, hostKeys)
    const width = 100 / segment.lanes
    const style: React.CSSProperties = {
      position: 'absolute',
      top: `${segment.top * 100}%`,
      height: `max(${segment.height * 100}%, 18px)`,
      left: item.kind === 'availability' ? 0 : `calc(${segment.lane * width}% + 2px)`,
      width: item.kind === 'availability' ? '100%' : `calc(${width}% - 4px)`,
      overflow: 'hidden',
      fontSize: 12,
      lineHeight: 1.25,
      padding: item.kind === 'availability' ? '2px 4px' : '2px 4px',
      borderRadius: item.kind === 'availability' ? 0 : 4,
      textDecoration: item.cancelled ? 'line-through' : 'none',
      zIndex: item.kind === 'availability' ? 0 : 1,
      ...(item.kind === 'availability'
        ? { background: `${colour}1f`, borderLeft: `3px solid ${colour}66`, color: 'var(--theme-elevation-600)' }
        : { background: colour, color: '#fff', opacity: item.cancelled ? 0.55 : 1, border: '1px solid var(--theme-bg)' }),
    }
    return (
      <a
        key={`${item.id}@${segment.date}`}
        href={item.href}
        title={describe(item)}
        aria-label={describe(item)}
        style={style}
        data-kind={item.kind}
        data-testid="calendar-item"
      >
        {item.kind === 'availability' ? (
          `${text.available} ${span(item)}`
        ) : (
          <>
            <strong>
              {time.format(item.start)} {item.title}
            </strong>
            <span style={{ display: 'block' }}>
              {item.kind === 'event'
                ? [
                    // A 1:1 event made by a booking already carries the guest's name in its title.
                    item.guests
                      ?.filter((guest) => !item.title.includes(guest.name))
                      .map((guest) => guest.name)
                      .join(', '),
                    `(${item.detail})`,
                  ]
                    .filter(Boolean)
                    .join(' ')
                : item.detail}
            </span>
          </>
        )}
      </a>
    )
  }

  const select = (label: string, value: string, onChange: (value: string) => void, options: { value: string; label: string }[], id: string) => (
    <label htmlFor={id} style={{ display: 'flex', flexDirection: 'column', fontSize: 12, gap: 2 }}>
      {label}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} style={{ padding: '4px 6px', minWidth: 140 }}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )

  const button = (label: string, onClick: () => void, pressed?: boolean) => (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      onClick={onClick}
      aria-pressed={pressed}
      style={{ margin: 0, fontWeight: pressed ? 700 : 400 }}
    >
      {label}
    </button>
  )

  return (
    <div className="booking-calendar" data-testid="booking-calendar">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', marginBottom: 12 }}>
        {sites.length > 1 &&
          select(
            text.site,
            String(siteId),
            (value) => {
              setSiteId(Number(value))
              setHostFilter('all')
            },
            sites.map((each) => ({ value: String(each.id), label: each.name })),
            'calendar-site',
          )}
        {select(
          text.host,
          hostFilter,
          setHostFilter,
          [{ value: 'all', label: text.allHosts }, ...hostKeys.map((key) => ({ value: key, label: hostLabel(key, hosts, pl) }))],
          'calendar-host',
        )}
        {select(
          text.kind,
          kind,
          (value) => setKind(value as Kind),
          [
            { value: 'all', label: text.all },
            { value: 'events', label: text.events },
            { value: 'availability', label: text.availability },
            { value: 'bookings', label: text.bookings },
          ],
          'calendar-kind',
        )}
        <div style={{ display: 'flex', gap: 6 }}>
          {button(text.day, () => setView('day'), view === 'day')}
          {button(text.week, () => setView('week'), view === 'week')}
          {button(text.month, () => setView('month'), view === 'month')}
        </div>
        <div style={{ display: 'flex', gap: 6 }}>
          {button(`‹ ${text.previous}`, () => setAnchor(view === 'day' ? addDays(anchor, -1) : shiftAnchor(view, anchor, -1)))}
          {button(text.today, () => setAnchor(today))}
          {button(`${text.next} ›`, () => setAnchor(view === 'day' ? addDays(anchor, 1) : shiftAnchor(view, anchor, 1)))}
        </div>
      </div>
      <h2 style={{ margin: '0 0 4px' }} aria-live="polite" data-testid="calendar-title">
        {title}
      </h2>
      <p style={{ margin: '0 0 8px', fontSize: 12, color: 'var(--theme-elevation-500)' }}>
        {text.zone} {timeZoneLabel(zone, pl ? 'pl' : 'en')}
        {items === undefined ? ` · ${text.loading}` : ''}
      </p>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: '0 0 8px', fontSize: 12 }} aria-label={text.host}>
        {hostKeys.map((key) => (
          <li key={key} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
            <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, background: colourFor(key, hostKeys), display: 'inline-block' }} />
            {hostLabel(key, hosts, pl)}
          </li>
        ))}
      </ul>
      {view === 'day' ? (
        <ol style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="calendar-agenda" aria-label={title}>
          {(placed.get(anchor) ?? []).length === 0 ? <li style={{ padding: '12px 0' }}>{text.nothing}</li> : null}
          {(placed.get(anchor) ?? []).map(({ item }) => {
            const colour = colourFor(item.hostKey, hostKeys)
            return (
              <li key={item.id} style={{ borderBottom: '1px solid var(--theme-elevation-100)' }}>
                <a
                  href={item.href}
                  data-kind={item.kind}
                  data-testid="calendar-item"
                  style={{
                    display: 'grid',
                    gridTemplateColumns: '92px 1fr',
                    gap: 8,
                    padding: '10px 4px',
                    minHeight: 44,
                    color: 'inherit',
                    textDecoration: item.cancelled ? 'line-through' : 'none',
                    borderLeft: `4px solid ${item.kind === 'availability' ? `${colour}66` : colour}`,
                    background: item.kind === 'availability' ? `${colour}14` : undefined,
                  }}
                >
                  <span style={{ fontVariantNumeric: 'tabular-nums' }}>{span(item)}</span>
                  <span>
                    <strong>{item.kind === 'availability' ? text.available : item.title}</strong>
                    {item.kind !== 'availability' ? (
                      <span style={{ display: 'block', fontSize: 13, color: 'var(--theme-elevation-600)' }}>
                        {[item.detail, hostLabel(item.hostKey, hosts, pl), item.cancelled ? text.cancelled : undefined].filter(Boolean).join(' · ')}
                      </span>
                    ) : null}
                  </span>
                </a>
              </li>
            )
          })}
        </ol>
      ) : view === 'week' ? (
        <div ref={gridRef} data-testid="calendar-week" style={{ maxHeight: '70vh', overflowY: 'auto', border: '1px solid var(--theme-elevation-150)' }}>
          <div style={{ display: 'grid', gridTemplateColumns: '48px repeat(7, 1fr)' }}>
            <div style={{ position: 'sticky', top: 0, zIndex: 2, background: 'var(--theme-bg)' }} />
            {dates.map((date) => (
              <div
                key={date}
                style={{
                  padding: 4,
                  fontSize: 12,
                  textAlign: 'center',
                  borderLeft: '1px solid var(--theme-elevation-150)',
                  fontWeight: date === today ? 700 : 400,
                  background: date === today ? 'var(--theme-elevation-50)' : 'var(--theme-bg)',
                  position: 'sticky',
                  top: 0,
                  zIndex: 2,
                }}
              >
                {dayHeading.format(asDate(date))}
              </div>
            ))}
            <div style={{ position: 'relative', height: 24 * HOUR_PX }}>
              {Array.from({ length: 24 }, (_, hour) => (
                <div key={hour} style={{ position: 'absolute', top: hour * HOUR_PX - 6, right: 4, fontSize: 10, color: 'var(--theme-elevation-500)' }}>
                  {hour ? `${String(hour).padStart(2, '0')}:00` : ''}
                </div>
              ))}
            </div>
            {dates.map((date) => (
              <div
                key={date}
                data-date={date}
                style={{
                  position: 'relative',
                  height: 24 * HOUR_PX,
                  borderLeft: '1px solid var(--theme-elevation-150)',
                  backgroundImage: `repeating-linear-gradient(to bottom, transparent 0, transparent ${HOUR_PX - 1}px, var(--theme-elevation-100) ${HOUR_PX - 1}px, var(--theme-elevation-100) ${HOUR_PX}px)`,
                }}
              >
                {(placed.get(date) ?? []).map(renderBlock)}
              </div>
            ))}
          </div>
        </div>
      ) : (
        <div role="grid" style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', border: '1px solid var(--theme-elevation-150)' }}>
          {weekdayNames.map((name) => (
            <div key={name} role="columnheader" style={{ padding: 4, fontSize: 12, textAlign: 'center', fontWeight: 600 }}>
              {name}
            </div>
          ))}
          {monthWeeks(anchor)
            .flat()
            .map((date) => {
              const segments = placed.get(date) ?? []
              const inMonth = date.slice(0, 7) === anchor.slice(0, 7)
              const visible = segments.slice(0, 5)
              return (
                <div
                  key={date}
                  role="gridcell"
                  data-date={date}
                  style={{
                    minHeight: 110,
                    padding: 4,
                    borderTop: '1px solid var(--theme-elevation-150)',
                    borderLeft: '1px solid var(--theme-elevation-150)',
                    opacity: inMonth ? 1 : 0.5,
                  }}
                >
                  <button
                    type="button"
                    onClick={() => {
                      setAnchor(date)
                      setView(phone ? 'day' : 'week')
                    }}
                    style={{
                      border: 0,
                      background: date === today ? 'var(--theme-elevation-800)' : 'transparent',
                      color: date === today ? 'var(--theme-bg)' : 'inherit',
                      borderRadius: 10,
                      padding: '0 6px',
                      cursor: 'pointer',
                      fontSize: 12,
                    }}
                    aria-label={new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'full' }).format(asDate(date))}
                  >
                    {Number(date.slice(8))}
                  </button>
                  {visible.map(({ item }) => {
                    const colour = colourFor(item.hostKey, hostKeys)
                    return (
                      <a
                        key={`${item.id}@${date}`}
                        href={item.href}
                        title={describe(item)}
                        data-kind={item.kind}
                        data-testid="calendar-item"
                        style={{
                          display: 'block',
                          fontSize: 11,
                          marginTop: 2,
                          padding: '1px 4px',
                          borderRadius: 3,
                          whiteSpace: 'nowrap',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                          textDecoration: item.cancelled ? 'line-through' : 'none',
                          ...(item.kind === 'availability' ? { background: `${colour}1f`, color: 'inherit' } : { background: colour, color: '#fff' }),
                        }}
                      >
                        {time.format(item.start)} {item.kind === 'availability' ? text.available : item.title}
                        {item.kind === 'event' ? ` (${item.detail?.split(' ')[0]})` : ''}
                      </a>
                    )
                  })}
                  {segments.length > visible.length && <span style={{ fontSize: 11 }}>{text.more(segments.length - visible.length)}</span>}
                </div>
              )
            })}
        </div>
      )}
    </div>
  )
}
