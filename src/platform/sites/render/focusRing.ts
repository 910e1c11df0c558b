/**
 * The public sites' focus ring colour: at least 3:1 against every background a
 * focusable element sits on (WCAG 2.2 "Non-text Contrast" 1.4.11 and "Focus
 * Appearance"). The theme's accent is kept when it already reads; otherwise it
 * is darkened (on light backgrounds) or lightened (on dark ones) just enough,
 * so the ring still looks like the theme; a theme whose backgrounds pull both
 * ways gets the best of its own text colour, black and white.
 */
import { contrastRatio, luminance } from './contrast'

/** The least contrast a focus indicator needs against what surrounds it (WCAG 1.4.11). */
export const FOCUS_MIN_CONTRAST = 3

const toRgb = (hex: string): [number, number, number] => {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex
  return [1, 3, 5].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number]
}

const toHex = (rgb: number[]): string =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`

/** `colour` moved `amount` (0–1) of the way towards `target`, in sRGB. */
export const mix = (colour: string, target: string, amount: number): string => {
  const [a, b] = [toRgb(colour), toRgb(target)]
  return toHex(a.map((c, i) => c + (b[i] - c) * amount))
}

/** The lowest contrast of `colour` against any of `backgrounds`. */
export const minContrast = (colour: string, backgrounds: readonly string[]): number =>
  Math.min(...backgrounds.map((background) => contrastRatio(colour, background)))

/** The smallest step (in 1/64ths) towards `target` at which `colour` reaches `min` on all `backgrounds`; undefined when even `target` does not. */
const nearestReadable = (colour: string, target: string, backgrounds: readonly string[], min: number): string | undefined => {
  for (let step = 0; step <= 64; step++) {
    const candidate = mix(colour, target, step / 64)
    if (minContrast(candidate, backgrounds) >= min) return candidate
  }
  return undefined
}

/**
 * A focus ring colour with at least `min` (3:1) contrast on every one of `backgrounds`:
 * `accent` itself when it reads, else `accent` shifted towards black (light backgrounds) or white (dark ones),
 * else whichever of `fallbacks` (the text colour, black, white) reads best.
 */
export const focusRingColor = ({
  accent,
  backgrounds,
  fallbacks = [],
  min = FOCUS_MIN_CONTRAST,
}: {
  accent: string
  backgrounds: readonly string[]
  fallbacks?: readonly string[]
  min?: number
}): string => {
  if (!backgrounds.length || minContrast(accent, backgrounds) >= min) return accent
  const darkest = Math.min(...backgrounds.map(luminance))
  const lightest = Math.max(...backgrounds.map(luminance))
  // Light backgrounds (their darkest is lighter than mid-grey's 0.18) want a darker ring, dark ones a lighter ring.
  const towards = darkest >= 0.18 ? ['#000000', '#ffffff'] : lightest < 0.18 ? ['#ffffff', '#000000'] : []
  for (const target of towards) {
    const found = nearestReadable(accent, target, backgrounds, min)
    if (found) return found
  }
  const candidates = [...fallbacks, '#000000', '#ffffff']
  return candidates.reduce((best, candidate) => (minContrast(candidate, backgrounds) > minContrast(best, backgrounds) ? candidate : best))
}
