/** The owner's Emails screen, its home card and the owner's edit view, in Polish and English. */
import type { Lang } from '../../src/platform/i18n/format'

export const EMAILS_TEXTS = {
  pl: {
    title: 'Wiadomości e-mail',
    intro:
      'Te wiadomości Twoje strony wysyłają klientom, uczestnikom, osobom zapisanym i zespołowi. Domyślna treść działa od razu; możesz ją dostosować do swojego stylu. Zmiana dotyczy wszystkich Twoich stron.',
    customize: 'Dostosuj',
    edit: 'Edytuj',
    restore: 'Przywróć domyślną',
    own: 'Twoja wersja',
    standard: 'Treść domyślna',
    restoreTitle: 'Przywrócić treść domyślną?',
    restoreBody: 'Twoja wersja wiadomości „{name}” zostanie usunięta, a odbiorcy znów dostaną treść domyślną platformy.',
    cancel: 'Anuluj',
    confirmRestore: 'Usuń moją wersję',
    restored: 'Przywrócono treść domyślną: {name}.',
    working: 'Chwileczkę…',
    notOwner: 'Wiadomości e-mail dostosowuje właściciel strony.',
    staff: 'Obsługa platformy edytuje szablony domyślne na liście szablonów.',
    staffLink: 'Szablony e-maili',
    cardTitle: 'Wiadomości e-mail',
    cardEmpty: 'Odbiorcy dostają wiadomości w treści domyślnej. Możesz je dostosować do swojego stylu.',
    cardCountLabel: { one: 'wiadomość w Twojej wersji', few: 'wiadomości w Twojej wersji', many: 'wiadomości w Twojej wersji' },
    cardLink: 'Wiadomości e-mail',
    sidebarTitle: 'Twoja wersja wiadomości',
    sidebarUsed: 'Odbiorcy dostają tę treść zamiast domyślnej – w wiadomościach ze wszystkich Twoich stron.',
    allEmails: 'Wszystkie wiadomości e-mail',
    customizeFailed: 'Nie udało się utworzyć Twojej wersji.',
    restoreFailed: 'Nie udało się przywrócić treści domyślnej.',
  },
  en: {
    title: 'Emails',
    intro:
      'These are the messages your sites send to clients, attendees, subscribers and your team. The default wording works at once; you can make it your own. A change applies to all your sites.',
    customize: 'Customise',
    edit: 'Edit',
    restore: 'Restore default',
    own: 'Your version',
    standard: 'Default wording',
    restoreTitle: 'Restore the default wording?',
    restoreBody: 'Your version of “{name}” will be deleted and recipients will get the platform’s default wording again.',
    cancel: 'Cancel',
    confirmRestore: 'Delete my version',
    restored: 'Default wording restored: {name}.',
    working: 'One moment…',
    notOwner: 'Emails are customised by the site’s owner.',
    staff: 'Platform staff edit the default templates in the templates list.',
    staffLink: 'Email templates',
    cardTitle: 'Emails',
    cardEmpty: 'Recipients get the default wording. You can make the messages your own.',
    cardCountLabel: { one: 'message in your wording', other: 'messages in your wording' },
    cardLink: 'Emails',
    sidebarTitle: 'Your version of this message',
    sidebarUsed: 'Recipients get this wording instead of the default, in mail from all your sites.',
    allEmails: 'All emails',
    customizeFailed: 'Could not create your version.',
    restoreFailed: 'Could not restore the default wording.',
  },
} as const

export type EmailsTexts = (typeof EMAILS_TEXTS)[Lang]

/** The "Przywróć domyślną" button's texts (the Emails screen and the owner's edit view). */
export const restoreTexts = (text: EmailsTexts) => ({
  restore: text.restore,
  title: text.restoreTitle,
  body: text.restoreBody,
  cancel: text.cancel,
  confirm: text.confirmRestore,
  done: text.restored,
  failed: text.restoreFailed,
})
