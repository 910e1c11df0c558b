/**
 * The booking plugin: events, availability, bookings, attended sessions and
 * per-site booking settings; the slot engine (lib/) and the public booking
 * API (endpoints/). Emits `booking.created`, `booking.cancelled`,
 * `booking.rescheduled` and `booking.session-attended` (see events.ts).
 */
import './events'

import path from 'node:path'

import { definePlatformPlugin, projectRoot } from '@platform'
import { bookingHomeCards } from './admin/homeCards'
import { AttendedSessions } from './collections/attendedSessions'
import { AvailabilityBlocks } from './collections/availabilityBlocks'
import { Bookings } from './collections/bookings'
import { BookingSettings } from './collections/bookingSettings'
import { Events } from './collections/events'
import { Services } from './collections/services'
import { createBookingEndpoint } from './endpoints/createBooking'
import { bookingChoicesEndpoint, listDaysEndpoint, listSlotsEndpoint } from './endpoints/listSlots'
import { bookingCalendarEndpoint, cancelBookingEndpoint, getBookingEndpoint, rescheduleBookingEndpoint } from './endpoints/manageBooking'
import { weeklyHoursEndpoints } from './endpoints/weeklyHours'
import { recordAttendedSessionsJob } from './jobs/recordAttendedSessions'
import { sendRemindersJob } from './jobs/sendReminders'
import { bookingMessageListeners } from './listeners/bookingMessages'
import { visitorEmailComposer } from './notifications/messages'
import { managePage } from './manage/ManagePage'
import { seedBookingDemo } from './seed/demo'
import { bookingSampleData } from './templates/sampleData'
import { bookingSections } from './sections'
import type { BookingPluginOptions } from './types'
import { BOOKING_EMAILS } from './notifications/customizableEmails'

export const bookingPlugin = definePlatformPlugin<BookingPluginOptions>('booking', (options) => ({
  collections: [Services, Events, AvailabilityBlocks, Bookings, AttendedSessions, BookingSettings],
  endpoints: [
    bookingChoicesEndpoint,
    listDaysEndpoint,
    listSlotsEndpoint,
    createBookingEndpoint,
    bookingCalendarEndpoint,
    getBookingEndpoint,
    cancelBookingEndpoint,
    rescheduleBookingEndpoint,
    // The owner's weekly-hours editor (admin/WeeklyHoursClient.tsx).
    ...weeklyHoursEndpoints,
  ],
  // Confirmation, change and cancellation emails (visitor + host, with the calendar file) and the host's notification.
  listeners: bookingMessageListeners,
  jobs: [recordAttendedSessionsJob(), sendRemindersJob({ every: options.reminderCheckEvery ?? '5 minutes' })],
  emailTemplatesDir: path.join(projectRoot, 'plugins', 'booking', 'templates', 'emails'),
  // The visitor's and host's emails an owner may word their own way (their Emails screen).
  customizableEmails: [BOOKING_EMAILS],
  emailSampleData: bookingSampleData,
  emailComposers: [visitorEmailComposer],
  // The visitor's page from the emails: see, move or cancel a booking.
  pages: [managePage],
  // Anna's availability (and Ewa's, an editor who may host) and a group workshop in the demo.
  seed: seedBookingDemo,
  // The booking widget on public sites (replaces the core heading-only stand-in).
  // Until the site is first published its slots and bookings answer nothing: its draft preview says so instead.
  sections: bookingSections.map((section) => ({
    ...section,
    afterPublishing: { pl: 'Rezerwacje będą dostępne po publikacji', en: 'Bookings will be available once the site is published' },
  })),
  // Today's bookings and the next seven days on the owner's home, with the calendar link.
  homeCards: bookingHomeCards,
  admin: {
    views: {
      bookingCalendar: { Component: '/plugins/booking/admin/BookingViews#CalendarView', path: '/calendar' },
      bookingWorkingHours: { Component: '/plugins/booking/admin/BookingViews#WorkingHoursView', path: '/working-hours' },
      bookingHours: { Component: '/plugins/booking/admin/BookingViews#HoursView', path: '/hours' },
    },
    afterNavLinks: ['/plugins/booking/admin/BookingNavLinks#BookingNavLinks'],
  },
}))
