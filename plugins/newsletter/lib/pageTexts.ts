/** What the subscriber's pages say, in Polish and English (pure). */
import type { PageLocale } from './pages'

type Texts = {
  confirmedTitle: string
  confirmed: (site: string, frequency: string) => string
  usedTitle: string
  used: string
  expiredTitle: string
  expired: string
  invalidTitle: string
  invalid: string
  preferencesTitle: string
  address: (email: string) => string
  savedTitle: string
  saved: (frequency: string) => string
  chooseFrequency: string
  unsubscribeTitle: string
  unsubscribeQuestion: (email: string, site: string) => string
  unsubscribedTitle: string
  unsubscribed: (email: string, site: string) => string
  comeBack: string
  notActiveTitle: string
  notActive: string
  formOnly: string
  toSite: string
}

export const PAGE_TEXTS: Record<PageLocale, Texts> = {
  pl: {
    confirmedTitle: 'Zapis potwierdzony',
    confirmed: (site, frequency) =>
      `Dziękujemy! Od teraz będziesz dostawać newsletter ${site} (${frequency.toLowerCase()}). Za chwilę wyślemy Ci wiadomość powitalną.`,
    usedTitle: 'Ten link został już użyty',
    used: 'Link potwierdzający działa tylko raz. Jeśli zapis jest już potwierdzony, nie musisz robić nic więcej.',
    expiredTitle: 'Ten link wygasł',
    expired: 'Link potwierdzający działa przez 7 dni. Zapisz się ponownie formularzem na stronie, a wyślemy nowy link.',
    invalidTitle: 'Ten link jest nieprawidłowy',
    invalid: 'Link jest niekompletny, został zmieniony albo zastąpił go nowszy. Skopiuj cały link z ostatniej wiadomości.',
    preferencesTitle: 'Ustawienia newslettera',
    address: (email) => `Adres: ${email}`,
    savedTitle: 'Zapisano zmiany',
    saved: (frequency) => `Wybrana częstotliwość: ${frequency.toLowerCase()}.`,
    chooseFrequency: 'Wybierz jedną z opcji częstotliwości.',
    unsubscribeTitle: 'Wypisać się z newslettera?',
    unsubscribeQuestion: (email, site) => `Adres ${email} przestanie dostawać newsletter ${site}.`,
    unsubscribedTitle: 'Wypisano z newslettera',
    unsubscribed: (email, site) => `Nie będziemy już wysyłać newslettera ${site} na adres ${email}.`,
    comeBack: 'Jeśli zmienisz zdanie, zapisz się ponownie formularzem na stronie.',
    notActiveTitle: 'Ten adres jest wypisany z newslettera',
    notActive: 'Nie wysyłamy na ten adres newslettera. Aby znowu go dostawać, zapisz się formularzem na stronie.',
    formOnly: 'Wyślij formularz z tej strony.',
    toSite: 'Przejdź na stronę',
  },
  en: {
    confirmedTitle: 'Subscription confirmed',
    confirmed: (site, frequency) =>
      `Thank you! From now on you will receive the ${site} newsletter (${frequency.toLowerCase()}). A welcome email is on its way.`,
    usedTitle: 'This link has already been used',
    used: 'A confirmation link works only once. If your subscription is confirmed, there is nothing more to do.',
    expiredTitle: 'This link has expired',
    expired: 'A confirmation link works for 7 days. Sign up again with the form on the website and we will send you a new link.',
    invalidTitle: 'This link is not valid',
    invalid: 'The link is incomplete, was altered, or a newer one replaced it. Copy the whole link from the latest email.',
    preferencesTitle: 'Newsletter settings',
    address: (email) => `Address: ${email}`,
    savedTitle: 'Changes saved',
    saved: (frequency) => `You chose: ${frequency.toLowerCase()}.`,
    chooseFrequency: 'Please choose one of the frequency options.',
    unsubscribeTitle: 'Unsubscribe from the newsletter?',
    unsubscribeQuestion: (email, site) => `${email} will no longer receive the ${site} newsletter.`,
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribed: (email, site) => `We will no longer send the ${site} newsletter to ${email}.`,
    comeBack: 'If you change your mind, sign up again with the form on the website.',
    notActiveTitle: 'This address is unsubscribed',
    notActive: 'We do not send the newsletter to this address. To receive it again, sign up with the form on the website.',
    formOnly: 'Send the form on this page.',
    toSite: 'Go to the website',
  },
}
