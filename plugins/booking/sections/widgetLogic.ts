/**
 * Pure parts of the public booking widget (no DOM): the texts in Polish and
 * English, slots grouped by calendar day in the visitor's zone, the day
 * window shown, time and date formatting, and what a booking response means.
 */
import { addDays, mondayOf } from '../lib/calendarGrid'
import { dateInZone } from '../lib/wallClock'

export type WidgetLocale = 'pl' | 'en'

/** A slot as GET /api/public/sites/:identifier/slots returns it. */
export type PublicSlot = {
  kind: 'one_on_one' | 'group'
  start: string
  end: string
  blockId?: string
  eventId?: string
  title?: string
  seatsLeft?: number
  host?: string
}

export const TEXTS = {
  en: {
    chooseDay: 'Choose a day',
    chooseTime: 'Choose a time',
    previousWeeks: 'Earlier dates',
    nextWeeks: 'Later dates',
    noSlotsDay: 'No free times on this day.',
    noSlotsRange: 'No free times in these weeks. Try later dates.',
    loading: 'Loading free times…',
    timesIn: (zone: string) => `Times in your time zone (${zone}).`,
    seatsLeft: (count: number) => (count === 1 ? '1 seat left' : `${count} seats left`),
    with: (host: string) => `with ${host}`,
    yourDetails: 'Your details',
    name: 'Name',
    email: 'Email',
    notes: 'Notes (optional)',
    consent: 'I agree to the processing of my data to handle this booking.',
    book: 'Book',
    booking: 'Booking…',
    back: 'Change the time',
    confirmedTitle: 'Booked!',
    confirmedText: (what: string, when: string) => `${what}, ${when}. We have sent you a confirmation email.`,
    manage: 'Cancel or move this booking',
    another: 'Book another time',
    taken: 'Someone has just taken this time. Please pick another.',
    tooMany: 'Too many bookings from your network. Please try again later.',
    failed: 'The booking could not be made. Please try again.',
    invalid: (detail: string) => `Please check your details: ${detail}`,
    loadFailed: 'Free times could not be loaded. Please try again.',
    retry: 'Try again',
    required: 'Please fill in your name and email and accept the terms.',
    session: 'Session',
  },
  pl: {
    chooseDay: 'Wybierz dzień',
    chooseTime: 'Wybierz godzinę',
    previousWeeks: 'Wcześniejsze terminy',
    nextWeeks: 'Późniejsze terminy',
    noSlotsDay: 'Brak wolnych terminów w tym dniu.',
    noSlotsRange: 'Brak wolnych terminów w tych tygodniach. Sprawdź późniejsze.',
    loading: 'Wczytywanie wolnych terminów…',
    timesIn: (zone: string) => `Godziny w Twojej strefie czasowej (${zone}).`,
    seatsLeft: (count: number) => `Wolne miejsca: ${count}`,
    with: (host: string) => `prowadzi ${host}`,
    yourDetails: 'Twoje dane',
    name: 'Imię i nazwisko',
    email: 'E-mail',
    notes: 'Uwagi (opcjonalnie)',
    consent: 'Zgadzam się na przetwarzanie moich danych w celu obsługi rezerwacji.',
    book: 'Rezerwuję',
    booking: 'Rezerwowanie…',
    back: 'Zmień termin',
    confirmedTitle: 'Zarezerwowano!',
    confirmedText: (what: string, when: string) => `${what}, ${when}. Wysłaliśmy potwierdzenie e-mailem.`,
    manage: 'Odwołaj lub przenieś rezerwację',
    another: 'Zarezerwuj kolejny termin',
    taken: 'Ktoś właśnie zajął ten termin. Wybierz inny.',
    tooMany: 'Zbyt wiele rezerwacji z Twojej sieci. Spróbuj później.',
    failed: 'Nie udało się zarezerwować. Spróbuj ponownie.',
    invalid: (detail: string) => `Sprawdź wpisane dane: ${detail}`,
    loadFailed: 'Nie udało się wczytać wolnych terminów. Spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
    required: 'Podaj imię i nazwisko, e-mail i zaakceptuj zgodę.',
    session: 'Spotkanie',
  },
} as const

export type WidgetTexts = (typeof TEXTS)[WidgetLocale]

export const widgetLocale = (value: unknown): WidgetLocale => (typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'pl')

