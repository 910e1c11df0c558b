/**
 * The manage page's pure parts: what the visitor may still do with their
 * booking, its texts in Polish and English, and the slots to move to grouped
 * by day in the visitor's zone.
 */
import { formatWhen, type WhenLocale } from '../lib/formatWhen'

/** GET /api/public/bookings/:token → `booking`. */
export type ManagedBooking = {
  id: number | string
  status: 'confirmed' | 'cancelled'
  site: string
  siteName: string
  title: string
  kind: 'one_on_one' | 'group'
  start: string
  end: string
  timeZone: string
  changeableUntil: string
  host?: string
  /** The host's key, when the host is shown: the move offers this host's times unless the visitor picks any host. */
  hostKey?: string
  /** The booked service: the move keeps it (its length). */
  serviceId?: string
  locale: WhenLocale
  cancelCutoffHours: number
}

/** The site the booking belongs to, for the page's header and links (from the manage page's server part). */
export type ManageSite = { name: string; homeUrl: string; bookAgainUrl: string }

/** The slots query for a move: the booking's service, and its host unless the visitor chose any host. */
export const moveQuery = (booking: Pick<ManagedBooking, 'hostKey' | 'serviceId'>, anyHost: boolean): Record<string, string> => ({
  ...(booking.serviceId ? { service: booking.serviceId } : {}),
  ...(booking.hostKey && !anyHost ? { host: booking.hostKey } : {}),
})

/** One entry of GET /api/public/sites/:identifier/slots → `slots`. */
export type OfferedSlot = {
  kind: 'one_on_one' | 'group'
  start: string
  end: string
  blockId?: string
  eventId?: string | number
  title?: string
  host?: string
  seatsLeft?: number
}

export type ChangeState = 'open' | 'closed' | 'past' | 'cancelled'

export const changeState = (booking: Pick<ManagedBooking, 'status' | 'start' | 'changeableUntil'>, now: number): ChangeState => {
  if (booking.status === 'cancelled') return 'cancelled'
  if (Date.parse(booking.start) <= now) return 'past'
  return now <= Date.parse(booking.changeableUntil) ? 'open' : 'closed'
}

/** Slots the booking may move to (same kind, not its own time), grouped by the day in `zone`, days in order. */
export const slotsByDay = (slots: readonly OfferedSlot[], booking: Pick<ManagedBooking, 'kind' | 'start'>, zone: string, locale: WhenLocale) => {
  const days = new Map<string, OfferedSlot[]>()
  for (const slot of slots) {
    if (slot.kind !== booking.kind || slot.start === booking.start) continue
    const day = formatWhen(slot.start, slot.end, zone, locale).date
    days.set(day, [...(days.get(day) ?? []), slot])
  }
  return [...days.entries()].map(([day, daySlots]) => ({ day, slots: daySlots }))
}

/**
 * The last moment for online changes as the sentence about it needs it: `7 grudnia 2026, 16:00` in Polish (no
 * weekday: after "do" it would need its genitive, "do poniedziałku"), `Monday, 7 December 2026, 16:00` in English.
 */
