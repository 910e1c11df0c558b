/**
 * Payload's own Polish admin texts where they break the house style (README, "Polish house style"): a noun pasted
 * into a masculine phrase ("Stwórz nowy Rezerwacja"), a search placeholder without its field ("Szukaj według"),
 * and gendered forms addressed to the user ("określiłeś", "Zostałeś wylogowany", "Pozostań zalogowany").
 * Merged over Payload's translations by the config's `i18n.translations`. In both languages, a checkbox column
 * reads "tak"/"nie" ("yes"/"no"), not Payload's "prawda"/"fałszywe" ("true"/"false"). An empty title cell reads
 * "(brak: Imię)", not "<Bez Imię>" (the label in the nominative after "bez").
 */
export const POLISH_ADMIN_OVERRIDES = {
  general: {
    true: 'Tak',
    false: 'Nie',
    createNew: 'Dodaj',
    createNewLabel: 'Dodaj: {{label}}',
    searchBy: 'Szukaj: {{label}}',
    noResultsDescription: 'Nic tu jeszcze nie ma albo nic nie pasuje do wybranych filtrów.',
    noLabel: '(brak: {{label}})',
  },
  authentication: {
    loggedOutInactivity: 'Wylogowano Cię z powodu braku aktywności.',
    loggedOutSuccessfully: 'Wylogowano Cię.',
    youAreInactive: 'Od dłuższego czasu nic tu nie robisz, więc wkrótce wylogujemy Cię dla bezpieczeństwa. Chcesz zostać w panelu?',
    stayLoggedIn: 'Nie wylogowuj mnie',
  },
} as const

export const ENGLISH_ADMIN_OVERRIDES = {
  general: { true: 'Yes', false: 'No' },
} as const
