/**
 * The team's words in Polish and English, shared by the endpoints, the admin's invite dialog and the
 * invitation page. Pure (no imports from the server), so browser components may import it.
 */
export type Lang = 'pl' | 'en'
export type Role = 'admin' | 'editor' | 'host' | 'viewer'

export const ROLES: Role[] = ['admin', 'editor', 'host', 'viewer']

/** The role's name as it follows "rola:" / "as" ("rola: prowadzący", "as host"). */
export const ROLE_NAMES: Record<Lang, Record<Role, string>> = {
  pl: { admin: 'administrator', editor: 'redaktor', host: 'prowadzący', viewer: 'obserwator (tylko odczyt)' },
  en: { admin: 'admin', editor: 'editor', host: 'host', viewer: 'viewer (read only)' },
}

/** One line on what the role may do, beside the role picker. */
export const ROLE_HINTS: Record<Lang, Record<Role, string>> = {
  pl: {
    admin: 'Wszystko na stronie, także zespół i zaproszenia.',
    editor: 'Treści strony, media, wydarzenia, opinie i newsletter.',
    host: 'Własne terminy, dostępność i rezerwacje.',
    viewer: 'Tylko odczyt, bez zmian.',
  },
  en: {
    admin: 'Everything on the site, the team and invitations included.',
    editor: 'Site content, media, events, testimonials and the newsletter.',
    host: 'Their own sessions, availability and bookings.',
    viewer: 'Read only, no changes.',
  },
}

/** What the team endpoints answer when they refuse, in the caller's language. */
export const REFUSALS = {
  signIn: { pl: 'Zaloguj się, aby zapraszać do zespołu.', en: 'Sign in to invite people to a team.' },
  site: { pl: 'Wybierz stronę, do której zapraszasz.', en: 'Choose the site you are inviting to.' },
  email: { pl: 'Podaj poprawny adres e-mail, np. ola@example.com.', en: 'Enter a valid email address, e.g. ola@example.com.' },
  role: { pl: 'Wybierz rolę: administrator, redaktor, prowadzący albo obserwator.', en: 'Choose a role: admin, editor, host or viewer.' },
  names: { pl: 'Imię i nazwisko mogą mieć najwyżej 100 znaków.', en: 'First and last name may be at most 100 characters long.' },
  locale: { pl: 'Język zaproszenia to „pl” albo „en”.', en: 'The invitation’s language is "pl" or "en".' },
  notManager: {
    pl: 'Zapraszać do zespołu i zarządzać zaproszeniami może tylko właściciel lub administrator strony.',
    en: 'Only the owner or an admin of the site may invite people and manage invitations.',
  },
  self: { pl: 'To Twój adres: masz już dostęp do tej strony.', en: 'That is your own address: you can reach this site already.' },
  member: {
    pl: 'Ta osoba jest już w zespole tej strony. Jej rolę zmienisz w karcie członka zespołu.',
    en: 'This person is on the team already; change their role on their team member record.',
  },
  status: {
    pl: 'Stanu zaproszenia nie zmienia się ręcznie: użyj akcji „Wyślij ponownie” albo „Wycofaj zaproszenie”.',
    en: 'The invitation’s status is not edited by hand: use "Send again" or "Revoke invitation".',
  },
  notFound: { pl: 'Nie ma takiego zaproszenia.', en: 'There is no such invitation.' },
  notRevocable: {
    pl: 'To zaproszenie nie jest już aktywne, więc nie można go wycofać.',
    en: 'This invitation is no longer open, so it cannot be revoked.',
  },
} satisfies Record<string, Record<Lang, string>>

export type RefusalKey = keyof typeof REFUSALS

/** Why an emailed invitation link cannot be answered, in the invitee's language. */
export const LINK_PROBLEMS = {
  invalid: { pl: 'Ten link do zaproszenia jest nieprawidłowy.', en: 'This invitation link is not valid.' },
  gone: { pl: 'To zaproszenie już nie istnieje.', en: 'This invitation no longer exists.' },
  used: { pl: 'Ten link do zaproszenia został już użyty.', en: 'This invitation link has already been used.' },
  closed: { pl: 'To zaproszenie zostało już zamknięte (przyjęte, odrzucone lub wycofane).', en: 'This invitation is closed (accepted, declined or revoked).' },
  replaced: { pl: 'Wysłano nowsze zaproszenie: użyj linku z najnowszej wiadomości.', en: 'A newer invitation replaced this link; use the latest email.' },
  expired: { pl: 'To zaproszenie wygasło. Poproś o nowe.', en: 'This invitation has expired; ask for a new one.' },
} satisfies Record<string, Record<Lang, string>>

export type LinkProblem = keyof typeof LINK_PROBLEMS