export const formatDeadline = (at: string, zone: string, locale: WhenLocale): string => {
  const tag = locale === 'en' ? 'en-GB' : 'pl-PL'
  const date = new Date(at)
  const day = new Intl.DateTimeFormat(tag, { timeZone: zone, ...(locale === 'en' ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', year: 'numeric' })
  const time = new Intl.DateTimeFormat(tag, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return `${day.format(date)}, ${time.format(date)}`
}

/** The body the reschedule endpoint expects for a chosen slot. */
export const rescheduleBody = (slot: OfferedSlot): Record<string, unknown> =>
  slot.kind === 'group' ? { eventId: slot.eventId } : { start: slot.start, blockId: slot.blockId }

const TEXTS = {
  en: {
    title: 'Your booking',
    loading: 'Loading your booking…',
    notFound: 'We could not find this booking. The link may be incomplete: copy the whole address from the email.',
    network: 'No connection. Please try again.',
    what: 'What',
    when: 'When',
    with: 'With',
    where: 'Booked with',
    timeZoneNote: (zone: string) => `Times are shown in your time zone: ${zone}.`,
    status: { confirmed: 'Confirmed', cancelled: 'Cancelled' },
    cancel: 'Cancel the booking',
    cancelConfirm: 'Yes, cancel it',
    keep: 'No, keep it',
    cancelQuestion: 'Cancel this booking? The time will be released for others.',
    cancelled: 'The booking is cancelled. We have emailed you a confirmation and a calendar update.',
    change: 'Pick another time',
    hideChange: 'Keep this time',
    noSlots: 'No free times in these dates.',
    later: 'Show later dates',
    moveTo: (when: string) => `Move to ${when}`,
    moved: 'Done: the booking is moved. A new calendar invitation is on its way by email.',
    seatsLeft: (count: number) => `${count} ${count === 1 ? 'seat' : 'seats'} left`,
    openUntil: (when: string, hours: number) => `You can change or cancel online until ${when} (${hours} hours before the start).`,
    closed: (hours: number) =>
      `Online changes closed ${hours} hours before the start. To cancel or move now, reply to your confirmation email to write to the host directly.`,
    past: 'This booking has already started or taken place.',
    alreadyCancelled: 'This booking is cancelled.',
    confirmMove: (when: string) => `Move your booking to ${when}?`,
    moveConfirm: 'Yes, move it',
    moveBack: 'No, go back',
    hostLabel: 'Host',
    sameHost: (name: string) => `${name} (as booked)`,
    anyHost: 'Any host',
    bookAgain: 'Book again',
    backTo: (site: string) => `Back to ${site}`,
  },
  pl: {
    title: 'Twoja rezerwacja',
    loading: 'Wczytujemy rezerwację…',
    notFound: 'Nie znaleźliśmy tej rezerwacji. Link może być niepełny: skopiuj cały adres z wiadomości e-mail.',
    network: 'Brak połączenia. Spróbuj ponownie.',
    what: 'Co',
    when: 'Kiedy',
    with: 'Prowadzi',
    where: 'Rezerwacja w',
    timeZoneNote: (zone: string) => `Godziny w Twojej strefie czasowej: ${zone}.`,
    status: { confirmed: 'Potwierdzona', cancelled: 'Odwołana' },
    cancel: 'Odwołaj rezerwację',
    cancelConfirm: 'Tak, odwołaj',
    keep: 'Nie, zostaw',
    cancelQuestion: 'Odwołać tę rezerwację? Termin zwolni się dla innych.',
    cancelled: 'Rezerwacja odwołana. Wysłaliśmy Ci potwierdzenie i aktualizację kalendarza.',
    change: 'Wybierz inny termin',
    hideChange: 'Zostaw ten termin',
    noSlots: 'Brak wolnych terminów w tych dniach.',
    later: 'Pokaż późniejsze dni',
    moveTo: (when: string) => `Przenieś na termin: ${when}`,
    moved: 'Gotowe: termin zmieniony. Nowe zaproszenie do kalendarza wysłaliśmy e-mailem.',
    seatsLeft: (count: number) => `wolne miejsca: ${count}`,
    openUntil: (when: string, hours: number) => `Termin możesz zmienić lub odwołać online do ${when} (${hours} godz. przed rozpoczęciem).`,
    closed: (hours: number) =>
      `Zmiany online są możliwe najpóźniej ${hours} godz. przed rozpoczęciem. Aby teraz odwołać lub przenieść termin, odpowiedz na e-mail z potwierdzeniem i napisz bezpośrednio do prowadzącego.`,
    past: 'Ta rezerwacja już się rozpoczęła lub odbyła.',
    alreadyCancelled: 'Ta rezerwacja jest odwołana.',
    // The weekday stays in the nominative after the colon ("na środa" would be wrong).
    confirmMove: (when: string) => `Przenieść rezerwację na nowy termin: ${when}?`,
    moveConfirm: 'Tak, przenieś',
    moveBack: 'Nie, wróć',
    hostLabel: 'Prowadzący',
    sameHost: (name: string) => `${name} (jak dotąd)`,
    anyHost: 'Dowolny prowadzący',
    bookAgain: 'Zarezerwuj ponownie',
    backTo: (site: string) => `Wróć na stronę „${site}”`,
  },
} as const

export type ManageTexts = (typeof TEXTS)['en'] | (typeof TEXTS)['pl']

export const manageTexts = (locale: WhenLocale): ManageTexts => TEXTS[locale === 'en' ? 'en' : 'pl']
