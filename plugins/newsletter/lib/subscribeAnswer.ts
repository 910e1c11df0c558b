/**
 * The one answer to a sign-up (pure): the same 202 body for a new, pending or confirmed address, and for a
 * list that is full, so nobody learns from it whether an address is subscribed. The typo hint comes from the
 * address alone (typoHint.ts).
 */
import { suggestAddress } from './typoHint'

const MESSAGES = {
  pl: 'Dziękujemy! Jeśli ten adres nie jest jeszcze zapisany, wyślemy na niego link potwierdzający. Sprawdź skrzynkę (także folder spam).',
  en: 'Thank you! If this address is not subscribed yet, we will send it a confirmation link. Please check your inbox (and the spam folder).',
}

const HINTS = {
  pl: (address: string) => `Czy na pewno chodziło o ${address}?`,
  en: (address: string) => `Did you mean ${address}?`,
}

export type SubscribeAnswer = { status: 'check-inbox'; message: string; suggestion?: string; suggestionMessage?: string }

export const subscribeAnswer = (email: string, locale: 'pl' | 'en'): SubscribeAnswer => {
  const suggestion = suggestAddress(email)
  return {
    status: 'check-inbox',
    message: MESSAGES[locale],
    ...(suggestion ? { suggestion, suggestionMessage: HINTS[locale](suggestion) } : {}),
  }
}
