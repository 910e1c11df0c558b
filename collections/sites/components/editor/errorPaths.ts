/**
 * Pure: the problems of a refused save's message, one per line
 * (`Nie zapisano zmian: Start › O mnie › Nagłówek (PL) jest wymagany, Motyw › Kolor główny: podaj kolor…`):
 * what follows the intro, split at commas as Payload's error toast splits it.
 */
export const refusalLines = (message: string | undefined): string[] => {
  if (!message) return []
  const colon = message.indexOf(': ')
  const rest = colon >= 0 ? message.slice(colon + 2) : message
  return rest
    .split(', ')
    .map((line) => line.trim())
    .filter(Boolean)
}

/** `['pages', 0, 'title', 'pl']` → `pages[0].title.pl`, the way the server names paths. */
export const pathKey = (path: readonly (string | number)[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '')
