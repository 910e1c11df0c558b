/**
 * The owner's home (the admin's first screen): plugins contribute cards to it through the contract's
 * `homeCards`, a server function asked once per site the reader reaches. The core home view renders them
 * under the site's own card (name, address, edit, preview, publish state). See README "Writing a plugin" §7.
 */
import type { PayloadRequest } from 'payload'

import type { ID, SiteRole } from '../access'

/** One line of a card: a booking, a testimonial, a subscriber. Texts are in the reader's language. */
export type HomeItem = {
  /** What it is: "Anna Nowak · Sesja coachingowa". Never a raw id or slug. */
  text: string
  /** When (an ISO string or a Date): the home writes it in the reader's language ("dziś, 14:00", "3 grudnia 2026, 9:30"). */
  at?: string | Date
  /** Only the day matters (a subscription): the home writes the date without the time. */
  dateOnly?: boolean
  /** A second, quieter line: "czeka na moderację", "3 z 8 miejsc". */
  detail?: string
  /** An admin path the item opens (`/admin/collections/bookings/12`). */
  link?: string
}

export type HomeCard = {
  /** Stable and unique within the plugin: the card's React key and its `data-home-card` attribute (`bookings-today`). */
  key: string
  /** The card's heading, in the reader's language. */
  title: string
  /** The headline number, if the card has one (today's bookings, testimonials waiting). */
  count?: number
  /** What `count` counts, in the right plural form for it ("rezerwacje dziś", "czekają na moderację"). */
  countLabel?: string
  /** The latest or next few, at most five or so; the card links to the full list. */
  items: HomeItem[]
  /** Said when `items` is empty ("Brak rezerwacji na dziś"). */
  empty?: string
  /** Buttons under the card: the plugin's view or list for this site ("Kalendarz" → `/admin/calendar`). */
  links?: { label: string; href: string }[]
  /** The zone `at` is written in (the site's booking zone); default Europe/Warsaw. */
  timeZone?: string
}

export type HomeSite = { id: ID; name: string; identifier: string }

export type HomeCardsArgs = {
  /**
   * The reader's request (`req.user` is set). Read with `overrideAccess: false, req` (or `user: req.user`): a host
   * sees their own bookings only, a viewer no subscribers; the cards show what the reader may read, nothing more.
   */
  req: PayloadRequest
  /** One site the reader reaches (their own or as a team member). */
  site: HomeSite
  /** The reader's role on it: skip a card the role has no use for (`roleIn(role, 'audience')`). */
  role: SiteRole
  lang: 'pl' | 'en'
  /** The moment the home is rendered (tests pass their own through the loader). */
  now: Date
}

/** A plugin's cards for one site; an empty array shows none. A loader that throws is logged and its cards left out. */
export type HomeCardsLoader = (args: HomeCardsArgs) => Promise<HomeCard[]>
