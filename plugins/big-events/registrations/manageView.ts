/**
 * What the visitor's manage page shows (pure): the registration's status in words, the event's facts, the pay
 * button and the hold's end while a seat is held, the cancel button before the cutoff (or why not), and the
 * meeting link once a seat in an online event is confirmed. Polish or English by the registration's language.
 */
import { beforeCutoff, cutoffDeadline } from '@platform'
import type { Lang } from '@platform/format'
import { eventPlace, eventWhen, eventZone, type EventFacts } from '../lib/facts'
import type { RegistrationStatus } from '../slugs'
import { momentText } from './texts'

export type ManageInput = {
  lang: Lang
  now: Date
  siteName: string
  siteUrl: string
  registration: { status: RegistrationStatus; name: string; amount?: number | null; holdExpiresAt?: string | null; cancelReason?: string | null }
  event: EventFacts & { id: number | string; title: string; status: string; onlineUrl?: string | null; cancelCutoffHours?: number | null }
  /** The pay link while the seat is held and the payment still open. */
  payUrl?: string
  cancelPath: string
  /**
   * The payer is back from P24 (`?from=p24` in the return address), this is the page's n-th look (1…): P24's
   * notification may come a few seconds after the payer, so the page says it is checking and looks again
   * (up to PAYMENT_CHECKS times) instead of asking to pay at once. Changes only the words, never the state.
   */
  paymentCheck?: number
}

/** How many times the page looks again after P24 sends the payer back, and how many seconds apart. */
export const PAYMENT_CHECKS = 6
export const PAYMENT_CHECK_SECONDS = 3

const TEXTS = {
  pl: {
    heading: 'Twój zapis',
    when: 'Kiedy',
    where: 'Gdzie',
    status: 'Status',
    statuses: {
      confirmed: 'Potwierdzony – do zobaczenia!',
      pending_payment: 'Miejsce czeka na Twoją płatność',
      waitlisted: 'Na liście rezerwowej – napiszemy, gdy zwolni się miejsce',
      cancelled: 'Anulowany',
      refunded: 'Anulowany, pieniądze zwrócone',
    } satisfies Record<RegistrationStatus, string>,
    eventCancelled: 'Organizator odwołał to wydarzenie.',
    holdUntil: (until: string) => `Rezerwujemy dla Ciebie miejsce do ${until}. Zapłać, aby potwierdzić udział.`,
    pay: 'Zapłać i potwierdź udział',
    meeting: 'Link do spotkania online',
    cancel: 'Zrezygnuj z udziału',
    cancelWaitlist: 'Zrezygnuj z listy rezerwowej',
    confirmQuestion: 'Na pewno zrezygnować? Twoje miejsce dostanie ktoś inny.',
    confirmYes: 'Tak, rezygnuję',
    confirmNo: 'Nie, zostaję',
    cancelUntil: (until: string) => `Zrezygnować możesz online do ${until}.`,
    cutoffPassed: 'Termin rezygnacji online minął. Aby zrezygnować teraz, odpowiedz na wiadomość z potwierdzeniem i napisz do organizatora.',
    started: 'To wydarzenie już się rozpoczęło lub odbyło.',
    network: 'Brak połączenia. Spróbuj ponownie.',
    back: (site: string) => `Wróć na stronę „${site}”`,
    checkingStatus: 'Sprawdzamy płatność',
    checking: 'Dziękujemy! Czekamy na potwierdzenie płatności z Przelewy24 – zwykle trwa to kilka sekund. Strona odświeży się sama.',
    notYetPaid: 'Płatność nie jest jeszcze potwierdzona. Jeśli się udała, potwierdzenie przyjdzie e-mailem. Jeśli nie, zapłać ponownie poniżej.',
    notFound: 'Nie znaleźliśmy tego zapisu. Link może być niepełny: skopiuj cały adres z wiadomości e-mail.',
  },
  en: {
    heading: 'Your registration',
    when: 'When',
    where: 'Where',
    status: 'Status',
    statuses: {
      confirmed: 'Confirmed – see you there!',
      pending_payment: 'Your seat is waiting for your payment',
      waitlisted: 'On the waiting list – we will write when a seat frees up',
      cancelled: 'Cancelled',
      refunded: 'Cancelled, money refunded',
    } satisfies Record<RegistrationStatus, string>,
    eventCancelled: 'The organiser has cancelled this event.',
    holdUntil: (until: string) => `Your seat is held until ${until}. Pay to confirm it.`,
    pay: 'Pay and confirm your place',
    meeting: 'Link to the online meeting',
    cancel: 'Cancel my registration',
    cancelWaitlist: 'Leave the waiting list',
    confirmQuestion: 'Cancel for sure? Your seat will go to someone else.',
    confirmYes: 'Yes, cancel',
    confirmNo: 'No, keep it',
    cancelUntil: (until: string) => `You can cancel online until ${until}.`,
    cutoffPassed: 'Online cancellation has closed. To withdraw now, reply to your confirmation email to write to the organiser.',
    started: 'This event has already started or taken place.',
    network: 'No connection. Please try again.',
    back: (site: string) => `Back to ${site}`,
    checkingStatus: 'Checking your payment',
    checking: 'Thank you! We are waiting for Przelewy24 to confirm your payment – this usually takes a few seconds. This page refreshes by itself.',
    notYetPaid: 'Your payment is not confirmed yet. If it went through, the confirmation will come by email. If not, pay again below.',
    notFound: 'We could not find this registration. The link may be incomplete: copy the whole address from the email.',
  },
} as const

