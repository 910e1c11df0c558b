/**
 * What the admin's site editor needs to draw its forms: the JSON Schema of
 * every registered section type (so types a plugin registers are editable
 * without admin code of their own), the fonts and the locales.
 */
import { z } from 'zod'

import { registeredSections, type SectionLabel } from './sectionRegistry'
import { SITE_FONTS, SITE_LOCALES } from './templateConfig'

export type SectionTypeSchema = { type: string; label: SectionLabel; schema: Record<string, unknown> }
export type ConfigSchema = { sections: SectionTypeSchema[]; fonts: string[]; locales: string[] }

export const buildConfigSchema = (): ConfigSchema => ({
  sections: registeredSections().map(({ type, schema, label }) => ({
    type,
    label,
    // `input`: optional fields stay out of `required`; refinements (links) have no JSON Schema form and are checked on save.
    schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
  })),
  fonts: [...SITE_FONTS],
  locales: [...SITE_LOCALES],
})
