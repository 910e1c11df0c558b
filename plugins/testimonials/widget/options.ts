/**
 * The widget's query options (`?lang=pl|en&limit=&theme=light|dark&layout=list|carousel&format=html|json|js`),
 * checked strictly: an embed code with a typo gets a 400 naming the option rather than a widget that silently
 * looks different. Unknown parameters are ignored (embedding pages add their own, e.g. cache busters).
 */
import type { Bilingual } from '@platform'

export const WIDGET_LANGS = ['pl', 'en'] as const
export const WIDGET_THEMES = ['light', 'dark'] as const
export const WIDGET_LAYOUTS = ['list', 'carousel'] as const
export const WIDGET_FORMATS = ['html', 'json', 'js'] as const

export type WidgetLang = (typeof WIDGET_LANGS)[number]
export type WidgetTheme = (typeof WIDGET_THEMES)[number]
export type WidgetLayout = (typeof WIDGET_LAYOUTS)[number]
export type WidgetFormat = (typeof WIDGET_FORMATS)[number]

export const DEFAULT_LIMIT = 10
export const MAX_LIMIT = 50

/** `lang` undefined: the site's default language (known once the site is read). */
export type WidgetOptions = { lang?: WidgetLang; limit: number; theme: WidgetTheme; layout: WidgetLayout; format: WidgetFormat }

export type ParsedOptions = { ok: true; options: WidgetOptions } | { ok: false; message: Bilingual }

const oneOf = <T extends string>(values: readonly T[], value: string): value is T => (values as readonly string[]).includes(value)

const bad = (name: string, allowed: string): ParsedOptions => ({
  ok: false,
  message: { en: `The widget option "${name}" must be ${allowed}.`, pl: `Opcja widżetu „${name}” musi mieć wartość ${allowed}.` },
})

/**
 * The options a widget request names. `format` is `html` unless the path fixed it (`widget.js`), in which case a
 * different `format` in the query is refused. The last value of a repeated parameter counts.
 */
export const parseWidgetOptions = (params: URLSearchParams, { fixedFormat }: { fixedFormat?: WidgetFormat } = {}): ParsedOptions => {
  const read = (name: string) => {
    const values = params.getAll(name)
    return values.length ? values[values.length - 1].trim().toLowerCase() : undefined
  }
  const lang = read('lang')
  if (lang !== undefined && !oneOf(WIDGET_LANGS, lang)) return bad('lang', 'pl | en')
  const theme = read('theme')
  if (theme !== undefined && !oneOf(WIDGET_THEMES, theme)) return bad('theme', 'light | dark')
  const layout = read('layout')
  if (layout !== undefined && !oneOf(WIDGET_LAYOUTS, layout)) return bad('layout', 'list | carousel')
  const format = read('format')
  if (format !== undefined && (!oneOf(WIDGET_FORMATS, format) || (fixedFormat && format !== fixedFormat)))
    return bad('format', fixedFormat ?? 'html | json | js')
  const limitText = read('limit')
  const limit = limitText === undefined ? DEFAULT_LIMIT : /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN
  if (!(limit >= 1 && limit <= MAX_LIMIT)) return bad('limit', `1–${MAX_LIMIT}`)
  return {
    ok: true,
    options: {
      lang,
      limit,
      theme: theme ?? 'light',
      layout: layout ?? 'list',
      format: fixedFormat ?? format ?? 'html',
    },
  }
}

/** The options as a cache key part: every option that changes the answer, in a fixed order (the loader script takes none). */
export const optionsKey = ({ lang, limit, theme, layout, format }: WidgetOptions): string =>
  format === 'js' ? 'js' : `${format}|${lang ?? 'site'}|${limit}|${theme}|${layout}`
