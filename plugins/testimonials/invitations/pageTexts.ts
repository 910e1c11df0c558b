/** What the invitation pages say, in Polish and English (pure). Names stay in the nominative (no declension of names). */
import { formatNumber, polishPlural } from '@platform/format'

export type PageLocale = 'pl' | 'en'

type Texts = {
  languageName: string
  title: string
  intro: (session: { title: string; date: string; hostName: string }) => string
  ask: string
  nameLabel: string
  ratingLegend: string
  stars: (count: number) => string
  contentLabel: string
  contentHint: (max: number) => string
  consent: (site: string) => string
  privacy: string
  submit: string
  errorsTitle: string
  nameRequired: string
  nameTooLong: (max: number) => string
  ratingRequired: string
  contentRequired: string
  contentTooLong: (max: number) => string
  consentRequired: string
  thanksTitle: string
  thanks: (site: string) => string
  usedTitle: string
  used: string
  expiredTitle: string
  expired: string
  invalidTitle: string
  invalid: string
  optOutLink: string
  optOutTitle: string
  optOutQuestion: (email: string, site: string) => string
  optOutButton: string
  optedOutTitle: string
  optedOut: (email: string, site: string) => string
  otherMail: string
  formOnly: string
  toSite: string
}

const chars = (max: number, locale: PageLocale) =>
  locale === 'pl' ? `${formatNumber(max, 'pl')} ${polishPlural(max, { one: 'znak', few: 'znaki', many: 'znaków' })}` : `${formatNumber(max, 'en')} characters`

export const PAGE_TEXTS: Record<PageLocale, Texts> = {
  pl: {
    languageName: 'Polski',
    title: 'Podziel się opinią',
    intro: ({ title, date, hostName }) => `Sesja „${title}”${date ? ` (${date})` : ''}, prowadzenie: ${hostName}.`,
    ask: 'Jak oceniasz to spotkanie? Kilka zdań od Ciebie pomoże innym osobom podjąć decyzję.',
    nameLabel: 'Imię (tak podpiszemy opinię)',
    ratingLegend: 'Ocena',
    stars: (count) => `${count} ${polishPlural(count, { one: 'gwiazdka', few: 'gwiazdki', many: 'gwiazdek' })} z 5`,
    contentLabel: 'Twoja opinia',
    contentHint: (max) => `Najwyżej ${chars(max, 'pl')}.`,
    consent: (site) => `Zgadzam się na publikację tej opinii z moim imieniem na stronie ${site}.`,
    privacy: 'Twój adres e-mail nie będzie nigdzie pokazany. Opinia pojawi się na stronie po akceptacji.',
    submit: 'Wyślij opinię',
    errorsTitle: 'Popraw, proszę:',
    nameRequired: 'Wpisz imię, którym podpiszemy opinię.',
    nameTooLong: (max) => `Imię może mieć najwyżej ${chars(max, 'pl')}.`,
    ratingRequired: 'Wybierz ocenę od 1 do 5 gwiazdek.',
    contentRequired: 'Napisz kilka słów opinii.',
    contentTooLong: (max) => `Opinia może mieć najwyżej ${chars(max, 'pl')}.`,
    consentRequired: 'Zaznacz zgodę na publikację: bez niej nie możemy pokazać opinii.',
    thanksTitle: 'Dziękujemy za opinię!',
    thanks: (site) => `Przeczytamy ją wkrótce. Po akceptacji pojawi się na stronie ${site}.`,
    usedTitle: 'Opinia została już wysłana',
    used: 'Ten link działa tylko raz i został już użyty. Dziękujemy!',
    expiredTitle: 'Ten link wygasł',
    expired:
      'Link do opinii działa przez ograniczony czas od wysłania wiadomości. Jeśli nadal chcesz podzielić się opinią, skontaktuj się z osobą prowadzącą sesję.',
    invalidTitle: 'Ten link jest nieprawidłowy',
    invalid: 'Link jest niekompletny albo został zmieniony. Skopiuj cały link z wiadomości.',
    optOutLink: 'Nie chcę więcej próśb o opinię',
    optOutTitle: 'Nie prosić Cię więcej o opinię?',
    optOutQuestion: (email, site) => `Strona ${site} nie wyśle już próśb o opinię na adres ${email}.`,
    optOutButton: 'Tak, nie pytajcie mnie więcej',
    optedOutTitle: 'Zapisaliśmy Twoją decyzję',
    optedOut: (email, site) => `Strona ${site} nie poprosi już o opinię na adres ${email}.`,
    otherMail: 'Potwierdzenia rezerwacji i inne wiadomości, o które prosisz, będą przychodzić jak dotąd.',
    formOnly: 'Wyślij formularz z tej strony.',
    toSite: 'Przejdź na stronę',
  },
  en: {
    languageName: 'English',
    title: 'Share your experience',
    intro: ({ title, date, hostName }) => `“${title}”${date ? ` (${date})` : ''} with ${hostName}.`,
    ask: 'How was it? A few words from you help other people decide.',
    nameLabel: 'Your name (as it will be signed)',
    ratingLegend: 'Rating',
    stars: (count) => `${count} ${count === 1 ? 'star' : 'stars'} out of 5`,
    contentLabel: 'Your testimonial',
    contentHint: (max) => `Up to ${chars(max, 'en')}.`,
    consent: (site) => `I agree that this testimonial may be published with my name on the ${site} website.`,
    privacy: 'Your email address is never shown. The testimonial appears on the website once approved.',
    submit: 'Send testimonial',
    errorsTitle: 'Please correct:',
    nameRequired: 'Enter the name to sign the testimonial with.',
    nameTooLong: (max) => `The name may have at most ${chars(max, 'en')}.`,
    ratingRequired: 'Choose a rating from 1 to 5 stars.',
    contentRequired: 'Write a few words.',
    contentTooLong: (max) => `The testimonial may have at most ${chars(max, 'en')}.`,
    consentRequired: 'Please tick the consent to publish: without it we cannot show your testimonial.',
    thanksTitle: 'Thank you for your testimonial!',
    thanks: (site) => `We will read it soon. Once approved, it will appear on the ${site} website.`,
    usedTitle: 'This testimonial has already been sent',
    used: 'This link works only once and has been used. Thank you!',
    expiredTitle: 'This link has expired',
    expired: 'A testimonial link works for a limited time after the email is sent. If you would still like to share your experience, please contact your host.',
    invalidTitle: 'This link is not valid',
    invalid: 'The link is incomplete or was altered. Copy the whole link from the email.',
    optOutLink: 'Don’t ask me for testimonials again',
    optOutTitle: 'Stop asking you for testimonials?',
    optOutQuestion: (email, site) => `${site} will no longer ask ${email} for a testimonial.`,
    optOutButton: 'Yes, don’t ask me again',
    optedOutTitle: 'Done: we will not ask again',
    optedOut: (email, site) => `${site} will no longer ask ${email} for a testimonial.`,
    otherMail: 'Booking confirmations and other emails you asked for will keep coming as before.',
    formOnly: 'Please send the form on this page.',
    toSite: 'Go to the website',
  },
}
