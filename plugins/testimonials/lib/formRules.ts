/**
 * The public testimonial form's rules and texts (pure, no Node and no platform imports but `@platform/format`):
 * the server's body schema (endpoints/submitBody.ts) and the browser script (sections/testimonialForm.client.ts)
 * check the same limits and say the same things, in the site's language.
 */
import { polishPlural } from '@platform/format'

export type FormLocale = 'pl' | 'en'

export const formLocale = (value: unknown): FormLocale => (typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'pl')

/** Length limits of the form (the collection's maxima, slugs.ts LIMITS, are the same; a unit test keeps them equal). */
export const FORM_LIMITS = { authorName: 100, contentMin: 20, content: 2000, email: 254, honeypot: 500 } as const

/** The honeypot: a field people never see or fill; a bot that fills it is answered as if it succeeded. */
export const HONEYPOT_FIELD = 'website'

export type FieldName = 'authorName' | 'authorEmail' | 'rating' | 'content' | 'consent'

/** `1 gwiazdka`, `3 gwiazdki`, `5 gwiazdek` / `1 star`, `5 stars`. */
export const starsLabel = (count: number, locale: FormLocale): string =>
  locale === 'pl' ? `${count} ${polishPlural(count, { one: 'gwiazdka', few: 'gwiazdki', many: 'gwiazdek' })}` : `${count} ${count === 1 ? 'star' : 'stars'}`

export const FORM_TEXTS = {
  pl: {
    heading: 'Podziel się opinią',
    name: 'Podpis (imię i nazwisko lub inicjały)',
    email: 'Adres e-mail',
    emailHint: 'Nie publikujemy go. Wyślemy na niego link, który potwierdzi adres.',
    rating: 'Ocena',
    content: 'Twoja opinia',
    contentHint: `Od ${FORM_LIMITS.contentMin} do ${FORM_LIMITS.content} znaków.`,
    consent: 'Zgadzam się na publikację mojej opinii z podpisem na tej stronie.',
    honeypot: 'Nie wypełniaj tego pola',
    button: 'Wyślij opinię',
    sending: 'Wysyłanie…',
    noscript: 'Wysłanie opinii wymaga włączonej obsługi JavaScriptu.',
    errors: {
      authorName: 'Wpisz podpis: imię i nazwisko lub inicjały.',
      authorNameTooLong: `Podpis może mieć najwyżej ${FORM_LIMITS.authorName} znaków.`,
      authorEmail: 'Wpisz poprawny adres e-mail.',
      rating: 'Wybierz ocenę od 1 do 5 gwiazdek.',
      contentTooShort: `Opinia powinna mieć co najmniej ${FORM_LIMITS.contentMin} znaków.`,
      contentTooLong: `Opinia może mieć najwyżej ${FORM_LIMITS.content} znaków.`,
      consent: 'Zaznacz zgodę na publikację, aby wysłać opinię.',
      unknownField: 'Formularz zawiera nieznane pole.',
      invalid: 'Formularz zawiera nieprawidłowe dane. Odśwież stronę i spróbuj ponownie.',
      tooMany: 'Zbyt wiele opinii wysłanych z Twojej sieci. Spróbuj ponownie później.',
      tooManyForAddress: 'Zbyt wiele opinii wysłanych z tego adresu e-mail. Spróbuj ponownie później.',
      siteNotFound: 'Nie znaleziono strony.',
      failed: 'Nie udało się wysłać opinii. Spróbuj ponownie za chwilę.',
    },
    accepted:
      'Dziękujemy za opinię! Zostanie opublikowana po zatwierdzeniu przez właściciela strony. Wysłaliśmy Ci też e-mail z linkiem potwierdzającym adres.',
  },
  en: {
    heading: 'Share your experience',
    name: 'Signature (your name or initials)',
    email: 'Email address',
    emailHint: 'We never publish it. We will send it a link that confirms the address.',
    rating: 'Rating',
    content: 'Your testimonial',
    contentHint: `${FORM_LIMITS.contentMin} to ${FORM_LIMITS.content} characters.`,
    consent: 'I agree that my testimonial may be published on this site with my signature.',
    honeypot: 'Leave this field empty',
    button: 'Send testimonial',
    sending: 'Sending…',
    noscript: 'Sending a testimonial needs JavaScript.',
    errors: {
      authorName: 'Enter a signature: your name or initials.',
      authorNameTooLong: `The signature may have at most ${FORM_LIMITS.authorName} characters.`,
      authorEmail: 'Enter a valid email address.',
      rating: 'Choose a rating from 1 to 5 stars.',
      contentTooShort: `The testimonial should have at least ${FORM_LIMITS.contentMin} characters.`,
      contentTooLong: `The testimonial may have at most ${FORM_LIMITS.content} characters.`,
      consent: 'Tick the consent to publication to send your testimonial.',
      unknownField: 'The form has an unknown field.',
      invalid: 'The form holds invalid data. Reload the page and try again.',
      tooMany: 'Too many testimonials from your network. Please try again later.',
      tooManyForAddress: 'Too many testimonials from this email address. Please try again later.',
      siteNotFound: 'Site not found.',
      failed: 'Could not send the testimonial. Please try again in a moment.',
    },
    accepted:
      'Thank you for your testimonial! It will appear on the site once the site owner approves it. We have also emailed you a link that confirms your address.',
  },
} as const

export type FormValues = { authorName: string; authorEmail: string; rating: number | undefined; content: string; consent: boolean }

export type FieldErrors = Partial<Record<FieldName, string>>

/** A quick address check for the browser (the server checks with the platform's parseEmail). */
const ADDRESS_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/** The length limits count after trimming, in the units the collection's `maxLength` counts (UTF-16). */
export const visibleLength = (text: string): number => text.trim().length

/** Every field's problem, in the form's language (empty: the form may be sent). */
export const checkForm = (values: FormValues, locale: FormLocale): FieldErrors => {
  const text = FORM_TEXTS[locale].errors
  const errors: FieldErrors = {}
  const name = visibleLength(values.authorName)
  if (!name) errors.authorName = text.authorName
  else if (name > FORM_LIMITS.authorName) errors.authorName = text.authorNameTooLong
  const email = values.authorEmail.trim()
  if (!ADDRESS_SHAPE.test(email) || email.length > FORM_LIMITS.email) errors.authorEmail = text.authorEmail
  if (!(typeof values.rating === 'number' && Number.isInteger(values.rating) && values.rating >= 1 && values.rating <= 5)) errors.rating = text.rating
  const content = visibleLength(values.content)
  if (content < FORM_LIMITS.contentMin) errors.content = text.contentTooShort
  else if (content > FORM_LIMITS.content) errors.content = text.contentTooLong
  if (!values.consent) errors.consent = text.consent
  return errors
}
