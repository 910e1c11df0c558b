/**
 * The sign-up form's logic, shared by the server markup and the browser script (pure, no DOM): texts, the
 * request body, and what to show for the server's answer.
 */
import { suggestAddress } from '../lib/typoHint'

export type FormLocale = 'pl' | 'en'

export const formLocale = (value: unknown): FormLocale => (typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'pl')

export const FORM_TEXTS = {
  pl: {
    heading: 'Zapisz się do newslettera',
    email: 'Adres e-mail',
    frequency: 'Jak często?',
    button: 'Zapisz mnie',
    consent: 'Zgadzam się na otrzymywanie newslettera na podany adres e-mail. Mogę wypisać się w każdej chwili.',
    sending: 'Wysyłanie…',
    invalidEmail: 'Wpisz poprawny adres e-mail.',
    needConsent: 'Zaznacz zgodę, aby się zapisać.',
    tooMany: 'Zbyt wiele prób. Spróbuj ponownie później.',
    failed: 'Nie udało się zapisać. Spróbuj ponownie za chwilę.',
    didYouMean: (address: string) => `Czy na pewno chodziło o ${address}?`,
    useSuggestion: (address: string) => `Popraw na ${address}`,
    noscript: 'Zapis do newslettera wymaga włączonej obsługi JavaScriptu.',
  },
  en: {
    heading: 'Subscribe to the newsletter',
    email: 'Email address',
    frequency: 'How often?',
    button: 'Sign me up',
    consent: 'I agree to receive the newsletter at this email address. I can unsubscribe at any time.',
    sending: 'Sending…',
    invalidEmail: 'Enter a valid email address.',
    needConsent: 'Tick the consent box to subscribe.',
    tooMany: 'Too many attempts. Please try again later.',
    failed: 'Could not subscribe. Please try again in a moment.',
    didYouMean: (address: string) => `Did you mean ${address}?`,
    useSuggestion: (address: string) => `Use ${address}`,
    noscript: 'Subscribing to the newsletter needs JavaScript.',
  },
} as const

export type FormValues = { email: string; frequency: string; consent: boolean }

const ADDRESS_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/

/** A quick check before sending (the server checks again): undefined when it may be sent, else what to say. */
export const checkForm = (values: FormValues, locale: FormLocale): string | undefined => {
  if (!ADDRESS_SHAPE.test(values.email.trim())) return FORM_TEXTS[locale].invalidEmail
  if (!values.consent) return FORM_TEXTS[locale].needConsent
  return undefined
}

/** The field a refused form's focus goes to (the first one `checkForm` complains about), undefined when none. */
export const problemField = (values: FormValues): 'email' | 'consent' | undefined =>
  !ADDRESS_SHAPE.test(values.email.trim()) ? 'email' : !values.consent ? 'consent' : undefined

export type TypoHint = { suggestion: string; text: string; button: string }

/**
 * The "did you mean" hint shown while the visitor edits or leaves the address field, before anything is sent
 * (the same typoHint.ts the server answers with). While typing only for a complete-looking address, so a
 * half-typed one (`jan@onet.p`) is not "corrected" mid-word; once the visitor has left the field, for any
 * `name@domain` (`jan@wp.p` is then what they meant to send).
 */
export const typoHint = (email: string, locale: FormLocale, { typing = false } = {}): TypoHint | undefined => {
  const address = email.trim()
  if (!(typing ? ADDRESS_SHAPE : /^[^\s@]+@[^\s@]+$/).test(address)) return undefined
  const suggestion = suggestAddress(address)
  if (!suggestion || suggestion === address) return undefined
  return { suggestion, text: FORM_TEXTS[locale].didYouMean(suggestion), button: FORM_TEXTS[locale].useSuggestion(suggestion) }
}

export const requestBody = (values: FormValues, locale: FormLocale) => ({
  email: values.email.trim(),
  frequency: values.frequency,
  consent: true as const,
  locale,
})

export type FormOutcome = { kind: 'done'; text: string; suggestion?: string; suggestionText?: string } | { kind: 'error'; text: string }

/** What the form says for the server's answer: its 202 message (and typo hint), or a short error. */
export const interpretAnswer = (status: number, body: unknown, locale: FormLocale): FormOutcome => {
  const answer = (body && typeof body === 'object' ? body : {}) as { message?: unknown; suggestion?: unknown; suggestionMessage?: unknown }
  if (status === 202 && typeof answer.message === 'string') {
    const suggestion = typeof answer.suggestion === 'string' ? answer.suggestion : undefined
    return {
      kind: 'done',
      text: answer.message,
      ...(suggestion ? { suggestion, suggestionText: typeof answer.suggestionMessage === 'string' ? answer.suggestionMessage : suggestion } : {}),
    }
  }
  if (status === 429) return { kind: 'error', text: FORM_TEXTS[locale].tooMany }
  if (status === 400) return { kind: 'error', text: FORM_TEXTS[locale].invalidEmail }
  return { kind: 'error', text: FORM_TEXTS[locale].failed }
}
