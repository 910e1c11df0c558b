/**
 * The public booking endpoints' error messages in the caller's language
 * (requestLocale: the admin's language cookie, then Accept-Language; Polish by
 * default), and the form field a message is about, so the widget can show it
 * beside that field.
 */
import type { PayloadRequest } from 'payload'

import { requestLocale } from '@platform'

const FIELD_NAMES_PL: Record<string, string> = {
  from: '„od”',
  to: '„do”',
  tz: 'strefa czasowa',
  start: 'godzina rozpoczęcia',
  blockId: 'termin',
  eventId: 'zajęcia',
  email: 'e-mail',
  name: 'imię i nazwisko',
  notes: 'uwagi',
  locale: 'język',
  service: 'usługa',
  host: 'prowadzący',
}

/** Polish for each English message (with its variable parts as `(\d+)`). */
const PL: [RegExp, (...parts: string[]) => string][] = [
  [/^Site not found\.$/, () => 'Nie znaleziono strony.'],
  [/^Booking not found\.$/, () => 'Nie znaleziono rezerwacji.'],
  [/^No such service on this site\.$/, () => 'Ta strona nie ma takiej usługi.'],
  [/^Too many bookings from your network\. Please try again later\.$/, () => 'Zbyt wiele rezerwacji z Twojej sieci. Spróbuj ponownie później.'],
  [
    /^"(from|to|start)" must be an ISO date-time with a zone/,
    (field) => `Pole ${FIELD_NAMES_PL[field]}: podaj datę i godzinę ISO ze strefą, np. 2026-03-30T07:00:00Z.`,
  ],
  [/^"to" must be after "from"\.$/, () => 'Koniec zakresu musi być po jego początku.'],
  [/^Ask for at most (\d+) days at a time\.$/, (days) => `Zapytaj naraz najwyżej o ${days} dni.`],
  [/^"tz" must be an IANA time zone/, () => 'Strefa czasowa musi być nazwą IANA, np. Europe/Warsaw.'],
  [/^"blockId" and "eventId" must be ids\.$/, () => 'Wybrany termin jest nieprawidłowy. Wybierz go ponownie.'],
  [/^Send either "blockId"/, () => 'Wybierz termin spotkania albo zajęcia.'],
  [/^"email" must be an email address\.$/, () => 'Pole e-mail: podaj prawidłowy adres e-mail, np. jan@example.com.'],
  [/^"name" is required/, () => 'Pole imię i nazwisko jest wymagane (najwyżej 200 znaków).'],
  [/^"notes" must be text/, () => 'Pole uwagi może mieć najwyżej 2000 znaków.'],
  [/^"locale" must be/, () => 'Język musi być „pl” albo „en”.'],
  [/^"host" must name a host/, () => 'Nieprawidłowy prowadzący.'],
  [/^"service" must name a service/, () => 'Ta strona nie ma takiej usługi.'],
  [/^This time is no longer available/, () => 'Ten termin jest już zajęty. Wybierz inny.'],
  [/^No such availability on this site\.$/, () => 'Ta strona nie ma takiego terminu.'],
  [/^No such class on this site\.$/, () => 'Ta strona nie ma takich zajęć.'],
  [/^This class has moved/, () => 'Te zajęcia zostały przeniesione. Wybierz je ponownie.'],
  [/^This class is full\.$/, () => 'Na tych zajęciach nie ma już wolnych miejsc.'],
  [/^This class can no longer be booked online\.$/, () => 'Tych zajęć nie można już zarezerwować online.'],
  [/^You have already booked (this|that) class\.$/, () => 'Masz już rezerwację na te zajęcia.'],
  [/^You are already booked in this class\.$/, () => 'Masz już rezerwację na te zajęcia.'],
  [/^This booking is already cancelled\.$/, () => 'Ta rezerwacja jest już odwołana.'],
  [
    /^Bookings can be changed online only up to (\d+) hours before the start/,
    (hours) => `Rezerwację można zmienić online najpóźniej ${hours} godz. przed rozpoczęciem. Skontaktuj się bezpośrednio z prowadzącym.`,
  ],
  [/^Choose a new time/, () => 'Wybierz nowy termin.'],
  [/^Choose another class/, () => 'Wybierz inne zajęcia.'],
  [/^This service is not offered at this time/, () => 'Ta usługa nie jest dostępna w tym terminie. Wybierz inny.'],
]

/** The message in the caller's language (English as written, Polish from the table; an unknown one stays English). */
export const localizeMessage = (req: Pick<PayloadRequest, 'headers' | 'user' | 'payload'>, message: string): string => {
  if (requestLocale(req) !== 'pl') return message
  for (const [pattern, polish] of PL) {
    const match = pattern.exec(message)
    if (match) return polish(...match.slice(1))
  }
  return message
}

/** The request field a message names (`"email" must be…` → `email`). */
export const messageField = (message: string): string | undefined => /^"(\w+)"/.exec(message)?.[1]

/** The platform's error answer, in the caller's language, with the field it is about when there is one. */
export const publicError = (
  req: Pick<PayloadRequest, 'headers' | 'user' | 'payload'>,
  message: string,
  status: number,
  headers: Record<string, string> = {},
): Response => {
  const field = messageField(message)
  return Response.json({ errors: [{ message: localizeMessage(req, message), ...(field ? { field } : {}) }] }, { status, headers })
}
