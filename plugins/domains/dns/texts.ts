/** What the DNS, own-domain and going-live parts say, in Polish and English. */
import type { Bilingual } from '@platform'
import type { RecordPurpose } from './records'

export const DNS_TEXT = {
  signIn: { pl: 'Zaloguj się, aby zarządzać domenami.', en: 'Sign in to manage domains.' },
  forbidden: {
    pl: 'Domenami tej strony może zarządzać tylko jej właściciel lub administrator.',
    en: "Only the site's owner or an admin may manage its domains.",
  },
  notFound: { pl: 'Nie znaleziono takiej domeny.', en: 'No such domain.' },
  badBody: {
    pl: 'Podaj stronę (site), nazwę domeny (name) i opcjonalnie proxyMode (true albo false).',
    en: 'Give the site, the domain name (name) and optionally proxyMode (true or false).',
  },
  attached: {
    pl: 'Ta domena jest już podłączona do strony na naszej platformie. Domena nigdy nie może być podłączona do dwóch stron.',
    en: 'This domain is already attached to a site on our platform: a domain is never attached to two sites.',
  },
  noTarget: {
    pl: 'Platforma nie ma jeszcze ustawionego adresu, na który mogą wskazywać domeny. Podłącz domenę bez przekierowania DNS (proxyMode: false) albo spróbuj później.',
    en: 'The platform has no address for domains to point at yet. Connect the domain without pointing its DNS here (proxyMode: false), or try later.',
  },
  tooMany: { pl: 'Zbyt wiele sprawdzeń. Spróbuj ponownie za chwilę.', en: 'Too many checks. Please try again in a while.' },
  notYet: {
    pl: 'Tej domeny nie ma jeszcze czego sprawdzać: zamówienie nie doszło do etapu DNS.',
    en: 'There is nothing to check for this domain yet: its order has not reached the DNS stage.',
  },
  cancelled: { pl: 'To zamówienie domeny zostało anulowane.', en: 'This domain order was cancelled.' },
  notDnsFailure: {
    pl: 'To zamówienie zatrzymało się przed etapem DNS. Ponów je w zamówieniu domeny.',
    en: 'This order stopped before the DNS stage. Retry it from the domain order.',
  },
  ovhMissing: {
    pl: 'Platforma nie ma skonfigurowanego dostępu do OVH, więc nie może ustawić DNS tej domeny.',
    en: 'The platform has no OVH access configured, so it cannot set up this domain’s DNS.',
  },
  targetMissing: {
    pl: 'Platforma nie ma ustawionego adresu (DOMAINS_TARGET_IPV4 / DOMAINS_TARGET_IPV6), na który mają wskazywać domeny. Administrator platformy musi go ustawić.',
    en: 'The platform has no address (DOMAINS_TARGET_IPV4 / DOMAINS_TARGET_IPV6) for domains to point at. The platform administrator must set it.',
  },
  siteTaken: {
    pl: 'Inna strona na platformie używa już tej domeny, więc nie możemy jej włączyć.',
    en: 'Another site on the platform already uses this domain, so it cannot go live.',
  },
} satisfies Record<string, Bilingual>

export const PURPOSE_LABELS: Record<RecordPurpose, Bilingual> = {
  apex: { pl: 'Adres główny domeny', en: 'The domain itself' },
  www: { pl: 'Adres z www', en: 'The www address' },
  verification: { pl: 'Potwierdzenie, że domena należy do Ciebie', en: 'Proof that the domain is yours' },
}

/** What the owner should do, by kind and proxy mode. */
export const instructions = ({ kind, proxyMode, domain }: { kind: 'purchase' | 'own'; proxyMode: boolean; domain: string }): Bilingual => {
  if (kind === 'purchase')
    return {
      pl: `Domenę ${domain} kupiliśmy dla Ciebie i sami ustawiamy jej rekordy DNS. Nic nie musisz robić.`,
      en: `We bought ${domain} for you and set its DNS records ourselves. There is nothing for you to do.`,
    }
  if (proxyMode)
    return {
      pl: `U dostawcy DNS domeny ${domain} ustaw poniższe rekordy (usuń inne rekordy A, AAAA i CNAME dla tych nazw). Sprawdzamy je co jakiś czas; domena zacznie działać, gdy wszystkie będą widoczne. Zmiany DNS mogą potrzebować nawet kilku godzin.`,
      en: `At ${domain}'s DNS provider, set the records below (and remove other A, AAAA and CNAME records for those names). We check them from time to time; the domain goes live once all of them are visible. DNS changes may take a few hours.`,
    }
  return {
    pl: `Twój DNS i serwer pośredniczący zostają bez zmian. Dodaj tylko poniższy rekord TXT u dostawcy DNS domeny ${domain}, aby potwierdzić, że domena należy do Ciebie; ruch kieruj na platformę samodzielnie.`,
    en: `Your DNS and proxy stay as they are. Only add the TXT record below at ${domain}'s DNS provider to prove the domain is yours; route its traffic to the platform yourself.`,
  }
}
