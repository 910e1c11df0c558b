/**
 * Where a site configuration (draft `templateConfig` or a published
 * `configSnapshot`) places custom components: every `customComponent` section
 * with the path of its `componentId`, e.g. `pages[0].sections[3].componentId`.
 */
export type ComponentRef = { componentId: string; path: string; segments: (string | number)[] }

type Section = { type?: unknown; componentId?: unknown }
type Page = { sections?: unknown }

export const componentRefs = (config: unknown): ComponentRef[] => {
  const pages = (config as { pages?: unknown } | null | undefined)?.pages
  if (!Array.isArray(pages)) return []
  const refs: ComponentRef[] = []
  pages.forEach((page: Page, pageIndex) => {
    if (!page || !Array.isArray(page.sections)) return
    page.sections.forEach((section: Section, sectionIndex) => {
      if (!section || section.type !== 'customComponent') return
      const id = section.componentId
      if (typeof id !== 'string' && typeof id !== 'number') return
      refs.push({
        componentId: String(id),
        path: `pages[${pageIndex}].sections[${sectionIndex}].componentId`,
        segments: ['pages', pageIndex, 'sections', sectionIndex, 'componentId'],
      })
    })
  })
  return refs
}

/** Whether the configuration shows the component anywhere. */
export const usesComponent = (config: unknown, componentId: number | string): boolean =>
  componentRefs(config).some((ref) => ref.componentId === String(componentId))
