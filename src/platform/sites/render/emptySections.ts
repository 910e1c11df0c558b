/**
 * Sections with nothing to show are left off public pages (no heading over an
 * empty space), and the site editor says why on the section's card:
 * "Sekcja jest ukryta, bo …" / "This section is hidden because …".
 * A section is empty when its type has no renderer now (its plugin is off) or
 * its renderer's `emptyReason` says so, given its config and loaded data.
 */
import type { Payload } from 'payload'

import type { SiteLocale } from '../templateConfig'
import type { EmptyReason, SectionData, SectionRenderer, SiteMeta } from './types'

import { sectionRenderer } from './registry'
import { loadSections } from './sectionData'

/** A section whose type no plugin renders now (its plugin disabled, say). */
export const UNAVAILABLE: EmptyReason = {
  pl: 'ten rodzaj sekcji jest teraz niedostępny (jego moduł jest wyłączony)',
  en: 'this kind of section is not available now (its module is turned off)',
}

/** Why `section` shows nothing (undefined: it is shown). `data` is what its loader returned for this render. */
export const emptyReasonOf = (
  section: SectionData,
  data: unknown,
  rendererOf: (type: string) => SectionRenderer | undefined = sectionRenderer,
): EmptyReason | undefined => {
  const renderer = rendererOf(section.type)
  if (!renderer) return UNAVAILABLE
  return renderer.emptyReason?.({ section, data })
}

/** The editor's sentence in both languages. */
export const hiddenMessage = (reason: EmptyReason): EmptyReason => ({
  pl: `Sekcja jest ukryta, bo ${reason.pl}.`,
  en: `This section is hidden because ${reason.en}.`,
})

export type EmptySection = { page: number; section: number; reason: EmptyReason; message: EmptyReason }

const isSection = (value: unknown): value is SectionData =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && typeof (value as { type?: unknown }).type === 'string'

/**
 * The sections of `config` (a draft, as the editor holds it) that a visitor would not see for lack of content,
 * by page and section index. Sections hidden by hand are not listed (the editor marks those itself). Loaders run
 * as in the draft preview (`preview: true`, nothing cached), in the site's default language.
 */
export const findEmptySections = async ({
  payload,
  site,
  config,
  locale,
  rendererOf = sectionRenderer,
}: {
  payload: Payload
  site: SiteMeta
  config: { pages?: unknown }
  locale: SiteLocale
  rendererOf?: (type: string) => SectionRenderer | undefined
}): Promise<EmptySection[]> => {
  const pages = Array.isArray(config.pages) ? (config.pages as { sections?: unknown }[]) : []
  const found: EmptySection[] = []
  for (const [pageIndex, page] of pages.entries()) {
    const all = Array.isArray(page?.sections) ? (page.sections as unknown[]) : []
    const shown = all.flatMap((section, index) => (isSection(section) && section.hidden !== true ? [{ section, index }] : []))
    const loaded = await loadSections({
      payload,
      site,
      locale,
      preview: true,
      sections: shown.map(({ section }) => section).filter((section) => rendererOf(section.type)),
      rendererOf,
      defaultMaxAgeMs: 0,
    })
    for (const { section, index } of shown) {
      const reason = emptyReasonOf(section, loaded.data.get(section), rendererOf)
      if (reason) found.push({ page: pageIndex, section: index, reason, message: hiddenMessage(reason) })
    }
  }
  return found
}
