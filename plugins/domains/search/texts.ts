/** The search endpoint's answers in Polish and English. */
import { formatMoney, type Lang } from '@platform/format'
import type { SearchResult } from './searchDomains'

export const SEARCH_TEXT = {
  signIn: { pl: 'Zaloguj się, aby wyszukać domenę.', en: 'Sign in to search for a domain.' },
  site: { pl: 'Wybierz stronę, dla której szukasz domeny.', en: 'Choose the site you are looking for a domain for.' },
  forbidden: {
    pl: 'Domeny dla tej strony może wyszukiwać i kupować tylko jej właściciel lub administrator.',
    en: "Only the site's owner or an admin may search for and buy domains for it.",
  },
  tooMany: { pl: 'Zbyt wiele wyszukiwań. Spróbuj ponownie za chwilę.', en: 'Too many searches. Please try again in a while.' },
  notConfigured: {
    pl: 'Zakup domen nie jest jeszcze dostępny: platforma nie ma skonfigurowanego dostępu do OVH.',
    en: 'Buying domains is not available yet: the platform has no OVH access configured.',
  },
} as const

const money = (grosze: number, lang: Lang, currency: string) => formatMoney(grosze, lang, currency)

/** One sentence about one name: free and its price, registered, already on the platform, or not sold. */
export const resultMessage = (result: SearchResult & { unicodeName: string; inUse: boolean }, lang: Lang): string => {
  const name = result.unicodeName
  const extension = name.slice(name.indexOf('.'))
  if (result.inUse)
    return lang === 'pl'
      ? `Domena ${name} jest już podłączona do strony na naszej platformie.`
      : `The domain ${name} is already attached to a site on our platform.`
  if (result.available && result.price)
    return lang === 'pl'
      ? `Domena ${name} jest wolna: ${money(result.price.gross, lang, result.price.currency)} brutto (${money(result.price.net, lang, result.price.currency)} netto) za rok.`
      : `${name} is available: ${money(result.price.gross, lang, result.price.currency)} incl. VAT (${money(result.price.net, lang, result.price.currency)} excl. VAT) per year.`
  if (result.action === 'transfer')
    return lang === 'pl'
      ? `Domena ${name} jest już zajęta. Jeśli należy do Ciebie, podłącz ją jako własną domenę.`
      : `${name} is already registered. If it is yours, connect it as your own domain.`
  if (result.action) return lang === 'pl' ? `Domeny ${name} nie można teraz kupić.` : `${name} cannot be bought right now.`
  return lang === 'pl' ? `Domen z końcówką ${extension} nie sprzedajemy.` : `We do not sell ${extension} domains.`
}
