import fs from 'node:fs'
import path from 'node:path'

import { SITE_FONTS } from '../templateConfig'
import { FONT_SUBSETS, fontFaceCss, fontFileName, fontPackages, SITE_FONTS_PATH, usedFonts, weightsFor } from './fonts'
import { fontStack, themeCss } from './theme'

/** The `@font-face` blocks of a stylesheet, each as its declarations. */
const faces = (css: string) => [...css.matchAll(/@font-face\{([^}]*)\}/g)].map((match) => match[1])
const urls = (css: string) => [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1])

describe('site fonts from @fontsource packages', () => {
  it('has a package, with Polish letters (Latin Extended), for every font a theme may name', () => {
    const packages = fontPackages()
    expect([...packages.keys()]).toEqual([...SITE_FONTS])
    for (const [family, font] of packages) {
      expect(font.family).toBe(family)
      for (const subset of FONT_SUBSETS) expect(font.unicodeRanges[subset]).toMatch(/^U\+/)
      // ą ę ł ń ó ś ź ż (U+0104–U+017C) fall in Latin Extended's ranges.
      expect(font.unicodeRanges['latin-ext']).toMatch(/U\+0100-02BA|U\+0100-024F/)
    }
  })

  it('every file a page can ask for exists in its package', () => {
    for (const font of fontPackages().values()) {
      for (const weight of weightsFor(font, ['heading', 'body'])) {
        for (const subset of FONT_SUBSETS) expect(fs.existsSync(path.join(font.filesDir, fontFileName(font, subset, weight)))).toBe(true)
      }
    }
  })

  it('loads only the fonts the theme names, in the weights the stylesheet uses, with font-display: swap and no other host', () => {
    const css = fontFaceCss({ heading: 'Playfair Display', body: 'Inter' })
    const blocks = faces(css)
    // Heading: bold; body: regular, semi-bold, bold; each in Latin and Latin Extended.
    expect(blocks).toHaveLength((1 + 3) * 2)
    expect(blocks.every((block) => block.includes('font-display:swap'))).toBe(true)
    expect(blocks.every((block) => /unicode-range:U\+/.test(block))).toBe(true)
    const families = new Set(blocks.map((block) => /font-family:'([^']+)'/.exec(block)?.[1]))
    expect([...families].sort()).toEqual(['Inter', 'Playfair Display'])
    expect(blocks.filter((block) => block.includes("'Playfair Display'")).map((block) => /font-weight:(\d+)/.exec(block)?.[1])).toEqual(['700', '700'])
    for (const url of urls(css)) expect(url).toMatch(new RegExp(`^${SITE_FONTS_PATH}/(playfair-display|inter)/\\d+\\.\\d+\\.\\d+/[a-z0-9-]+\\.woff2$`))
  })

  it('loads a font named for both roles once, skips weights it lacks, and nothing without fonts', () => {
    expect(usedFonts({ heading: 'Lato', body: 'Lato' })).toHaveLength(1)
    // Lato has no 600: the browser takes 700 for semi-bold.
    const weights = faces(fontFaceCss({ heading: 'Lato', body: 'Lato' })).map((block) => /font-weight:(\d+)/.exec(block)?.[1])
    expect([...new Set(weights)]).toEqual(['400', '700'])
    expect(fontFaceCss(undefined)).toBe('')
    expect(fontFaceCss({ body: 'Comic Sans' })).toBe('')
  })

  it('falls back to a system stack of the same kind', () => {
    expect(fontStack('Lora')).toMatch(/^'Lora', Georgia/)
    expect(fontStack('Nunito')).toMatch(/^'Nunito', system-ui/)
    expect(themeCss({ fonts: { heading: 'Source Serif 4' } })).toContain("--font-heading:'Source Serif 4', Georgia")
  })
})
