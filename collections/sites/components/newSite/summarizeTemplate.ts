/** Pure: what a template card shows of a config: its theme colours, page and section counts. */
export type TemplateSummary = { colors: string[]; pages: number; sections: number }

const COLOUR_ORDER = ['primary', 'secondary', 'accent', 'background', 'text']

export const summarizeTemplate = (config: unknown): TemplateSummary => {
  const object = (config && typeof config === 'object' ? config : {}) as { theme?: { colors?: Record<string, unknown> }; pages?: unknown }
  const colours = object.theme?.colors ?? {}
  const pages = Array.isArray(object.pages) ? (object.pages as { sections?: unknown }[]) : []
  return {
    colors: COLOUR_ORDER.map((key) => colours[key]).filter((value): value is string => typeof value === 'string'),
    pages: pages.length,
    sections: pages.reduce((sum, page) => sum + (Array.isArray(page?.sections) ? page.sections.length : 0), 0),
  }
}
