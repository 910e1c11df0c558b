/**
 * Section renderers keyed by section `type`, with their server-side loaders
 * and cache rules. Core registers one for every core type (sections/index.ts);
 * a plugin's renderer for a core type replaces core's. Plugins register
 * through the contract's `sections` (definePlatformPlugin).
 */
import type { SectionRenderer } from './types'

const CORE = 'core'
const renderers = new Map<string, SectionRenderer & { owner: string }>()

/**
 * Registers `type`'s renderer. Core's may be replaced by anyone; the same owner may replace its
 * own (a plugin applied again); two plugins rendering one type is an error.
 */
export const registerSectionRenderer = (type: string, renderer: SectionRenderer, { owner = CORE }: { owner?: string } = {}): void => {
  const current = renderers.get(type)
  if (current && current.owner !== CORE && current.owner !== owner) {
    throw new Error(`Section type "${type}" is already rendered by "${current.owner}"`)
  }
  if (current && current.owner !== CORE && owner === CORE) return
  if (renderer.clientEntry !== undefined && !renderer.clientEntry.startsWith('/')) {
    throw new Error(`The clientEntry of section "${type}" must be an absolute path`)
  }
  renderers.set(type, { ...renderer, owner })
  clientEntriesChanged()
}

export const sectionRenderer = (type: string): SectionRenderer | undefined => renderers.get(type)

/** `type` → absolute path of its browser module, for every renderer that has one (sorted, so the bundle is stable). */
export const clientEntries = (): [string, string][] =>
  [...renderers.entries()]
    .filter(([, renderer]) => renderer.clientEntry)
    .map(([type, renderer]): [string, string] => [type, renderer.clientEntry!])
    .sort(([a], [b]) => a.localeCompare(b))

let version = 0
/** Bumped whenever the set of renderers changes, so the client bundle is rebuilt when needed. */
export const registryVersion = (): number => version
const clientEntriesChanged = () => {
  version++
}
