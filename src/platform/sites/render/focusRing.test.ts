import fs from 'node:fs'
import path from 'node:path'

import { contrastRatio } from './contrast'
import { FOCUS_MIN_CONTRAST, focusRingColor, minContrast, mix } from './focusRing'
import { DEFAULT_COLORS, themeCss } from './theme'

type Colors = { primary: string; secondary: string; accent: string; background: string; text: string }

/** Every starter template's colours, read from templates/sites/ (a new template is checked without touching this test). */
const templateThemes = (): { file: string; colors: Colors }[] => {
  const dir = path.join(process.cwd(), 'templates', 'sites')
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, colors: { ...DEFAULT_COLORS, ...JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).config.theme.colors } }))
}

const focusOf = (colors: Colors) =>
  focusRingColor({ accent: colors.accent, backgrounds: [colors.background, colors.secondary], fallbacks: [colors.text, colors.primary] })

describe('focus ring colour', () => {
  const themes = [...templateThemes(), { file: 'defaults', colors: DEFAULT_COLORS }]

  it('covers the starter templates, two of whose raw accents are too faint for a ring (1.95–2.9:1 measured)', () => {
    expect(themes.length).toBeGreaterThanOrEqual(4)
    const faint = themes.filter(({ colors }) => minContrast(colors.accent, [colors.background, colors.secondary]) < FOCUS_MIN_CONTRAST)
    expect(faint.map(({ file }) => file)).toEqual(expect.arrayContaining(['coach.json', 'yoga-studio.json']))
    const yoga = themes.find(({ file }) => file === 'yoga-studio.json')!.colors
    expect(minContrast(yoga.accent, [yoga.background, yoga.secondary])).toBeCloseTo(1.95, 2)
  })

  it.each(themes.map((theme) => [theme.file, theme.colors] as const))('%s: the ring has at least 3:1 on the page and section backgrounds', (_file, colors) => {
    const ring = focusOf(colors)
    expect(contrastRatio(ring, colors.background)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(ring, colors.secondary)).toBeGreaterThanOrEqual(3)
    // And it is what the page's CSS uses.
    expect(themeCss({ colors })).toContain(`--color-focus:${ring}`)
  })

  it('keeps an accent that already reads, and darkens a faint one only as far as needed', () => {
    expect(focusRingColor({ accent: '#1f4e5f', backgrounds: ['#ffffff'] })).toBe('#1f4e5f')
    // The coach template's accent on its backgrounds: 2.6:1 on #fffdf9, so a darker shade of the same orange.
    const ring = focusRingColor({ accent: '#e07a5f', backgrounds: ['#fffdf9', '#f6efe6'] })
    expect(ring).not.toBe('#e07a5f')
    expect(minContrast(ring, ['#fffdf9', '#f6efe6'])).toBeGreaterThanOrEqual(3)
    // One step less dark would not be enough: the shift is the smallest that works.
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(ring.slice(i, i + 2), 16))
    expect(r).toBeGreaterThan(g)
    expect(g).toBeGreaterThan(b)
    const lessDark = mix(ring, '#e07a5f', 0.1)
    expect(minContrast(lessDark, ['#fffdf9', '#f6efe6'])).toBeLessThan(3)
  })

  it('lightens the accent on a dark theme', () => {
    const ring = focusRingColor({ accent: '#3d5a80', backgrounds: ['#111827', '#1f2937'] })
    expect(minContrast(ring, ['#111827', '#1f2937'])).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(ring, '#ffffff')).toBeLessThan(contrastRatio('#3d5a80', '#ffffff'))
  })

  it('falls back to the best of the text colour, black and white when the backgrounds pull both ways', () => {
    const ring = focusRingColor({ accent: '#555555', backgrounds: ['#ffffff', '#000000'], fallbacks: ['#777777'] })
    expect(['#777777', '#000000', '#ffffff']).toContain(ring)
    expect(ring).toBe('#777777')
  })
})
