/**
 * The site's theme as CSS custom properties. Fonts are named first (their
 * files come from npm: fonts.ts) and fall back to system stacks of the same
 * kind (serif or sans-serif); button text colours are chosen for contrast against
 * the theme's colours, and the focus ring's colour (`--color-focus`,
 * focusRing.ts) for 3:1 against every background it can sit on.
 */
import { contrastRatio } from './contrast'
import { focusRingColor } from './focusRing'
import { fontPackages } from './fonts'

export { contrastRatio, luminance } from './contrast'

type Theme = { colors?: Record<string, string | undefined>; fonts?: { heading?: string; body?: string } }

const SANS_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif"
const SERIF_STACK = "Georgia, Cambria, 'Times New Roman', 'Noto Serif', serif"

export const DEFAULT_COLORS = { primary: '#1f4e5f', secondary: '#f3f4f6', accent: '#b45309', background: '#ffffff', text: '#1f2937' }

export const fontStack = (font: string | undefined): string => {
  if (!font) return SANS_STACK
  return `'${font.replace(/[^\w ]/g, '')}', ${fontPackages().get(font)?.category === 'serif' ? SERIF_STACK : SANS_STACK}`
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
    // Focusable elements sit on the page background or on a section's secondary background.
    `--color-focus:${focusRingColor({ accent: colors.accent, backgrounds: [colors.background, colors.secondary], fallbacks: [colors.text, colors.primary] })}`,
    `--font-heading:${fontStack(theme?.fonts?.heading)}`,
    `--font-body:${fontStack(theme?.fonts?.body)}`,
  ]
  return `:root{${vars.join(';')}}`
}
