/** What the registration endpoints answer a visitor, in Polish and English (pure). */
import { formatDateTime, formatNumber, polishPlural, type Lang } from '@platform/format'

const REQUEST = {
  pl: {
    notObject: 'Wyślij dane zapisu jako obiekt JSON.',
    malformed: 'Nie udało się odczytać danych zapisu (niepoprawny JSON).',
    nameMissing: 'Podaj imię i nazwisko.',
    nameTooLong: 'Imię i nazwisko może mieć najwyżej 200 znaków.',
    emailInvalid: 'Podaj poprawny adres e-mail.',
    localeInvalid: 'Język może być tylko „pl” albo „en”.',
    answersNotObject: 'Odpowiedzi wyślij jako obiekt: identyfikator pytania i odpowiedź.',
    answerType: 'Odpowiedź musi być tekstem albo zaznaczeniem.',
    unknownQuestion: 'Tego pytania nie ma w formularzu zapisu.',
    required: (label: string) => `Odpowiedz na pytanie „${label}”.`,
    mustTick: (label: string) => `Zaznacz pole „${label}”.`,
    checkboxType: (label: string) => `Pole „${label}” można tylko zaznaczyć albo zostawić puste.`,
    textType: (label: string) => `Odpowiedź na pytanie „${label}” musi być tekstem.`,
    tooLong: (label: string, max: number) => `Odpowiedź na pytanie „${label}” może mieć najwyżej ${formatNumber(max, 'pl')} znaków.`,
    notAnOption: (label: string) => `Wybierz jedną z podanych odpowiedzi na pytanie „${label}”.`,
  },
  en: {
    notObject: 'Send the registration as a JSON object.',
    malformed: 'The registration could not be read (malformed JSON).',
    nameMissing: 'Enter your name.',
    nameTooLong: 'The name may be at most 200 characters long.',
    emailInvalid: 'Enter a valid email address.',
    localeInvalid: 'The language may only be "pl" or "en".',
    answersNotObject: 'Send the answers as an object of question ids and answers.',
    answerType: 'An answer must be text or a tick.',
    unknownQuestion: 'The registration form does not ask this question.',
    required: (label: string) => `Answer the question "${label}".`,
    mustTick: (label: string) => `Tick "${label}".`,
    checkboxType: (label: string) => `"${label}" can only be ticked or left empty.`,
    textType: (label: string) => `The answer to "${label}" must be text.`,
    tooLong: (label: string, max: number) => `The answer to "${label}" may be at most ${formatNumber(max, 'en')} characters long.`,
    notAnOption: (label: string) => `Choose one of the given answers to "${label}".`,
  },
} as const

export const requestTexts = (lang: Lang) => REQUEST[lang]

const hours = (count: number, lang: Lang) =>
  lang === 'pl' ? `${count} ${polishPlural(count, { one: 'godzinę', few: 'godziny', many: 'godzin' })}` : `${count} ${count === 1 ? 'hour' : 'hours'}`

const ANSWERS = {
  pl: {
    eventNotFound: 'Nie znaleźliśmy tego wydarzenia albo zapisy na nie są zamknięte.',
    started: 'To wydarzenie już się rozpoczęło albo odbyło: zapisy są zamknięte.',
    cancelled: 'To wydarzenie zostało odwołane: zapisy są zamknięte.',
    alreadyRegistered: 'Ten adres e-mail jest już zapisany na to wydarzenie. Sprawdź skrzynkę: wysłaliśmy tam link do zarządzania zapisem.',
    tooMany: 'Za dużo zapisów z Twojej sieci. Spróbuj ponownie później.',
    confirmed: 'Gotowe! Jesteś na liście uczestników. Potwierdzenie z plikiem kalendarza wysłaliśmy e-mailem.',
    held: (until: string) => `Rezerwujemy dla Ciebie miejsce do ${until}. Zapłać, aby potwierdzić udział.`,
    waitlisted: 'Wszystkie miejsca są zajęte: jesteś na liście rezerwowej. Napiszemy, gdy zwolni się miejsce.',
    registrationNotFound: 'Nie znaleźliśmy tego zapisu. Link może być niepełny: skopiuj cały adres z wiadomości e-mail.',
    alreadyCancelled: 'Ten zapis jest już anulowany.',
    notCancellable: 'Tego zapisu nie można już anulować.',
    cutoff: (count: number) =>
      `Zapis można anulować online najpóźniej ${hours(count, 'pl')} przed rozpoczęciem. Aby zrezygnować teraz, odpowiedz na wiadomość z potwierdzeniem i napisz do organizatora.`,
    cancelledNow: 'Zapis anulowany. Wysłaliśmy Ci potwierdzenie e-mailem.',
    cancelledRefund: 'Zapis anulowany. Zwrot pieniędzy jest w drodze; napiszemy, gdy dotrze.',
  },
  en: {
    eventNotFound: 'We could not find this event, or it does not take registrations.',
    started: 'This event has already started or taken place: registration is closed.',
    cancelled: 'This event has been cancelled: registration is closed.',
    alreadyRegistered: 'This email address is already registered for this event. Check your inbox: we sent the link to manage your registration there.',
    tooMany: 'Too many registrations from your network. Please try again later.',
    confirmed: 'Done! You are on the list of participants. We have emailed you a confirmation with a calendar file.',
    held: (until: string) => `Your seat is held until ${until}. Pay to confirm it.`,
    waitlisted: 'Every seat is taken: you are on the waiting list. We will write when a seat frees up.',
    registrationNotFound: 'We could not find this registration. The link may be incomplete: copy the whole address from the email.',
    alreadyCancelled: 'This registration is already cancelled.',
    notCancellable: 'This registration can no longer be cancelled.',
    cutoff: (count: number) =>
      `Registrations can be cancelled online up to ${hours(count, 'en')} before the start. To withdraw now, reply to your confirmation email to write to the organiser.`,
    cancelledNow: 'Your registration is cancelled. We have emailed you a confirmation.',
    cancelledRefund: 'Your registration is cancelled. Your refund is on its way; we will write when it arrives.',
  },
} as const

export const answerTexts = (lang: Lang) => ANSWERS[lang]

/** `30 listopada 2026, 14:45` in the event's zone. */
export const momentText = (value: Date | string, lang: Lang, timeZone: string) => formatDateTime(value, lang, timeZone)