const intlLocale = (locale: WidgetLocale) => (locale === 'pl' ? 'pl-PL' : 'en-GB')

/** Slots by calendar date (`YYYY-MM-DD`) in `zone`, each day's slots by start time. */
export const groupSlotsByDay = (slots: readonly PublicSlot[], zone: string): Map<string, PublicSlot[]> => {
  const days = new Map<string, PublicSlot[]>()
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  for (const slot of sorted) {
    const date = dateInZone(Date.parse(slot.start), zone)
    const list = days.get(date)
    if (list) list.push(slot)
    else days.set(date, [slot])
  }
  return days
}

/**
 * The days a window shows: `weeks` whole Monday-first weeks starting with the
 * week of `firstDate`; `from`/`to` are the instants to ask slots for (the
 * window's bounds, never before `now`).
 */
export const dayWindow = (firstDate: string, weeks: number): string[] => {
  const monday = mondayOf(firstDate)
  return Array.from({ length: weeks * 7 }, (_, index) => addDays(monday, index))
}

/** A short time of day in the zone: `09:00` (both languages use 24 h). */
export const formatTime = (iso: string, zone: string, locale: WidgetLocale): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso))

/** Short weekday names, Monday first: `pon.`…`niedz.` / `Mon`…`Sun`. */
export const weekdayNames = (locale: WidgetLocale): string[] =>
  dayWindow('2026-11-23', 1).map((date) =>
    new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', weekday: 'short' }).format(new Date(`${date}T12:00:00Z`)),
  )

/** A calendar date in words: `wtorek, 1 grudnia 2026` / `Tuesday 1 December 2026`. */
export const formatDate = (date: string, locale: WidgetLocale): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`),
  )

/** The month(s) a window covers, as its heading: `grudzień 2026` or `November – December 2026`. */
export const formatWindow = (dates: readonly string[], locale: WidgetLocale): string => {
  const month = (date: string, withYear: boolean) =>
    new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', month: 'long', ...(withYear ? { year: 'numeric' } : {}) }).format(
      new Date(`${date}T12:00:00Z`),
    )
  const first = dates[0]
  const last = dates[dates.length - 1]
  if (first.slice(0, 7) === last.slice(0, 7)) return month(first, true)
  return `${month(first, first.slice(0, 4) !== last.slice(0, 4))} – ${month(last, true)}`
}

/** When a booking takes place, for the confirmation: `wtorek, 1 grudnia 2026, 09:00–10:00`. */
export const formatWhen = (start: string, end: string, zone: string, locale: WidgetLocale): string =>
  `${formatDate(dateInZone(Date.parse(start), zone), locale)}, ${formatTime(start, zone, locale)}–${formatTime(end, zone, locale)}`

export type BookingOutcome =
  { kind: 'confirmed'; title?: string; start: string; end: string; manageUrl?: string } | { kind: 'taken' | 'invalid' | 'limited' | 'failed'; message: string }

/** What the bookings endpoint's answer means for the visitor. */
export const interpretBookingResponse = (status: number, body: unknown, texts: WidgetTexts): BookingOutcome => {
  const data = (body ?? {}) as { booking?: { title?: string; start?: string; end?: string }; manageUrl?: string; errors?: { message?: string }[] }
  if (status === 201 && data.booking?.start && data.booking.end) {
    return { kind: 'confirmed', title: data.booking.title, start: data.booking.start, end: data.booking.end, manageUrl: data.manageUrl }
  }
  if (status === 409) return { kind: 'taken', message: texts.taken }
  if (status === 429) return { kind: 'limited', message: texts.tooMany }
  if (status === 400) return { kind: 'invalid', message: data.errors?.[0]?.message ? texts.invalid(data.errors[0].message) : texts.failed }
  return { kind: 'failed', message: texts.failed }
}

/** The request body for a chosen slot. */
export const bookingBody = (
  slot: PublicSlot,
  form: { name: string; email: string; notes?: string },
  { zone, locale }: { zone: string; locale: WidgetLocale },
): Record<string, unknown> => ({
  ...(slot.blockId !== undefined ? { blockId: slot.blockId } : { eventId: slot.eventId }),
  start: slot.start,
  name: form.name.trim(),
  email: form.email.trim(),
  ...(form.notes?.trim() ? { notes: form.notes.trim() } : {}),
  tz: zone,
  locale,
})
