/**
 * Pure parts of the public booking widget (no DOM): the texts in Polish and
 * English, slots grouped by calendar day in the visitor's zone, the day
 * window shown, time and date formatting, and what a booking response means.
 */
import { formatMoney, polishPlural } from '@platform/format'

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
  serviceId?: string
  title?: string
  seatsLeft?: number
  host?: string
  hostKey?: string
}

/** A choice as GET /api/public/sites/:identifier/booking returns it: a service, the classes, or plain 1:1 sessions. */
export type PublicChoice = { id: string; kind: 'one_on_one' | 'group'; title: string; description?: string; duration?: number; price?: number }

/** What the service list says under a title: `30 min · 150,00 zł`. */
export const choiceDetails = (choice: PublicChoice, locale: WidgetLocale): string =>
  [choice.duration ? TEXTS[locale].minutes(choice.duration) : undefined, choice.price ? formatMoney(choice.price, locale) : undefined]
    .filter(Boolean)
    .join(' · ')

/** A day button's accessible name: `wtorek, 1 grudnia 2026 – 7 wolnych terminów`. */
export const dayLabel = (date: string, count: number, locale: WidgetLocale): string =>
  `${formatDate(date, locale)} – ${count ? TEXTS[locale].freeTimes(count) : TEXTS[locale].noFreeTimes}`

