/** The booking emails an owner may word their own way (their Emails screen); all go out with the site's ownerId. */
import { t, type CustomizableEmailGroup } from '@platform'

export const BOOKING_EMAILS: CustomizableEmailGroup = {
  title: t('Bookings', 'Rezerwacje'),
  emails: [
    {
      slug: 'booking-confirmed',
      name: t('Booking confirmed', 'Potwierdzenie rezerwacji'),
      description: t(
        'To the client right after they book, with the calendar file and the link to manage it.',
        'Do klienta zaraz po rezerwacji, z plikiem kalendarza i linkiem do zarządzania nią.',
      ),
    },
    {
      slug: 'booking-reminder',
      name: t('Booking reminder', 'Przypomnienie o wizycie'),
      description: t('To the client before the appointment.', 'Do klienta przed umówionym terminem.'),
    },
    {
      slug: 'booking-rescheduled',
      name: t('Booking moved', 'Zmiana terminu'),
      description: t('To the client when the appointment moves to another time.', 'Do klienta, gdy wizyta zostaje przeniesiona na inny termin.'),
    },
    {
      slug: 'booking-cancelled',
      name: t('Booking cancelled', 'Odwołanie rezerwacji'),
      description: t(
        'To the client when the booking is cancelled, by them or by you.',
        'Do klienta, gdy rezerwacja zostaje odwołana – przez niego lub przez Ciebie.',
      ),
    },
    {
      slug: 'booking-new-for-host',
      name: t('New booking (for the host)', 'Nowa rezerwacja (dla prowadzącego)'),
      description: t('To the person hosting the appointment when a client books.', 'Do osoby prowadzącej spotkanie, gdy klient zarezerwuje termin.'),
    },
    {
      slug: 'booking-rescheduled-for-host',
      name: t('Booking moved (for the host)', 'Zmiana terminu (dla prowadzącego)'),
      description: t('To the host when a client moves their appointment.', 'Do prowadzącego, gdy klient przeniesie wizytę.'),
    },
    {
      slug: 'booking-cancelled-for-host',
      name: t('Booking cancelled (for the host)', 'Odwołanie rezerwacji (dla prowadzącego)'),
      description: t('To the host when a client cancels.', 'Do prowadzącego, gdy klient odwoła wizytę.'),
    },
  ],
}
