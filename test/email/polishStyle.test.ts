/**
 * The house style of every Polish email template (core and plugins' `*.pl.hbs`), checked on the text a reader
 * sees (tags and `{{…}}` removed where they would hide it). Each rule is a mistake that was really found and fixed
 * here; the README's "Polish house style" says why.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const polishTemplates = (): string[] => {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.pl.hbs')) found.push(path.relative(ROOT, full))
    }
  }
  for (const dir of ['templates', 'plugins', 'src']) walk(path.join(ROOT, dir))
  return found.sort()
}

/** What the reader sees: no comments, no tags, Handlebars blocks gone and values as a placeholder word. */
export const visibleText = (source: string): string =>
  source
    .replace(/{{!--[\s\S]*?--}}/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/{{[#/^]?(?:if|else|unless|each|with)[^}]*}}|{{else}}/g, '')
    .replace(/{{[^}]+}}/g, 'X')

type Rule = { name: string; find: (source: string) => string | undefined }

const firstMatch = (text: string, pattern: RegExp): string | undefined => pattern.exec(text)?.[0]

export const RULES: Rule[] = [
  // "Dzień dobry Anna," — an address is set off by commas; "Cześć" is not the platform's greeting.
  { name: 'greeting', find: (source) => firstMatch(source, /Dzień dobry (?=\S)|Cześć/) },
  // "odwołał(a)", "prosiłeś(-aś)": say it without the reader's gender.
  { name: 'gendered form', find: (source) => firstMatch(visibleText(source), /\p{L}\((?:-?a|-?aś|-?łaś)\)/u) },
  // "przez {{days}} dni" is wrong for 1, 22…: the sender gives the number with its noun (formatCount).
  { name: 'bare count', find: (source) => firstMatch(source, /{{\w+}} (?:minut|minuty|dni|dzień|godzin|godziny|osób|miejsc)\b/) },
  // "ilość" is for what cannot be counted; messages, seats and days take "liczba".
  { name: '"ilość" for a count', find: (source) => firstMatch(visibleText(source), /(?<!\p{L})ilo(?:ść|ści)(?!\p{L})/iu) },
  // Quotes in Polish text are „…”.
  { name: 'straight quotes', find: (source) => firstMatch(visibleText(source), /"[^"\n]*"?/) },
  // The sentence dash is a spaced en dash; an em dash or a hyphen between words is not.
  { name: 'sentence dash', find: (source) => firstMatch(visibleText(source), /\S (?:—|-) \S/) },
  // Typed twice between words (indentation and markup aside).
  { name: 'double space', find: (source) => firstMatch(source.replace(/{{!--[\s\S]*?--}}/g, ''), /[^\s>] {2,}[^\s<]/) },
]

/**
 * Known exceptions, file → rule names (empty: booking's, the last ones, are fixed). Each pair here must still be a
 * problem: once a fix lands, this test fails until the pair is taken out, so the list only shrinks.
 */
const PENDING: Record<string, string[]> = {}

describe('Polish email templates', () => {
  const files = polishTemplates()

  it('finds the core and the plugins’ templates', () => {
    expect(files).toEqual(expect.arrayContaining(['templates/emails/magic-link-login.pl.hbs', 'plugins/newsletter/templates/emails/newsletter-confirm.pl.hbs']))
    expect(files.length).toBeGreaterThan(30)
  })

  it('follow the house style (greeting, neutral gender, counts, quotes, dashes, spaces)', () => {
    const problems: string[] = []
    const stale: string[] = []
    for (const file of files) {
      const source = fs.readFileSync(path.join(ROOT, file), 'utf8')
      for (const rule of RULES) {
        const hit = rule.find(source)
        const pending = PENDING[file]?.includes(rule.name)
        if (hit && !pending) problems.push(`${file}: ${rule.name}: ${JSON.stringify(hit)}`)
        if (!hit && pending) stale.push(`${file}: ${rule.name} is fixed; take it out of PENDING`)
      }
    }
    expect([...problems, ...stale]).toEqual([])
  })
})

describe('the style rules themselves', () => {
  const hits = (source: string) => RULES.filter((rule) => rule.find(source)).map((rule) => rule.name)

  it('catch each mistake they name', () => {
    expect(hits('<p>Dzień dobry {{guestName}},</p>')).toEqual(['greeting'])
    expect(hits('<p>Cześć,</p>')).toEqual(['greeting'])
    expect(hits('<p>{{guestName}} odwołał(a) rezerwację.</p>')).toEqual(['gendered form'])
    expect(hits('<p>Jeśli to nie Ty prosiłeś(-aś) o link</p>')).toEqual(['gendered form'])
    expect(hits('<p>Link działa przez {{days}} dni.</p>')).toEqual(['bare count'])
    expect(hits('<p>Ilość miejsc: {{seats}}</p>')).toEqual(['"ilość" for a count'])
    expect(hits('<p>Kliknij "Sprawdź ponownie".</p>')).toEqual(['straight quotes'])
    expect(hits('<p>Zapisz go — nie udostępniaj.</p>')).toEqual(['sentence dash'])
    expect(hits('<p>Zapisz go - nie udostępniaj.</p>')).toEqual(['sentence dash'])
    expect(hits('<p>Do  zobaczenia!</p>')).toEqual(['double space'])
  })

  it('let the house style through', () => {
    expect(
      hits(
        '<p style="margin:24px 0">Dzień dobry{{#if name}}, {{name}}{{/if}},</p>\n<p>kliknij „Sprawdź ponownie” – link działa przez {{validFor}}, 10:00–12:00, e-mail.</p>',
      ),
    ).toEqual([])
  })
})
