/**
 * Big events on the owner's home (the contract's `homeCards`): the site's upcoming published events with their
 * seats taken of all, and, for whoever manages the content (owner, admin, editor: those who may read
 * registrations), the newest registrations with their event and status. Each links to the event's "Uczestnicy"
 * tab; a host or viewer (who may read events but not the attendee list) sees the events card only, linking to the
 * event itself. A site that has never had an event gets no cards. Read with the reader's access.
 */
import type { HomeCard, HomeCardsLoader } from '@platform'
import { relationId, roleIn } from '@platform'
import { polishPlural } from '@platform/format'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { statusText } from './attendees'
import { seatsText } from './texts'

const SHOWN = 5
const RECENT_DAYS = 7

const TEXTS = {
  pl: {
    events: 'Najbliższe wydarzenia',
    eventsCount: (count: number) => polishPlural(count, { one: 'nadchodzące wydarzenie', few: 'nadchodzące wydarzenia', many: 'nadchodzących wydarzeń' }),
    noEvents: 'Nie ma zaplanowanych wydarzeń.',
    seats: (taken: number, total: number) => `Zajęte miejsca: ${seatsText(taken, total, 'pl')}`,
    allEvents: 'Wszystkie wydarzenia',
    registrations: 'Nowe zapisy',
    registrationsCount: (count: number) => `${polishPlural(count, { one: 'zapis', few: 'zapisy', many: 'zapisów' })} w ostatnich ${RECENT_DAYS} dniach`,
    noRegistrations: 'Nikt jeszcze się nie zapisał.',
    allRegistrations: 'Wszystkie zapisy',
  },
  en: {
    events: 'Upcoming events',
    eventsCount: (count: number) => (count === 1 ? 'upcoming event' : 'upcoming events'),
    noEvents: 'No events planned.',
    seats: (taken: number, total: number) => `Seats taken: ${seatsText(taken, total, 'en')}`,
    allEvents: 'All events',
    registrations: 'New registrations',
    registrationsCount: (count: number) => `${count === 1 ? 'registration' : 'registrations'} in the last ${RECENT_DAYS} days`,
    noRegistrations: 'Nobody has registered yet.',
    allRegistrations: 'All registrations',
  },
}

const attendeesPath = (eventId: unknown) => `/admin/collections/${BIG_EVENTS}/${eventId}/attendees`

export const bigEventsHomeCards: HomeCardsLoader = async ({ req, site, role, lang, now }) => {
  const text = TEXTS[lang]
  const onSite = { site: { equals: site.id } }
  const everHad = await req.payload.count({ collection: BIG_EVENTS, where: onSite, overrideAccess: false, req })
  if (!everHad.totalDocs) return []
  const manages = roleIn(role, 'content')
  const upcoming = await req.payload.find({
    collection: BIG_EVENTS,
    where: { and: [onSite, { status: { equals: 'published' } }, { startDate: { greater_than: now.toISOString() } }] },
    sort: 'startDate',
    limit: SHOWN,
    depth: 0,
    select: { title: true, startDate: true, timeZone: true, maxParticipants: true, currentParticipants: true },
    overrideAccess: false,
    req,
  })
  const cards: HomeCard[] = [
    {
      key: 'events',
      title: text.events,
      count: upcoming.totalDocs,
      countLabel: text.eventsCount(upcoming.totalDocs),
      items: upcoming.docs.map((event) => ({
        text: event.title,
        at: event.startDate,
        detail: text.seats(event.currentParticipants ?? 0, event.maxParticipants),
        link: manages ? attendeesPath(event.id) : `/admin/collections/${BIG_EVENTS}/${event.id}`,
      })),
      empty: text.noEvents,
      links: [{ label: text.allEvents, href: `/admin/collections/${BIG_EVENTS}` }],
      timeZone: upcoming.docs[0]?.timeZone || undefined,
    },
  ]
  if (!manages) return cards
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 3_600_000).toISOString()
  const [recent, newest] = await Promise.all([
    req.payload.count({ collection: REGISTRATIONS, where: { and: [onSite, { createdAt: { greater_than: since } }] }, overrideAccess: false, req }),
    req.payload.find({
      collection: REGISTRATIONS,
      where: onSite,
      sort: '-createdAt',
      limit: SHOWN,
      depth: 1,
      select: { name: true, event: true, status: true, createdAt: true },
      populate: { [BIG_EVENTS]: { title: true } },
      overrideAccess: false,
      req,
    }),
  ])
  cards.push({
    key: 'registrations',
    title: text.registrations,
    count: recent.totalDocs,
    countLabel: text.registrationsCount(recent.totalDocs),
    items: newest.docs.map((registration) => {
      const event = typeof registration.event === 'object' ? registration.event : undefined
      return {
        text: [registration.name, event?.title].filter(Boolean).join(' · '),
        at: registration.createdAt,
        // As the other cards write a state: in lower case (`potwierdzona`, `czeka na płatność`).
        detail: statusText(registration.status, lang).toLocaleLowerCase(lang),
        link: attendeesPath(relationId(registration.event)),
      }
    }),
    empty: text.noRegistrations,
    links: [{ label: text.allRegistrations, href: `/admin/collections/${REGISTRATIONS}` }],
  })
  return cards
}
