/**
 * The booking plugin's public-site section: the `booking` type (its schema
 * and label) and its server markup, BookingSection, into which
 * bookingWidget.client.ts mounts the widget (the renderer bundles
 * `clientEntry` and calls its `mount`). The widget reads slots live, so the
 * section loads nothing on the server.
 */
import path from 'node:path'
import { z } from 'zod'

import type { SectionProps } from '@platform'
import { defineSection, localizedText, projectRoot, sectionSchema, tx } from '@platform'

import { BookingSection } from './BookingSection'

export const BOOKING_WIDGET_ENTRY = path.join(projectRoot, 'plugins', 'booking', 'sections', 'bookingWidget.client.ts')

/** What a saved booking section holds: the widget's heading and intro, the weeks its day picker shows at a time and the consent sentence. */
export const bookingSectionSchema = sectionSchema({
  heading: localizedText,
  intro: localizedText.optional(),
  weeks: z.number().int().min(1).max(8).optional(),
  consentText: localizedText.optional(),
})
export type BookingSectionProps = z.infer<typeof bookingSectionSchema>

/** Weeks the day picker shows: a whole number 1–8 (the schema's range), anything else the widget's default. */
const weeksOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8 ? value : undefined)

/** The section config in the page's language, handed to BookingSection. */
export function BookingSectionRenderer({ section, locale, site, headingLevel }: SectionProps<BookingSectionProps>) {
  const { heading, intro, weeks, consentText } = section
  return (
    <BookingSection
      config={{ heading: tx(heading, locale), intro: tx(intro, locale), weeks: weeksOf(weeks), consentText: tx(consentText, locale) || undefined }}
      context={{ identifier: site.identifier, locale, headingLevel }}
    />
  )
}

export const bookingSection = defineSection({
  type: 'booking',
  schema: bookingSectionSchema,
  label: { en: 'Booking', pl: 'Rezerwacje' },
  Component: BookingSectionRenderer,
  clientEntry: BOOKING_WIDGET_ENTRY,
})

export const bookingSections = [bookingSection]
