/**
 * Media references in a site's `templateConfig`: objects `{ "mediaId": <id> }`
 * anywhere in the JSON (sections, theme, pages, PL/EN variants). Pure: no I/O.
 */
import type { ID } from '../access/ids'

const isId = (value: unknown): value is ID =>
  (typeof value === 'number' && Number.isInteger(value) && value > 0) || (typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value))

/** Every distinct media id referenced in `config`, in order of first appearance. Cycles and odd values are ignored. */
export const collectMediaIds = (config: unknown): ID[] => {
  const found = new Map<string, ID>()
  const seen = new Set<object>()
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return
    seen.add(value)
    if (Array.isArray(value)) {
      for (const item of value) walk(item)
      return
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'mediaId') {
        if (isId(child) && !found.has(String(child))) found.set(String(child), child)
      } else {
        walk(child)
      }
    }
  }
  walk(config)
  return [...found.values()]
}
