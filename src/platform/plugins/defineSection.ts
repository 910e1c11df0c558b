/**
 * A public-site section as a plugin declares it (the contract's `sections`).
 * `defineSection` only ties the types together: `section` is typed from
 * `schema`, and the Component's `data` from what `load` returns, with no casts.
 */
import type { ComponentType } from 'react'
import type { ZodType } from 'zod'

import type { SectionLabel } from '../sites/sectionRegistry'
import type { SectionCache, SectionData, SectionLoadArgs, SectionProps } from '../sites/render/types'

export type PlatformSection<Props extends object = SectionData, Data = undefined> = {
  type: string
  /** Registers a NEW type's validator (build it with `sectionSchema({...})`); without it the type must exist already. */
  schema?: ZodType<Props>
  /** What the admin editor calls a new type, in both languages (with `schema`). */
  label?: SectionLabel
  /**
   * Server-side data for the section, loaded before the page renders (in parallel with the page's other
   * loaders) and passed to `Component` as `data`. A loader that throws or is slow is logged and the section
   * renders with `data: undefined`. Requires `cache`.
   */
  load?: (args: SectionLoadArgs<Props>) => Promise<Data>
  /** When the cached HTML of a page showing this section goes stale (see SectionCache). Required with `load`. */
  cache?: SectionCache
  /**
   * With `load`: true when the data leaves nothing to show (no upcoming events, say; `data` is undefined when the
   * loader failed). The page then leaves the section out entirely, heading and wrapper included.
   */
  isEmpty?: (data: Data | undefined) => boolean
  /** Renders the section on the server (react-dom/server, no hydration). */
  Component: ComponentType<SectionProps<Props, Data>>
  /**
   * An absolute path to a browser module exporting `mount(element, props)`, which makes the section
   * interactive (bundled into the sites' one script).
   */
  clientEntry?: string
  /**
   * What the draft preview of a site never published says in place of the interactive part, whose visitor
   * endpoints answer for published sites only: `{ pl: 'Rezerwacje będą dostępne po publikacji', en: … }`.
   * The section's own markup is still shown (inert, not mounted), under this notice. Without it, a section with a
   * `clientEntry` gets a general notice.
   */
  afterPublishing?: { pl: string; en: string }
}

/** Any section, whatever its props and data (what the contract's `sections` holds). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each section types its own props and data (defineSection)
export type AnyPlatformSection = PlatformSection<any, any>

/**
 * Declares a section with its types inferred: `section` from `schema`, `data` from `load`.
 * ```ts
 * export const upcoming = defineSection({
 *   type: 'events/upcoming',
 *   schema: sectionSchema({ heading: localizedText, limit: z.number().int().optional() }),
 *   load: async ({ payload, site, props }) => (await payload.find({ ... })).docs,
 *   cache: { invalidatedBy: ['events'] },
 *   Component: ({ section, data }) => ...,
 * })
 * ```
 */
export const defineSection = <Props extends object = SectionData, Data = undefined>(section: PlatformSection<Props, Data>): PlatformSection<Props, Data> =>
  section
