/**
 * The fonts a site's theme names (`theme.fonts.heading` / `.body`, one of
 * SITE_FONTS), self-hosted from npm: each font is a Fontsource package
 * (`@fontsource/<id>`, e.g. `@fontsource/playfair-display`) whose woff2 files
 * the app serves itself at SITE_FONTS_PATH (siteFontAssets.ts), never a CDN.
 *
 * A page gets `@font-face` rules only for the fonts its theme uses, only in the
 * weights the public stylesheet uses (headings bold; body text regular,
 * semi-bold and bold) and only for the Latin and Latin Extended subsets
 * (Polish letters are in Latin Extended). Each rule carries its subset's
 * `unicode-range`, so a browser downloads just the files the page's text
 * needs, and `font-display: swap`, so text shows at once in the fallback font.
 */
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../env'
import { SITE_FONTS } from '../templateConfig'

/** Where the browser loads font files from (a version folder per package, so they are immutable). */
export const SITE_FONTS_PATH = '/_site-assets/fonts'

/** The subsets a page loads: the Latin alphabet, and Latin Extended for Polish (ą, ę, ł, ż…). */
export const FONT_SUBSETS = ['latin-ext', 'latin'] as const

/** The weights the public stylesheet (styles.ts) uses: headings are bold; body text also has semi-bold buttons and bold labels. */
const WEIGHTS = { heading: [700], body: [400, 600, 700] } as const

export type FontPackage = {
  /** The family's name as themes write it, e.g. `Playfair Display`. */
  family: string
  /** Fontsource's id, the npm package's last part: `playfair-display`. */
  id: string
  version: string
  category: string
  weights: number[]
  /** The package's folder of font files. */
  filesDir: string
  /** `unicode-range` of each subset. */
  unicodeRanges: Record<string, string>
}

/**
 * The installed packages' folder. Not `require.resolve`: inside Next's server bundle (a page about a site, like a
 * booking's manage page, renders the site's theme) it answers a module number instead of a path.
 */
const fontsourceDir = path.join(projectRoot, 'node_modules', '@fontsource')

/** `@fontsource/<id>` for a family name: lower case, spaces to dashes (`Source Serif 4` → `source-serif-4`). */
export const fontPackageId = (family: string): string => family.toLowerCase().replace(/\s+/g, '-')

const readPackage = (family: string): FontPackage => {
  const id = fontPackageId(family)
  const dir = path.join(fontsourceDir, id)
  const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))
  const metadata = read('metadata.json') as { family: string; category: string; weights: number[] }
  return {
    family: metadata.family,
    id,
    version: (read('package.json') as { version: string }).version,
    category: metadata.category,
    weights: metadata.weights,
    filesDir: path.join(dir, 'files'),
    unicodeRanges: read('unicode.json') as Record<string, string>,
  }
}

let packages: Map<string, FontPackage> | undefined

/** Every font a theme may name, by family, read once from the installed packages (a missing package throws: it is a dependency). */
export const fontPackages = (): Map<string, FontPackage> => {
  packages ??= new Map(SITE_FONTS.map((family) => [family, readPackage(family)]))
  return packages
}

/** The URL of one of a package's files. */
export const fontFileUrl = (font: Pick<FontPackage, 'id' | 'version'>, file: string): string => `${SITE_FONTS_PATH}/${font.id}/${font.version}/${file}`

/** The weights of `font` the page needs for the roles it plays (only weights the font has). */
export const weightsFor = (font: Pick<FontPackage, 'weights'>, roles: (keyof typeof WEIGHTS)[]): number[] =>
  [...new Set(roles.flatMap((role) => WEIGHTS[role]))].filter((weight) => font.weights.includes(weight)).sort((a, b) => a - b)

/** The file of one subset and weight (upright). */
export const fontFileName = (font: Pick<FontPackage, 'id'>, subset: string, weight: number): string => `${font.id}-${subset}-${weight}-normal.woff2`

/** The `@font-face` rules of one font in the given weights. */
export const fontFaceRules = (font: FontPackage, weights: number[]): string =>
  weights
    .flatMap((weight) =>
      FONT_SUBSETS.map(
        (subset) =>
          `@font-face{font-family:'${font.family}';font-style:normal;font-display:swap;font-weight:${weight};` +
          `src:url(${fontFileUrl(font, fontFileName(font, subset, weight))}) format('woff2');unicode-range:${font.unicodeRanges[subset]}}`,
      ),
    )
    .join('')

/** The fonts a theme uses, each with the roles it plays (a family named for both is loaded once). */
export const usedFonts = (fonts: { heading?: string; body?: string } | undefined): { font: FontPackage; roles: ('heading' | 'body')[] }[] => {
  const known = fontPackages()
  const used = new Map<string, ('heading' | 'body')[]>()
  for (const role of ['heading', 'body'] as const) {
    const family = fonts?.[role]
    if (family && known.has(family)) used.set(family, [...(used.get(family) ?? []), role])
  }
  return [...used].map(([family, roles]) => ({ font: known.get(family)!, roles }))
}

/** The `@font-face` CSS for a theme's fonts (empty when it names none: the system fonts need no file). */
export const fontFaceCss = (fonts: { heading?: string; body?: string } | undefined): string =>
  usedFonts(fonts)
    .map(({ font, roles }) => fontFaceRules(font, weightsFor(font, roles)))
    .join('')
