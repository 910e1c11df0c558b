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

/**
 * "Data shown on this site's pages changed" (a document of a collection some section names in
 * `cache.invalidatedBy`): the cache drops the site's rendered pages, but keeps its published snapshot.
 */
type DataListener = (siteId: string) => void
const dataListeners = new Set<DataListener>()

export const onSiteDataChanged = (listener: DataListener): (() => void) => {
  dataListeners.add(listener)
  return () => dataListeners.delete(listener)
}

export const siteDataChanged = (siteId: string): void => {
  for (const listener of dataListeners) listener(siteId)
}
