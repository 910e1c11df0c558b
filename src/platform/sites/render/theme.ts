/**
 * The site's theme as CSS custom properties. Fonts are named first and fall
 * back to system stacks (no font is fetched from anywhere); button text
 * colours are chosen for contrast against the theme's colours.
 */
type Theme = { colors?: Record<string, string | undefined>; fonts?: { heading?: string; body?: string } }

const SERIF = new Set(['Lora', 'Merriweather', 'Playfair Display', 'Source Serif 4'])
const SANS_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif"
const SERIF_STACK = "Georgia, Cambria, 'Times New Roman', 'Noto Serif', serif"

export const DEFAULT_COLORS = { primary: '#1f4e5f', secondary: '#f3f4f6', accent: '#b45309', background: '#ffffff', text: '#1f2937' }

export const fontStack = (font: string | undefined): string => {
  if (!font) return SANS_STACK
  return `'${font.replace(/[^\w ]/g, '')}', ${SERIF.has(font) ? SERIF_STACK : SANS_STACK}`
}

const expand = (hex: string): string => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex)

/** WCAG relative luminance of a `#rgb`/`#rrggbb` colour. */
export const luminance = (hex: string): number => {
  const full = expand(hex)
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export const contrastRatio = (a: string, b: string): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light + 0.05) / (dark + 0.05)
}

/** White or near-black, whichever reads better on `background`. */
export const readableOn = (background: string): string => (contrastRatio(background, '#ffffff') >= contrastRatio(background, '#111111') ? '#ffffff' : '#111111')

const valid = (value: string | undefined): value is string => typeof value === 'string' && /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(value)

/** `:root { --color-…; --font-… }` for the theme (invalid or missing values use the defaults). */
export const themeCss = (theme: Theme | undefined): string => {
  const colors = { ...DEFAULT_COLORS }
  for (const key of Object.keys(colors) as (keyof typeof colors)[]) {
    const value = theme?.colors?.[key]
    if (valid(value)) colors[key] = value
  }
  const vars = [
    ...Object.entries(colors).map(([key, value]) => `--color-${key}:${value}`),
    `--color-on-primary:${readableOn(colors.primary)}`,
    `--color-on-accent:${readableOn(colors.accent)}`,
    `--color-on-secondary:${readableOn(colors.secondary)}`,
    `--font-heading:${fontStack(theme?.fonts?.heading)}`,
    `--font-body:${fontStack(theme?.fonts?.body)}`,
  ]
  return `:root{${vars.join(';')}}`
}
