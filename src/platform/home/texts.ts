/** The home's own words, in Polish and English. */
import type { SiteRole } from '../access'
import type { Lang } from '../i18n/format'

export const HOME_TEXTS = {
  pl: {
    title: 'Twoje strony',
    staffTitle: 'Panel platformy',
    staffIntro: 'Konto zespołu platformy: audyt, zadania w tle, użytkownicy i regulamin. Strony właścicieli otwierasz z listy stron.',
    noSites: 'Nie masz jeszcze żadnej strony. Utwórz pierwszą z szablonu: zajmie to minutę.',
    allSites: 'Wszystkie strony',
    choose: 'Wybierz stronę',
    edit: 'Edytuj stronę',
    preview: 'Podgląd',
    open: 'Otwórz stronę',
    draft: 'Wersja robocza: strona nie jest jeszcze opublikowana.',
    published: 'Opublikowana',
    changed: 'Opublikowana; zapisane zmiany czekają na publikację.',
    version: 'wersja',
    role: 'Twoja rola',
    address: 'Adres',
    addressAfter: '(po publikacji)',
    jobs: 'Zadania w tle',
    audit: 'Dziennik audytu',
    users: 'Użytkownicy',
    terms: 'Regulamin',
    sites: 'Strony',
  },
  en: {
    title: 'Your sites',
    staffTitle: 'Platform desk',
    staffIntro: "A platform staff account: audit, background jobs, users and terms. Open owners' sites from the sites list.",
    noSites: 'You have no site yet. Start your first one from a template: it takes a minute.',
    allSites: 'All sites',
    choose: 'Choose a site',
    edit: 'Edit site',
    preview: 'Preview',
    open: 'Open site',
    draft: 'Draft: the site is not published yet.',
    published: 'Published',
    changed: 'Published; saved changes wait to be published.',
    version: 'version',
    role: 'Your role',
    address: 'Address',
    addressAfter: '(once published)',
    jobs: 'Background jobs',
    audit: 'Audit log',
    users: 'Users',
    terms: 'Terms of service',
    sites: 'Sites',
  },
} satisfies Record<Lang, Record<string, string>>

export const ROLE_NAMES: Record<Lang, Record<SiteRole, string>> = {
  pl: { owner: 'właściciel', admin: 'administrator', editor: 'redaktor', host: 'prowadzący', viewer: 'obserwator (tylko odczyt)' },
  en: { owner: 'owner', admin: 'admin', editor: 'editor', host: 'host', viewer: 'viewer (read only)' },
}
