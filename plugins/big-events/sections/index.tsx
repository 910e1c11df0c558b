/**
 * The `bigEvents` section type for public sites: the site's upcoming published events as cards (EventCards.tsx),
 * loaded on the server. Its schema: a heading and optional intro (PL/EN) and how many events to show. The cached
 * page is dropped when an event or a registration of the site changes (seats left), and re-rendered at least
 * every minute (events start and early-bird prices end as time passes). With no upcoming event the section
 * is left out of the page.
 */
import { z } from 'zod'

import type { SectionLoadArgs, SectionProps } from '@platform'
import { defineSection, localizedText, sectionSchema, siteImages, tx } from '@platform'
import { langOf } from '@platform/format'
import { upcomingEvents } from '../public/findEvents'
import { imageIdOf } from '../public/publicEvent'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { EventCards, type EventsData } from './EventCards'

export const BIG_EVENTS_SECTION = 'bigEvents'
/** How many events a section shows when its config does not say. */
export const DEFAULT_EVENTS_LIMIT = 6

export const bigEventsSectionSchema = sectionSchema({
  heading: localizedText,
  intro: localizedText.optional(),
  limit: z.number().int().min(1).max(24).optional(),
})
export type BigEventsSectionProps = z.infer<typeof bigEventsSectionSchema>

export const loadEventsSection = async ({
  payload,
  site,
  props,
  now = new Date(),
}: Pick<SectionLoadArgs<BigEventsSectionProps>, 'payload' | 'site' | 'props'> & { now?: Date }): Promise<EventsData> => {
  const events = await upcomingEvents(payload, site.id, { now, limit: props.limit ?? DEFAULT_EVENTS_LIMIT })
  const ids = [...new Set(events.map((event) => imageIdOf(event.image)).filter((id): id is string => Boolean(id)))]
  const images = await siteImages(payload, site.id, ids)
  return { events, images: Object.fromEntries(images), now: now.toISOString() }
}

export function BigEventsSectionRenderer({ section, locale, headingLevel, pagePath, data }: SectionProps<BigEventsSectionProps, EventsData>) {
  if (!data?.events.length) return null
  return (
    <EventCards
      heading={tx(section.heading, locale)}
      intro={tx(section.intro, locale) || undefined}
      data={data}
      lang={langOf(locale)}
      Heading={headingLevel}
      eventPath={(slug) => pagePath(`events/${slug}`)}
    />
  )
}

export const bigEventsSection = defineSection({
  type: BIG_EVENTS_SECTION,
  schema: bigEventsSectionSchema,
  label: { en: 'Workshops and retreats', pl: 'Warsztaty i wyjazdy' },
  load: loadEventsSection,
  // Seats left change with registrations; events start and early-bird prices end as time passes.
  cache: { invalidatedBy: [BIG_EVENTS, REGISTRATIONS], maxAgeSeconds: 60 },
  // No upcoming published event: the section is left out, and the site editor says why.
  emptyReason: ({ data }) =>
    data?.events.length ? undefined : { pl: 'nie ma zaplanowanych opublikowanych wydarzeń', en: 'there are no upcoming published events' },
  Component: BigEventsSectionRenderer,
})

export const bigEventsSections = [bigEventsSection]
