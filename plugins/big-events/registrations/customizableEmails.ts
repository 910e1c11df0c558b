/** The event emails an owner may word their own way (their Emails screen); all go out with the site's ownerId. */
import { t, type CustomizableEmailGroup } from '@platform'

export const BIG_EVENT_EMAILS: CustomizableEmailGroup = {
  title: t('Events and workshops', 'Wydarzenia i warsztaty'),
  emails: [
    {
      slug: 'big-event-announcement',
      name: t('New event announcement', 'Zapowiedź wydarzenia'),
      description: t('To your subscribers when you announce a new event.', 'Do osób zapisanych na newsletter, gdy ogłaszasz nowe wydarzenie.'),
    },
    {
      slug: 'registration-confirmed',
      name: t('Registration confirmed', 'Potwierdzenie zapisu'),
      description: t(
        'To an attendee once their place is confirmed (and paid, for a paid event).',
        'Do uczestnika, gdy jego miejsce jest potwierdzone (a przy płatnym wydarzeniu opłacone).',
      ),
    },
    {
      slug: 'registration-waitlisted',
      name: t('On the waiting list', 'Lista rezerwowa'),
      description: t(
        'To someone who signed up for a full event and is on the waiting list.',
        'Do osoby zapisanej na pełne wydarzenie, która trafiła na listę rezerwową.',
      ),
    },
    {
      slug: 'registration-seat-offered',
      name: t('A place is free', 'Zwolnione miejsce'),
      description: t(
        'To the next person on the waiting list, with the link to pay for the place.',
        'Do kolejnej osoby z listy rezerwowej, z linkiem do opłacenia miejsca.',
      ),
    },
    {
      slug: 'registration-hold-released',
      name: t('Held place expired', 'Wygasła rezerwacja miejsca'),
      description: t('To an attendee who did not pay in time.', 'Do uczestnika, który nie zapłacił w wyznaczonym czasie.'),
    },
    {
      slug: 'big-event-reminder',
      name: t('Event reminder', 'Przypomnienie o wydarzeniu'),
      description: t('To attendees shortly before the event.', 'Do uczestników na krótko przed wydarzeniem.'),
    },
    {
      slug: 'big-event-message',
      name: t('Message to attendees', 'Wiadomość do uczestników'),
      description: t('The frame around a message you write to an event’s attendees.', 'Oprawa wiadomości, którą piszesz do uczestników wydarzenia.'),
    },
    {
      slug: 'registration-cancelled',
      name: t('Registration cancelled', 'Anulowanie zapisu'),
      description: t('To an attendee whose registration is cancelled.', 'Do uczestnika, którego zapis został anulowany.'),
    },
    {
      slug: 'big-event-cancelled',
      name: t('Event cancelled', 'Odwołanie wydarzenia'),
      description: t('To every attendee when you cancel the event.', 'Do wszystkich uczestników, gdy odwołujesz wydarzenie.'),
    },
    {
      slug: 'registration-refunded',
      name: t('Refund', 'Zwrot pieniędzy'),
      description: t('To an attendee when their payment is refunded.', 'Do uczestnika, gdy jego płatność zostaje zwrócona.'),
    },
    {
      slug: 'registration-late-payment',
      name: t('Late payment returned', 'Zwrot spóźnionej płatności'),
      description: t('To someone whose payment came after their place was gone.', 'Do osoby, której płatność dotarła, gdy miejsca już nie było.'),
    },
  ],
}
