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

import type { Lang } from '../i18n/format'
import { t } from '../i18n/labels'
import { issueSentence, PARSE_OPTIONS, zodText, type IssueLike } from '../i18n/zodMessages'
import { labelConfigPath } from './configLabels'
import { checkSection, localizedText, mediaRef, sectionLabelOf } from './sectionRegistry'

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

const hexColor = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, zodText(t('enter a colour as #rrggbb (e.g. #1a2b3c)', 'podaj kolor w zapisie #rrggbb (np. #1a2b3c)')))
const font = z.enum(SITE_FONTS, {
  error: zodText(t(`choose one of the fonts: ${SITE_FONTS.join(' / ')}`, `wybierz jedną z czcionek: ${SITE_FONTS.join(' / ')}`)),
})
const pageSlug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    zodText(t('use lowercase letters, digits and dashes (e.g. o-mnie)', 'użyj małych liter bez polskich znaków, cyfr i myślników (np. o-mnie)')),
  )
  .max(60)
  // The public URL of a page is /s/<identifier>/<slug>, and /s/<identifier>/<locale>/… is the other language.
  .refine((slug) => !(SITE_LOCALES as readonly string[]).includes(slug), {
    message: zodText(t('may not be a language code (pl or en)', 'nie może być kodem języka (pl ani en)')),
  })

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
  .refine((value) => value.enabled.includes(value.default), {
    message: zodText(t('must be one of the languages on the site', 'musi być jednym z języków strony')),
    path: ['default'],
  })

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
      .regex(/^[a-z0-9-]+$/, zodText(t('choose a section of the page', 'wybierz sekcję podstrony')))
      .optional(),
  }),
  z.strictObject({
    label: localizedText,
    url: z.url({
      protocol: /^https?$/,
      error: zodText(t('enter an address starting with http:// or https://', 'wpisz adres zaczynający się od http:// lub https://')),
    }),
  }),
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
        const text = t(`another page has the address "${page.slug}"`, `inna podstrona ma już adres „${page.slug}”`)
        ctx.addIssue({ code: 'custom', path: ['pages', index, 'slug'], message: text.en, params: { text } })
      }
      slugs.set(page.slug, index)
    })
    config.navigation?.forEach((item, index) => {
      if ('page' in item && !slugs.has(item.page)) {
        const text = t(`there is no page with the address "${item.page}"`, `nie ma podstrony o adresie „${item.page}”`)
        ctx.addIssue({ code: 'custom', path: ['navigation', index, 'page'], message: text.en, params: { text } })
      }
    })
  })

export type TemplateConfig = z.infer<typeof templateConfigSchema>

/** `pages[0].sections[2].title.pl` from zod's path array. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '')

/** One problem: `path` as the editor names its inputs (`pages[0].title.pl`), `message` a sentence in the asked language. */
export type ConfigIssue = { path: string; message: string }
export type ConfigCheck = { ok: true; config: TemplateConfig } | { ok: false; issues: ConfigIssue[]; message: string }

const MAX_MESSAGES = 5

/** The issues of a parse as sentences ("O mnie › Nagłówek (PL) jest wymagany"), each with its raw path. */
export const describeConfigIssues = (issues: readonly IssueLike[], config: unknown, lang: Lang): ConfigIssue[] =>
  issues.map((issue) => {
    const path = issue.path ?? []
    const { label, gender } = labelConfigPath(path, { config, lang, sectionLabel: sectionLabelOf })
    return { path: formatPath(path), message: issueSentence({ issue, lang, label: label || undefined, gender }) }
  })

/** The first few sentences joined with "; ", and how many more there are. */
export const summarizeIssues = (issues: readonly ConfigIssue[], lang: Lang): string => {
  const shown = issues.slice(0, MAX_MESSAGES).map((issue) => issue.message)
  if (issues.length > MAX_MESSAGES) shown.push(lang === 'pl' ? `(i jeszcze ${issues.length - MAX_MESSAGES})` : `(${issues.length - MAX_MESSAGES} more)`)
  return shown.join('; ')
}

/**
 * Validates a config. Each issue names its value the way an owner sees it, in `lang` (English unless asked):
 * `O mnie › Nagłówek (PL) jest wymagany`, `Motyw › Kolor główny: podaj kolor w zapisie #rrggbb…`.
 */
export const validateTemplateConfig = (value: unknown, { lang = 'en' }: { lang?: Lang } = {}): ConfigCheck => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const message = lang === 'pl' ? 'Konfiguracja strony musi być obiektem JSON' : 'The site configuration must be a JSON object'
    return { ok: false, issues: [{ path: '', message }], message }
  }
  const result = templateConfigSchema.safeParse(value, PARSE_OPTIONS)
  if (result.success) return { ok: true, config: result.data }
  const issues = describeConfigIssues(result.error.issues, value, lang)
  return { ok: false, issues, message: summarizeIssues(issues, lang) }
}
