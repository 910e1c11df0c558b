/** What the owner's testimonial endpoints answer, in Polish and English (by the request's language). */
import type { PayloadRequest } from 'payload'

import { requestLocale } from '@platform'

export const ENDPOINT_TEXT = {
  signIn: { pl: 'Zaloguj się, aby moderować opinie.', en: 'Sign in to moderate testimonials.' },
  notFound: { pl: 'Nie znaleziono opinii.', en: 'Testimonial not found.' },
  noSite: { pl: 'Nie znaleziono strony.', en: 'Site not found.' },
  chooseSite: { pl: 'Wybierz stronę, do której importujesz opinie.', en: 'Choose the site to import testimonials into.' },
  forbidden: {
    pl: 'Opinie tej strony mogą moderować i importować tylko jej właściciel, administratorzy i redaktorzy.',
    en: "Only the site's owner, admins and editors may moderate and import its testimonials.",
  },
  badModeration: {
    pl: 'Wyślij listę opinii (ids, najwyżej 200) i czynność: approve, reject, feature albo unfeature.',
    en: 'Send the testimonials (ids, at most 200) and an action: approve, reject, feature or unfeature.',
  },
  sendCsv: { pl: 'Wyślij plik jako text/csv.', en: 'Send the file as text/csv.' },
  badLocale: { pl: 'Język opinii to pl albo en.', en: 'The testimonials’ language is pl or en.' },
  rowsInvalid: {
    pl: 'Nic nie zaimportowano: popraw błędy w pliku i wyślij go ponownie.',
    en: 'Nothing was imported: fix the errors in the file and send it again.',
  },
} as const

export type Text = { pl: string; en: string }

export const say = (req: PayloadRequest, text: Text): string => text[requestLocale(req)]
