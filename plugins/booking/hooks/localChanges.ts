/**
 * Tells this process's availability cache that a change it committed replaced a site's stamp (no imports: the
 * collections' hooks and the cache would otherwise import each other).
 */
import type { ID } from '@platform'

const listeners = new Set<(siteId: ID) => void>()

export const onLocalAvailabilityChange = (listener: (siteId: ID) => void): void => {
  listeners.add(listener)
}

export const localAvailabilityChanged = (siteId: ID): void => {
  for (const listener of listeners) listener(siteId)
}
