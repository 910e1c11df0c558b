/**
 * The schema of a site's `templateConfig` (also a template's `config` and a
 * version's `configSnapshot`), validated with zod.
 *
 * Shape (every key optional, so `{}` is an empty, valid draft):
 * ```
 * {
 *   theme:      { colors: { primary, secondary, background, text, accent }  // "#rrggbb" or "#rgb"
 *                 fonts:  { heading, body } }                              // from SITE_FONTS
 *   locales:    { default: 'pl' | 'en', enabled: ['pl', 'en'] }           // default must be enabled
 *   seo:        { title: {pl,en}, description: {pl,en}, image: { mediaId } }
 *   pages:      [{ slug, title: {pl,en}, sections: Section[] }]            // slugs unique; first is home
 *   navigation: [{ label: {pl,en}, page: '<page slug>', anchor?: '<section id>' } | { label: {pl,en}, url: 'https://…' }]
 * }
 * ```
 * A section is `{ type, id?, ... }`; its fields depend on `type` and are
 * checked by the validator registered for that type (see sectionRegistry.ts:
 * core types are hero, about, services, team, contact, customComponent;
 * plugins add their own and may add fields to any type).
 * Texts a visitor reads are `{ pl, en }`; images are always `{ mediaId }`
 * objects, so usages are found by `collectMediaIds` (src/platform/media).
 */
import { z } from 'zod'

import { checkSection, localizedText, mediaRef } from './sectionRegistry'

export const SITE_LOCALES = ['pl', 'en'] as const
export type SiteLocale = (typeof SITE_LOCALES)[number]

/** Fonts the public renderer ships (self-hosted, Polish glyphs included). */
export const SITE_FONTS = [
  'Inter',
  'Lato',
  'Lora',
  'Merriweather',
  'Montserrat',
  'Nunito',
  'Open Sans',
  'Playfair Display',
  'Poppins',
  'Raleway',
  'Roboto',
  'Source Serif 4',
] as const

const hexColor = z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'Expected a hex colour like #1a2b3c')
const font = z.enum(SITE_FONTS, { error: `Expected one of the fonts: ${SITE_FONTS.join(', ')}` })
const pageSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a slug of lowercase letters, digits and dashes')
  .max(60)
  // The public URL of a page is /s/<identifier>/<slug>, and /s/<identifier>/<locale>/… is the other language.
  .refine((slug) => !(SITE_LOCALES as readonly string[]).includes(slug), { message: 'A page slug may not be a language code (pl, en)' })

export const themeSchema = z.strictObject({
  colors: z
    .strictObject({
      primary: hexColor.optional(),
      secondary: hexColor.optional(),
      accent: hexColor.optional(),
      background: hexColor.optional(),
      text: hexColor.optional(),
    })
    .optional(),
  fonts: z.strictObject({ heading: font.optional(), body: font.optional() }).optional(),
})

export const localesSchema = z
  .strictObject({
    default: z.enum(SITE_LOCALES),
    enabled: z.array(z.enum(SITE_LOCALES)).min(1),
  })
  .refine((value) => value.enabled.includes(value.default), { message: 'The default locale must be enabled', path: ['default'] })

export const pageSchema = z.strictObject({
  slug: pageSlug,
  title: localizedText,
  sections: z.array(z.unknown().superRefine(checkSection)).default([]),
})

const navigationItem = z.union([
  z.strictObject({
    label: localizedText,
    page: pageSlug,
    anchor: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'Expected a section id')
      .optional(),
  }),
  z.strictObject({ label: localizedText, url: z.url({ protocol: /^https?$/, error: 'Expected an http(s) address' }) }),
])

export const templateConfigSchema = z
  .object({
    theme: themeSchema.optional(),
    locales: localesSchema.optional(),
    seo: z.strictObject({ title: localizedText.optional(), description: localizedText.optional(), image: mediaRef.optional() }).optional(),
    pages: z.array(pageSchema).optional(),
    navigation: z.array(navigationItem).optional(),
  })
  .superRefine((config, ctx) => {
    const slugs = new Map<string, number>()
    config.pages?.forEach((page, index) => {
      if (slugs.has(page.slug)) {
        ctx.addIssue({ code: 'custom', path: ['pages', index, 'slug'], message: `Duplicate page slug "${page.slug}"` })
      }
      slugs.set(page.slug, index)
    })
    config.navigation?.forEach((item, index) => {
      if ('page' in item && !slugs.has(item.page)) {
        ctx.addIssue({ code: 'custom', path: ['navigation', index, 'page'], message: `No page with slug "${item.page}"` })
      }
    })
  })

export type TemplateConfig = z.infer<typeof templateConfigSchema>

/** `pages[0].sections[2].title.pl` from zod's path array. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '')

export type ConfigIssue = { path: string; message: string }
export type ConfigCheck = { ok: true; config: TemplateConfig } | { ok: false; issues: ConfigIssue[]; message: string }

const MAX_MESSAGES = 5

/** Validates a config; the message names the path of each bad value, e.g. `pages[0].sections[2].title.pl: Required`. */
export const validateTemplateConfig = (value: unknown): ConfigCheck => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issues: [{ path: '', message: 'Expected an object' }], message: 'Expected an object' }
  }
  const result = templateConfigSchema.safeParse(value, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined),
  })
  if (result.success) return { ok: true, config: result.data }
  const issues = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
  const shown = issues.slice(0, MAX_MESSAGES).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
  if (issues.length > MAX_MESSAGES) shown.push(`(${issues.length - MAX_MESSAGES} more)`)
  return { ok: false, issues, message: shown.join('; ') }
}
