/**
 * The booking plugin's public-site section: it replaces the core stand-in for
 * `booking` sections (heading + intro) with the server markup of
 * BookingSection, into which bookingWidget.client.ts mounts the widget
 * (the renderer bundles `clientEntry` and calls its `mount`).
 */
import path from 'node:path'

import type { PlatformSection, SectionProps } from '@platform'
import { projectRoot, tx } from '@platform'

import { BookingSection } from './BookingSection'

export const BOOKING_WIDGET_ENTRY = path.join(projectRoot, 'plugins', 'booking', 'sections', 'bookingWidget.client.ts')

/** Weeks the day picker shows: a whole number 1–8 (the config schema's range), anything else the widget's default. */
const weeksOf = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8 ? value : undefined)

/**
 * The section config (`{ heading: {pl,en}, intro?: {pl,en}, weeks?: 1–8, consentText?: {pl,en} }`,
 * see the core `booking` schema in sectionRegistry.ts) in the page's language, handed to BookingSection.
 */
export function BookingSectionRenderer({ section, locale, site }: SectionProps) {
  const { heading, intro, weeks, consentText } = section as { heading?: unknown; intro?: unknown; weeks?: unknown; consentText?: unknown }
  return (
    <BookingSection
      config={{ heading: tx(heading, locale), intro: tx(intro, locale), weeks: weeksOf(weeks), consentText: tx(consentText, locale) || undefined }}
      context={{ identifier: site.identifier, locale }}
    />
  )
}

export const bookingSections: PlatformSection[] = [{ type: 'booking', Component: BookingSectionRenderer, clientEntry: BOOKING_WIDGET_ENTRY }]
