/**
 * A tiny in-process emitter: "this site's public face changed" (published,
 * restored, renamed, new identifier or domain, deleted). The public page
 * cache drops the site's entries at once. Other processes notice through the
 * cache's periodic recheck of the published version (see siteState.ts).
 */
export type SiteChange = { siteId: string; identifiers: string[]; domains: string[] }
type Listener = (change: SiteChange) => void

const listeners = new Set<Listener>()

export const onSiteChanged = (listener: Listener): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const siteChanged = (change: SiteChange): void => {
  for (const listener of listeners) listener(change)
}
