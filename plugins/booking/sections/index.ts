/**
 * The booking plugin's public-site sections, in the shape of the (pending)
 * section contract: `{ type, Component, clientEntry }`. The lead wires
 * `bookingSections` into the plugin's contribution once that contract lands.
 */
import path from 'node:path'

import { projectRoot } from '../../../src/platform/env'
import { BookingSection } from './BookingSection'

export const BOOKING_WIDGET_ENTRY = path.join(projectRoot, 'plugins', 'booking', 'sections', 'bookingWidget.client.ts')

export const bookingSections = [
  {
    type: 'booking',
    Component: BookingSection,
    clientEntry: BOOKING_WIDGET_ENTRY,
  },
] as const
