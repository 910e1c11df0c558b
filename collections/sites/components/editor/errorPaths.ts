/**
 * Pure: the config paths named in a save's validation message
 * (`Invalid site configuration: pages[0].sections[2].heading.en: Required; theme.colors.primary: Expected…`),
 * so the editor can mark those inputs.
 */
export const errorPaths = (message: string | undefined): Set<string> => {
  const paths = new Set<string>()
  if (!message) return paths
  for (const part of message.replace(/^Invalid site configuration:\s*/, '').split('; ')) {
    const match = /^([A-Za-z_$][\w$]*(?:\[\d+\]|\.[A-Za-z_$][\w$]*)*): /.exec(part.trim())
    if (match) paths.add(match[1])
  }
  return paths
}

/** `['pages', 0, 'title', 'pl']` → `pages[0].title.pl`, the way the server names paths. */
export const pathKey = (path: readonly (string | number)[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '')
