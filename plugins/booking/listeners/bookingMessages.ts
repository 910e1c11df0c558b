/**
 * Reactions to `booking.created`, `booking.rescheduled` and `booking.cancelled`:
 * the visitor's email and the host's email + in-app notification, as separate
 * listeners so each is retried on its own (a failing host address never holds
 * up the visitor's confirmation).
 */
import type { EventListener, PlatformEvents } from '@platform'

import { loadBookingContext } from '../notifications/context'
import { queueVisitorEmail, sendHostMessages, type BookingChange } from '../notifications/messages'

type BookingEvent = `booking.${BookingChange}`

const previousOf = (data: PlatformEvents[BookingEvent]) =>
  'previousStart' in data && data.previousStart ? { start: data.previousStart, end: data.previousEnd } : undefined

const listener = <Name extends BookingEvent>(event: Name, change: BookingChange, who: 'visitor' | 'host'): EventListener<Name> => ({
  event,
  name: `booking.${who}-${change}`,
  handler: async (data, { payload }) => {
    if (who === 'visitor') {
      // Made when sent, from the booking as it is then (its link included): the queue keeps only ids.
      const previous = previousOf(data)
      await queueVisitorEmail(
        { payload },
        { bookingId: data.bookingId, change, ...(previous ? { previousStart: previous.start, previousEnd: previous.end } : {}) },
      )
      return
    }
    const context = await loadBookingContext(payload, data.bookingId)
    // A booking deleted meanwhile: nothing to tell anyone.
    if (!context) return
    // The booking as it is now (times and SEQUENCE from the database, not the event's data): when two
    // changes come quickly, the later calendar entry never carries an older time than an earlier one.
    await sendHostMessages(payload, context, change, previousOf(data))
  },
})

export const bookingMessageListeners = [
  listener('booking.created', 'created', 'visitor'),
  listener('booking.created', 'created', 'host'),
  listener('booking.rescheduled', 'rescheduled', 'visitor'),
  listener('booking.rescheduled', 'rescheduled', 'host'),
  listener('booking.cancelled', 'cancelled', 'visitor'),
  listener('booking.cancelled', 'cancelled', 'host'),
]
