/**
 * The owner's admin texts for big events, Polish and English (pure: the browser components import it too). A
 * component picks its language from the admin's (`useTranslation().i18n.language`, `req.i18n.language`).
 */
import { polishPlural, type Lang } from '@platform/format'

const pl = {
  questionsHelp: 'Pytania, które zobaczy osoba zapisująca się na wydarzenie. Imię, nazwisko i e-mail są zawsze w formularzu.',
  noQuestions: 'Formularz nie ma jeszcze dodatkowych pytań.',
  addQuestion: 'Dodaj pytanie',
  question: 'Pytanie',
  labelPl: 'Treść po polsku',
  labelEn: 'Treść po angielsku',
  type: 'Rodzaj odpowiedzi',
  typeText: 'Krótki tekst',
  typeTextarea: 'Dłuższy tekst',
  typeSelect: 'Wybór z listy',
  typeCheckbox: 'Pole do zaznaczenia (tak/nie)',
  required: 'Odpowiedź wymagana',
  options: 'Opcje do wyboru',
  option: 'Opcja',
  addOption: 'Dodaj opcję',
  moveUp: 'Przesuń wyżej',
  moveDown: 'Przesuń niżej',
  remove: 'Usuń',
  removeQuestionConfirm: 'Usunąć to pytanie? Odpowiedzi już zapisanych osób na nie przestaną być widoczne.',
  noLabel: 'Wpisz treść pytania (po polsku lub po angielsku).',
  noOptions: 'Dodaj co najmniej jedną opcję.',
  emptyOption: 'Każda opcja potrzebuje nazwy.',
  limitReached: 'To już największa liczba pytań.',
  // Actions
  actionsTitle: 'Publikacja',
  statusDraft: 'Szkic – widzisz go tylko Ty i Twój zespół.',
  statusPublished: 'Opublikowane – odwiedzający widzą je i mogą się zapisać.',
  statusCancelled: 'Odwołane – uczestników powiadomiono, opłacone miejsca zwrócono.',
  publish: 'Opublikuj',
  unpublish: 'Cofnij publikację',
  cancelEvent: 'Odwołaj wydarzenie',
  cancelTitle: 'Odwołać wydarzenie?',
  cancelExplain:
    'Wszystkie zapisy zostaną anulowane. Każdy uczestnik (także z listy rezerwowej) dostanie e-mail z informacją o odwołaniu, a osoby, które zapłaciły, otrzymają zwrot pieniędzy przez Przelewy24. Tego nie można cofnąć.',
  cancelConfirm: 'Tak, odwołaj i powiadom uczestników',
  keep: 'Nie, zostaw',
  saveFirst: 'Zapisz wydarzenie, aby móc je opublikować.',
  // Attendees
  attendeesTab: 'Uczestnicy',
  attendees: 'Uczestnicy',
  confirmed: 'Potwierdzeni',
  held: 'Oczekujący na płatność',
  waitlisted: 'Lista rezerwowa',
  checkedIn: 'Obecni',
  name: 'Imię i nazwisko',
  email: 'E-mail',
  status: 'Status',
  paid: 'Zapłacono',
  answers: 'Odpowiedzi',
  presence: 'Obecność',
  present: 'Na miejscu',
  noAttendees: 'Nikt jeszcze się nie zapisał.',
  downloadCsv: 'Pobierz listę (CSV)',
  writeMessage: 'Napisz do uczestników',
  subject: 'Temat',
  body: 'Treść wiadomości',
  includeHeld: 'Także do osób, które jeszcze nie zapłaciły',
  includeWaitlisted: 'Także do osób z listy rezerwowej',
  send: 'Wyślij',
  sending: 'Wysyłanie…',
  failed: 'Nie udało się. Spróbuj ponownie.',
  readOnly: 'Podgląd tylko do odczytu.',
  noAccess: 'Listę uczestników widzą właściciel, administratorzy i redaktorzy strony.',
  saveEventFirst: 'Zapisz wydarzenie, aby zobaczyć uczestników.',
}

const en: typeof pl = {
  questionsHelp: 'Questions people see when they register. Name and email are always on the form.',
  noQuestions: 'The form has no extra questions yet.',
  addQuestion: 'Add a question',
  question: 'Question',
  labelPl: 'Text in Polish',
  labelEn: 'Text in English',
  type: 'Kind of answer',
  typeText: 'Short text',
  typeTextarea: 'Longer text',
  typeSelect: 'Choice from a list',
  typeCheckbox: 'Tick box (yes/no)',
  required: 'Answer required',
  options: 'Choices',
  option: 'Choice',
  addOption: 'Add a choice',
  moveUp: 'Move up',
  moveDown: 'Move down',
  remove: 'Remove',
  removeQuestionConfirm: 'Remove this question? Answers people already gave to it will no longer show.',
  noLabel: 'Write the question (in Polish or English).',
  noOptions: 'Add at least one choice.',
  emptyOption: 'Every choice needs a name.',
  limitReached: 'That is the most questions a form may have.',
  actionsTitle: 'Publishing',
  statusDraft: 'Draft – only you and your team see it.',
  statusPublished: 'Published – visitors see it and may register.',
  statusCancelled: 'Cancelled – attendees were told and paid seats refunded.',
  publish: 'Publish',
  unpublish: 'Unpublish',
  cancelEvent: 'Cancel the event',
  cancelTitle: 'Cancel the event?',
  cancelExplain:
    'Every registration will be cancelled. Every attendee (waiting list included) gets an email saying so, and everyone who paid gets their money back through Przelewy24. This cannot be undone.',
  cancelConfirm: 'Yes, cancel and tell attendees',
  keep: 'No, keep it',
  saveFirst: 'Save the event to publish it.',
  attendeesTab: 'Attendees',
  attendees: 'Attendees',
  confirmed: 'Confirmed',
  held: 'Waiting for payment',
  waitlisted: 'Waiting list',
  checkedIn: 'Checked in',
  name: 'Name',
  email: 'Email',
  status: 'Status',
  paid: 'Paid',
  answers: 'Answers',
  presence: 'Check-in',
  present: 'Present',
  noAttendees: 'Nobody has registered yet.',
  downloadCsv: 'Download the list (CSV)',
  writeMessage: 'Write to attendees',
  subject: 'Subject',
  body: 'Message',
  includeHeld: 'Also to those who have not paid yet',
  includeWaitlisted: 'Also to those on the waiting list',
  send: 'Send',
  sending: 'Sending…',
  failed: 'That did not work. Try again.',
  readOnly: 'Read-only view.',
  noAccess: 'The attendee list is for the site’s owner, admins and editors.',
  saveEventFirst: 'Save the event to see its attendees.',
}

export type AdminTexts = typeof pl
export const adminTexts = (lang: Lang): AdminTexts => (lang === 'en' ? en : pl)

/** Seats taken of all, and how many are left: `3 z 20 (wolne: 17)` / `3 of 20 (17 left)`; `komplet` / `full`. */
export const seatsText = (taken: number, total: number, lang: Lang): string => {
  const left = Math.max(0, total - taken)
  if (lang === 'en') return `${taken} of ${total} (${left ? `${left} left` : 'full'})`
  return `${taken} z ${total} (${left ? `wolne: ${left}` : 'komplet'})`
}

/** `Wysłano 3 wiadomości.` / `3 messages sent.` */
export const sentText = (count: number, lang: Lang): string =>
  lang === 'en'
    ? `${count} ${count === 1 ? 'message' : 'messages'} sent.`
    : `Wysłano ${count} ${polishPlural(count, { one: 'wiadomość', few: 'wiadomości', many: 'wiadomości' })}.`
