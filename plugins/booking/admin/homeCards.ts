/**
 * The booking plugin's cards on the owner's home: today's bookings (a count and the list) and the next seven
 * days, with links to the calendar and the bookings list. Read with the reader's access: a host sees the bookings
 * of their own events only. Times are written in the site's booking zone.
 */
import type { Where } from 'payload'

import type { HomeCard, HomeCardsLoader, HomeItem } from '@platform'
import { startOfDay } from '@platform'
import { formatNumber, polishPlural } from '@platform/format'
import { BOOKING_SETTINGS, BOOKINGS } from '../slugs'

const DEFAULT_ZONE = 'Europe/Warsaw'
const UPCOMING_DAYS = 7
const SHOWN = 6

const TEXTS = {
  pl: {
    today: 'Dziś',
    upcoming: 'Najbliższe 7 dni',
    noneToday: 'Na dziś nie ma rezerwacji.',
    noneUpcoming: 'W najbliższych dniach nie ma rezerwacji.',
    calendar: 'Kalendarz',
    hours: 'Godziny pracy',
    all: 'Wszystkie rezerwacje',
    todayCount: (count: number) => polishPlural(count, { one: 'rezerwacja dziś', few: 'rezerwacje dziś', many: 'rezerwacji dziś' }),
    upcomingCount: (count: number) => polishPlural(count, { one: 'rezerwacja', few: 'rezerwacje', many: 'rezerwacji' }),
    seats: (count: number) => `${formatNumber(count, 'pl')} ${polishPlural(count, { one: 'osoba', few: 'osoby', many: 'osób' })} w tym terminie`,
  },
  en: {
    today: 'Today',
    upcoming: 'Next 7 days',
    noneToday: 'No bookings today.',
    noneUpcoming: 'No bookings in the coming days.',
    calendar: 'Calendar',
    hours: 'Working hours',
    all: 'All bookings',
    todayCount: (count: number) => (count === 1 ? 'booking today' : 'bookings today'),
    upcomingCount: (count: number) => (count === 1 ? 'booking' : 'bookings'),
    seats: (count: number) => `${formatNumber(count, 'en')} ${count === 1 ? 'person' : 'people'} at this time`,
  },
}

type Row = {
  id: number | string
  guestName?: string | null
  event?: { id: number | string; title?: string | null; startTime?: string | null } | number | string | null
}

export const bookingHomeCards: HomeCardsLoader = async ({ req, site, lang, now }) => {
  const text = TEXTS[lang]
  const settings = await req.payload.find({
    collection: BOOKING_SETTINGS,
    where: { site: { equals: site.id } },
    limit: 1,
    depth: 0,
    select: { timeZone: true },
    overrideAccess: false,
    req,
  })
  const timeZone = settings.docs[0]?.timeZone || DEFAULT_ZONE
  const [today, tomorrow, horizon] = [0, 1, 1 + UPCOMING_DAYS].map((days) => startOfDay(now, timeZone, days).toISOString())
  const between = (from: string, to: string): Where => ({
    and: [
      { site: { equals: site.id } },
      { status: { equals: 'confirmed' } },
      { 'event.startTime': { greater_than_equal: from } },
      { 'event.startTime': { less_than: to } },
    ],
  })
  const find = (from: string, to: string) =>
    req.payload.find({
      collection: BOOKINGS,
      where: between(from, to),
      depth: 1,
      limit: 100,
      select: { guestName: true, event: true },
      populate: { events: { title: true, startTime: true } },
      overrideAccess: false,
      req,
    })
  const [todays, upcoming] = await Promise.all([find(today, tomorrow), find(tomorrow, horizon)])

  // Several bookings of one group event are one line with the head count.
  const items = (rows: Row[]): HomeItem[] => {
    const byEvent = new Map<string, { row: Row; count: number }>()
    for (const row of rows) {
      const event = typeof row.event === 'object' && row.event ? row.event : undefined
      if (!event?.startTime) continue
      const key = String(event.id)
      const seen = byEvent.get(key)
      if (seen) seen.count += 1
      else byEvent.set(key, { row, count: 1 })
    }
    return [...byEvent.values()]
      .sort((a, b) => Date.parse(eventOf(a.row).startTime!) - Date.parse(eventOf(b.row).startTime!))
      .slice(0, SHOWN)
      .map(({ row, count }) => {
        const event = eventOf(row)
        return count > 1
          ? { text: event.title ?? '', at: event.startTime!, detail: text.seats(count), link: `/admin/collections/events/${event.id}` }
          : { text: [row.guestName, event.title].filter(Boolean).join(' · '), at: event.startTime!, link: `/admin/collections/bookings/${row.id}` }
      })
  }
  const links = [
    // Each for this card's site: the calendar opens on it, the list shows its bookings (the admin's current site).
    { label: text.calendar, href: `/admin/calendar?site=${encodeURIComponent(String(site.id))}` },
    { label: text.hours, href: `/admin/working-hours?site=${encodeURIComponent(String(site.id))}` },
    { label: text.all, href: `/admin/collections/bookings?site=${encodeURIComponent(String(site.id))}` },
  ]
  const cards: HomeCard[] = [
    {
      key: 'today',
      title: text.today,
      count: todays.totalDocs,
      countLabel: text.todayCount(todays.totalDocs),
      items: items(todays.docs as Row[]),
      empty: text.noneToday,
      links,
      timeZone,
    },
    {
      key: 'upcoming',
      title: text.upcoming,
      count: upcoming.totalDocs,
      countLabel: text.upcomingCount(upcoming.totalDocs),
      items: items(upcoming.docs as Row[]),
      empty: text.noneUpcoming,
      timeZone,
    },
  ]
  return cards
}

const eventOf = (row: Row) => row.event as { id: number | string; title?: string | null; startTime?: string | null }
