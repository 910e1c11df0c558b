/** What the events section and the event page say to visitors, in Polish and English (pure). */
import type { Lang } from '@platform/format'
import { seatsLeftText as seatsText } from '../lib/seatsText'

/** `Zostały 3 miejsca`, `3 seats left` (lib/seatsText.ts, shared with the emails); a full event points to the waiting list. */
export const seatsLeftText = (seats: number, lang: Lang): string => {
  if (seats <= 0) return lang === 'pl' ? 'Brak miejsc – lista rezerwowa' : 'Fully booked – waiting list'
  return seatsText(seats, lang)
}

export const PAGE_TEXTS = {
  pl: {
    when: 'Termin',
    where: 'Miejsce',
    price: 'Cena',
    seats: 'Miejsca',
    earlyBird: (price: string, until: string, regular: string) => `Cena promocyjna ${price} do ${until} (potem ${regular})`,
    earlyBirdShort: (until: string) => `Cena promocyjna do ${until}`,
    regularPrice: (regular: string) => `Cena regularna: ${regular}`,
    details: 'Szczegóły',
    addToCalendar: 'Dodaj do kalendarza',
    register: 'Zapisz się',
    // The link's name starts with its visible text (WCAG 2.5.3), then says which event.
    moreAbout: (title: string) => `Szczegóły: ${title}`,
    cancelled: 'To wydarzenie zostało odwołane.',
    past: 'To wydarzenie już się odbyło.',
    started: 'Zapisy są zamknięte: wydarzenie już się rozpoczęło.',
    backToSite: 'Wróć na stronę główną',
    online: 'Online – link do spotkania otrzymasz w potwierdzeniu zapisu.',
  },
  en: {
    when: 'When',
    where: 'Where',
    price: 'Price',
    seats: 'Seats',
    earlyBird: (price: string, until: string, regular: string) => `Early-bird price ${price} until ${until} (then ${regular})`,
    earlyBirdShort: (until: string) => `Early-bird price until ${until}`,
    regularPrice: (regular: string) => `Regular price: ${regular}`,
    details: 'Details',
    addToCalendar: 'Add to calendar',
    register: 'Register',
    moreAbout: (title: string) => `Details: ${title}`,
    cancelled: 'This event has been cancelled.',
    past: 'This event has already taken place.',
    started: 'Registration is closed: the event has already started.',
    backToSite: 'Back to the home page',
    online: 'Online – you will get the meeting link with your confirmation.',
  },
} as const

export const SECTION_TEXTS = {
  pl: { details: 'Szczegóły i zapisy', list: 'Nadchodzące wydarzenia' },
  en: { details: 'Details and registration', list: 'Upcoming events' },
} as const
