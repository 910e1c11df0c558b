/** The order endpoints' answers in Polish and English. */
import { formatMoney, type Lang } from '@platform/format'

export const ORDER_TEXT = {
  signIn: { pl: 'Zaloguj się, aby zamówić domenę.', en: 'Sign in to order a domain.' },
  signInToSee: { pl: 'Zaloguj się, aby zobaczyć zamówienia domen.', en: 'Sign in to see domain orders.' },
  body: {
    pl: 'Wyślij dane zamówienia jako JSON: { "site": <id strony>, "name": "kowalska.pl" }.',
    en: 'Send the order as JSON: { "site": <site id>, "name": "kowalska.pl" }.',
  },
  site: { pl: 'Wybierz stronę, dla której zamawiasz domenę.', en: 'Choose the site you are ordering the domain for.' },
  siteToList: { pl: 'Wybierz stronę, której domeny chcesz zobaczyć.', en: 'Choose the site whose domains you want to see.' },
  forbidden: {
    pl: 'Domeny dla tej strony może zamawiać tylko jej właściciel lub administrator.',
    en: "Only the site's owner or an admin may order domains for it.",
  },
  forbiddenList: {
    pl: 'Zamówienia domen tej strony widzi tylko jej właściciel lub administrator.',
    en: "Only the site's owner or an admin may see the site's domain orders.",
  },
  extension: {
    pl: 'Podaj pełną nazwę domeny z końcówką, np. kowalska.pl.',
    en: 'Give the full domain name with its extension, e.g. kowalska.pl.',
  },
  tooMany: { pl: 'Zbyt wiele zamówień. Spróbuj ponownie za chwilę.', en: 'Too many orders. Please try again in a while.' },
  notConfigured: {
    pl: 'Zakup domen nie jest jeszcze dostępny: platforma nie ma skonfigurowanego dostępu do OVH.',
    en: 'Buying domains is not available yet: the platform has no OVH access configured.',
  },
  notFound: { pl: 'Nie ma takiego zamówienia domeny.', en: 'There is no such domain order.' },
  notFailed: {
    pl: 'Ponowić można tylko zamówienie, które się nie powiodło.',
    en: 'Only an order that failed can be tried again.',
  },
  notRetriable: {
    pl: 'Tego zamówienia nie da się ponowić: administrator platformy musi je sprawdzić (przyczyna jest w opisie błędu).',
    en: 'This order cannot be tried again: the platform administrator must check it (the cause is in the error).',
  },
  forbiddenRetry: {
    pl: 'Zamówienie może ponowić tylko właściciel strony lub jej administrator.',
    en: "Only the site's owner or an admin may try the order again.",
  },
} as const

/** 409: the name is on the platform already (an order, a site's own domain). */
export const inUseMessage = (name: string, lang: Lang): string =>
  lang === 'pl'
    ? `Domena ${name} jest już podłączona do strony na naszej platformie albo ktoś ją właśnie zamawia. Jedna domena nigdy nie jest podłączona do dwóch stron.`
    : `The domain ${name} is already attached to a site on our platform, or being ordered. A domain is never attached to two sites.`

/** 409: registered by someone at the registry. */
export const takenMessage = (name: string, lang: Lang): string =>
  lang === 'pl'
    ? `Domena ${name} jest już zajęta. Jeśli należy do Ciebie, podłącz ją jako własną domenę.`
    : `${name} is already registered. If it is yours, connect it as your own domain.`

/** 422: OVH does not sell it (an extension it does not offer, a name it will not register now). */
export const notSoldMessage = (name: string, lang: Lang): string =>
  lang === 'pl' ? `Domeny ${name} nie można kupić przez naszą platformę.` : `${name} cannot be bought through our platform.`

/** The payment's description (receipts, P24's page). */
export const paymentDescription = (name: string, lang: Lang): string =>
  lang === 'pl' ? `Domena ${name} – rejestracja na rok` : `Domain ${name} – registration for one year`

/** The owner's bell when an order fails. */
export const failureNotice = (name: string, lang: Lang): string =>
  lang === 'pl' ? `Zamówienie domeny ${name} nie powiodło się. Sprawdź przyczynę i spróbuj ponownie.` : `The order for ${name} failed. See why and try again.`

export const priceText = (grosze: number, lang: Lang) => formatMoney(grosze, lang)