export const TEXTS = {
  en: {
    chooseService: 'Choose a service',
    changeService: 'Change the service',
    minutes: (count: number) => `${count} min`,
    chooseDay: 'Choose a day',
    chooseTime: 'Choose a time',
    previousWeeks: 'Earlier dates',
    nextWeeks: 'Later dates',
    noSlotsDay: 'No free times on this day.',
    noSlotsRange: 'No free times in these weeks. Try later dates.',
    noServices: 'Online booking is not open yet. Please contact us directly.',
    loading: 'Loading free times…',
    freeTimes: (count: number) => (count === 1 ? '1 free time' : `${count} free times`),
    noFreeTimes: 'no free times',
    timeZone: 'Time zone',
    timesIn: (zone: string) => `Times in ${zone}.`,
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
    addToCalendar: 'Add to your calendar',
    google: 'Google Calendar',
    outlook: 'Outlook',
    ics: 'Calendar file (.ics)',
    manage: 'Cancel or move this booking',
    another: 'Book another time',
    taken: 'Someone has just taken this time. Please pick another.',
    tooMany: 'Too many bookings from your network. Please try again later.',
    failed: 'The booking could not be made. Please try again.',
    loadFailed: 'Free times could not be loaded. Please try again.',
    retry: 'Try again',
    fixFields: (fields: string[]) => `Please correct: ${fields.join(', ')}.`,
    nameMissing: 'Name: enter your name.',
    emailMissing: 'Email: enter your email address.',
    emailInvalid: 'Email: enter a valid address, e.g. jan@example.com.',
    consentMissing: 'Consent: tick the box to agree to the processing of your data.',
    consentLabel: 'Consent',
    session: 'Session',
  },
  pl: {
    chooseService: 'Wybierz usługę',
    changeService: 'Zmień usługę',
    minutes: (count: number) => `${count} min`,
    chooseDay: 'Wybierz dzień',
    chooseTime: 'Wybierz godzinę',
    previousWeeks: 'Wcześniejsze terminy',
    nextWeeks: 'Późniejsze terminy',
    noSlotsDay: 'Brak wolnych terminów w tym dniu.',
    noSlotsRange: 'Brak wolnych terminów w tych tygodniach. Sprawdź późniejsze.',
    noServices: 'Rezerwacje online nie są jeszcze otwarte. Skontaktuj się z nami bezpośrednio.',
    loading: 'Wczytywanie wolnych terminów…',
    freeTimes: (count: number) => `${count} ${polishPlural(count, { one: 'wolny termin', few: 'wolne terminy', many: 'wolnych terminów' })}`,
    noFreeTimes: 'brak wolnych terminów',
    timeZone: 'Strefa czasowa',
    timesIn: (zone: string) => `Godziny w strefie: ${zone}.`,
    seatsLeft: (count: number) =>
      `${polishPlural(count, { one: 'Zostało', few: 'Zostały', many: 'Zostało' })} ${count} ${polishPlural(count, { one: 'miejsce', few: 'miejsca', many: 'miejsc' })}`,
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
    addToCalendar: 'Dodaj do kalendarza',
    google: 'Kalendarz Google',
    outlook: 'Outlook',
    ics: 'Plik kalendarza (.ics)',
    manage: 'Odwołaj lub przenieś rezerwację',
    another: 'Zarezerwuj kolejny termin',
    taken: 'Ktoś właśnie zajął ten termin. Wybierz inny.',
    tooMany: 'Zbyt wiele rezerwacji z Twojej sieci. Spróbuj ponownie później.',
    failed: 'Nie udało się zarezerwować. Spróbuj ponownie.',
    loadFailed: 'Nie udało się wczytać wolnych terminów. Spróbuj ponownie.',
    retry: 'Spróbuj ponownie',
    fixFields: (fields: string[]) => `Popraw: ${fields.join(', ')}.`,
    nameMissing: 'Imię i nazwisko: wpisz swoje imię i nazwisko.',
    emailMissing: 'E-mail: wpisz swój adres e-mail.',
    emailInvalid: 'E-mail: wpisz prawidłowy adres, np. jan@example.com.',
    consentMissing: 'Zgoda: zaznacz pole, aby zgodzić się na przetwarzanie danych.',
    consentLabel: 'Zgoda',
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
  | { kind: 'confirmed'; title?: string; start: string; end: string; manageUrl?: string; calendarUrl?: string }
  | { kind: 'taken' | 'invalid' | 'limited' | 'failed'; message: string; field?: FormField }

export type FormField = 'name' | 'email' | 'consent'

/** What the bookings endpoint's answer means for the visitor. */
export const interpretBookingResponse = (status: number, body: unknown, texts: WidgetTexts): BookingOutcome => {
  const data = (body ?? {}) as {
    booking?: { title?: string; start?: string; end?: string }
    manageUrl?: string
    calendarUrl?: string
    errors?: { message?: string; field?: string }[]
  }
  if (status === 201 && data.booking?.start && data.booking.end) {
    return {
      kind: 'confirmed',
      title: data.booking.title,
      start: data.booking.start,
      end: data.booking.end,
      manageUrl: data.manageUrl,
      calendarUrl: data.calendarUrl,
    }
  }
  if (status === 409) return { kind: 'taken', message: texts.taken }
  if (status === 429) return { kind: 'limited', message: data.errors?.[0]?.message || texts.tooMany }
  const error = data.errors?.[0]
  if (status === 400 && error?.message) {
    const field = error.field === 'name' || error.field === 'email' ? error.field : undefined
    return { kind: 'invalid', message: error.message, ...(field ? { field } : {}) }
  }
  return { kind: 'failed', message: texts.failed }
}

/** The request body for a chosen slot. */
export const bookingBody = (
  slot: PublicSlot,
  form: { name: string; email: string; notes?: string },
  { zone, locale }: { zone: string; locale: WidgetLocale },
): Record<string, unknown> => ({
  ...(slot.blockId !== undefined ? { blockId: slot.blockId, ...(slot.serviceId ? { serviceId: slot.serviceId } : {}) } : { eventId: slot.eventId }),
  start: slot.start,
  name: form.name.trim(),
  email: form.email.trim(),
  ...(form.notes?.trim() ? { notes: form.notes.trim() } : {}),
  tz: zone,
  locale,
})

/** What is wrong with the form, field by field (in the order of the form), in the visitor's language. */
export const formErrors = (form: { name: string; email: string; consent: boolean }, texts: WidgetTexts): Partial<Record<FormField, string>> => {
  const errors: Partial<Record<FormField, string>> = {}
  if (!form.name.trim()) errors.name = texts.nameMissing
  const email = form.email.trim()
  if (!email) errors.email = texts.emailMissing
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = texts.emailInvalid
  if (!form.consent) errors.consent = texts.consentMissing
  return errors
}

/** `20261201T090000Z`: the compact UTC form calendar links take. */
const compactUtc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/** Add-to-calendar links for a booking: Google Calendar's and Outlook's "new event" pages, pre-filled. */
export const calendarLinks = ({ title, start, end, details }: { title: string; start: string; end: string; details?: string }) => {
  const google = new URLSearchParams({ action: 'TEMPLATE', text: title, dates: `${compactUtc(start)}/${compactUtc(end)}`, ...(details ? { details } : {}) })
  const outlook = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: title,
    startdt: new Date(start).toISOString(),
    enddt: new Date(end).toISOString(),
    ...(details ? { body: details } : {}),
  })
  return {
    google: `https://calendar.google.com/calendar/render?${google}`,
    outlook: `https://outlook.live.com/calendar/0/deeplink/compose?${outlook}`,
  }
}

/** The zones the switcher offers: the visitor's and the site's first, then every zone the browser knows. */
export const zoneOptions = (visitor: string, site: string, known: readonly string[]): string[] => [...new Set([visitor, site, ...known])]