export const manageTexts = (lang: Lang) => TEXTS[lang]

export type ManageView = ReturnType<typeof manageView>

export const manageView = ({ lang, now, siteName, siteUrl, registration, event, payUrl, cancelPath, paymentCheck }: ManageInput) => {
  const texts = TEXTS[lang]
  const zone = eventZone(event)
  const start = Date.parse(event.startDate)
  const cutoffHours = event.cancelCutoffHours ?? 24
  const live = registration.status === 'confirmed' || registration.status === 'pending_payment' || registration.status === 'waitlisted'
  const started = start <= now.getTime()
  const open = live && !started && event.status !== 'cancelled'
  const canCancel = open && beforeCutoff({ start, now: now.getTime(), cutoffHours })
  const held = registration.status === 'pending_payment' && Boolean(payUrl) && open
  const backFromPayment = held && paymentCheck !== undefined
  const checking = backFromPayment && paymentCheck! < PAYMENT_CHECKS
  return {
    lang,
    siteName,
    siteUrl,
    back: texts.back(siteName),
    heading: texts.heading,
    title: event.title,
    rows: [
      { label: texts.when, value: eventWhen(event, lang) },
      { label: texts.where, value: eventPlace(event, lang) },
      { label: texts.status, value: checking ? texts.checkingStatus : texts.statuses[registration.status] },
    ],
    notice: event.status === 'cancelled' ? texts.eventCancelled : started && live ? texts.started : backFromPayment && !checking ? texts.notYetPaid : undefined,
    /** Back from P24, the notification not in yet: say so and look again (`next` is the following look's number). */
    checking: checking ? { text: texts.checking, next: paymentCheck! + 1, seconds: PAYMENT_CHECK_SECONDS } : undefined,
    hold: held && !checking ? { text: texts.holdUntil(momentText(registration.holdExpiresAt!, lang, zone)), payUrl: payUrl!, label: texts.pay } : undefined,
    meeting:
      registration.status === 'confirmed' && event.locationKind === 'online' && event.onlineUrl && open
        ? { label: texts.meeting, url: event.onlineUrl }
        : undefined,
    cancel: canCancel
      ? {
          path: cancelPath,
          label: registration.status === 'waitlisted' ? texts.cancelWaitlist : texts.cancel,
          until: texts.cancelUntil(momentText(cutoffDeadline({ start, cutoffHours }), lang, zone)),
          question: texts.confirmQuestion,
          yes: texts.confirmYes,
          no: texts.confirmNo,
          network: texts.network,
        }
      : undefined,
    cutoffPassed: open && !canCancel ? texts.cutoffPassed : undefined,
  }
}
