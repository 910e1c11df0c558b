import type { SummaryTestimonial } from '../types'
import { summarizeLocally } from './localSummarizer'
import { joinList } from './paragraph'

const pl = (id: number, content: string, day: number): SummaryTestimonial => ({
  id,
  content,
  rating: 5,
  locale: 'pl',
  givenAt: `2026-03-${String(day).padStart(2, '0')}`,
})
const en = (id: number, content: string, day: number): SummaryTestimonial => ({ ...pl(id, content, day), locale: 'en' })

const POLISH = [
  pl(1, 'Atmosfera na sesjach jest spokojna i bezpieczna. Polecam każdemu, kto szuka wsparcia.', 1),
  pl(2, 'Od pierwszej sesji czułam spokojną atmosferę. Ćwiczenia oddechowe pomogły mi ze stresem.', 2),
  pl(3, 'Po kilku sesjach stres w pracy przestał mnie paraliżować. Ogromna cierpliwość i profesjonalizm.', 3),
  pl(4, 'Profesjonalne podejście i cierpliwość. Atmosfera sprzyja szczerości.', 4),
  pl(5, 'Dzięki ćwiczeniom oddechowym radzę sobie ze stresem przed wystąpieniami.', 5),
]
const ENGLISH = [
  en(11, 'The sessions gave me tools to manage stress at work. Calm atmosphere and real patience.', 6),
  en(12, 'Breathing exercises changed how I handle stress before presentations.', 7),
  en(13, 'A calm, safe atmosphere from the first session. Professional and patient.', 8),
]

const containsQuote = (testimonials: SummaryTestimonial[], quote: string, id: number | string) =>
  testimonials.find((testimonial) => testimonial.id === id)?.content.includes(quote) ?? false

describe('summarizeLocally', () => {
  it('finds the recurring themes of Polish testimonials, each with a real sentence of the testimonial it names', () => {
    const result = summarizeLocally({ testimonials: POLISH, locale: 'pl' })
    const stems = result.themes.map((theme) => theme.theme.slice(0, 5))
    expect(stems).toEqual(expect.arrayContaining(['atmos', 'stres']))
    expect(result.themes.length).toBeLessThanOrEqual(5)
    for (const theme of result.themes) expect(containsQuote(POLISH, theme.quote, theme.testimonialId)).toBe(true)
    // Each quote names its theme (in some inflected form).
    for (const theme of result.themes) expect(theme.quote.toLocaleLowerCase('pl')).toContain(theme.theme.slice(0, 4))
  })

  it('writes one Polish paragraph: the themes, then quoted sentences from different testimonials', () => {
    const { summary, themes } = summarizeLocally({ testimonials: POLISH, locale: 'pl' })
    expect(summary).toMatch(/^W opiniach najczęściej powracają słowa: „.+”\. Jak sami piszą: „.+”\.$/)
    // The theme words are quoted as written (an inflected form reads right inside quotes).
    expect(summary).toContain(
      joinList(
        themes.map((theme) => `„${theme.theme}”`),
        'pl',
      ),
    )
    const quotes = [...summary.split('Jak sami piszą:')[1].matchAll(/„([^”]+)”/g)].map((match) => match[1])
    expect(quotes.length).toBeGreaterThanOrEqual(2)
    const sources = quotes.map((quote) => POLISH.find((testimonial) => testimonial.content.includes(quote))?.id)
    expect(sources).not.toContain(undefined)
    expect(new Set(sources).size).toBe(sources.length)
    expect(summary).not.toMatch(/\n/)
  })

  it('writes the English summary from the English testimonials when there are enough of them', () => {
    const all = [...POLISH, ...ENGLISH]
    const { summary, themes } = summarizeLocally({ testimonials: all, locale: 'en' })
    expect(summary).toMatch(/^Words that come up most often: “.+”\. In their own words: “.+”\.$/)
    for (const theme of themes) expect(containsQuote(ENGLISH, theme.quote, theme.testimonialId)).toBe(true)
    expect(themes.map((theme) => theme.theme)).toEqual(expect.arrayContaining(['stress']))
    // And the Polish one from the Polish ones.
    for (const theme of summarizeLocally({ testimonials: all, locale: 'pl' }).themes) expect(containsQuote(POLISH, theme.quote, theme.testimonialId)).toBe(true)
  })

  it('says the testimonials are in Polish when an English summary can only quote Polish ones', () => {
    const { summary, themes } = summarizeLocally({ testimonials: POLISH, locale: 'en' })
    // Polish words are not listed to an English reader; the quotes speak for themselves.
    expect(summary.startsWith('The testimonials are written in Polish. In their own words: “')).toBe(true)
    expect(themes.length).toBeGreaterThan(0)
    const polish = summarizeLocally({ testimonials: ENGLISH, locale: 'pl' }).summary
    expect(polish.startsWith('Opinie są napisane po angielsku. Jak sami piszą: „')).toBe(true)
  })

  it('is deterministic: the same testimonials in any order give the same summary', () => {
    const first = summarizeLocally({ testimonials: POLISH, locale: 'pl' })
    expect(summarizeLocally({ testimonials: [...POLISH].reverse(), locale: 'pl' })).toEqual(first)
    expect(summarizeLocally({ testimonials: [POLISH[2], POLISH[0], POLISH[4], POLISH[1], POLISH[3]], locale: 'pl' })).toEqual(first)
  })

  it('never makes a theme of a name', () => {
    const named = [
      pl(21, 'Sesje z Martą to był przełom. Marta słucha uważnie.', 1),
      pl(22, 'Marta pomogła mi zrozumieć stres. Sesje z Martą polecam.', 2),
      pl(23, 'Rozmowy z Martą dały mi spokój.', 3),
    ]
    const themes = summarizeLocally({ testimonials: named, locale: 'pl' }).themes.map((theme) => theme.theme)
    expect(themes.some((theme) => theme.startsWith('mart'))).toBe(false)
    expect(themes).toContain('sesje')
  })

  it('quotes the same words once, however many clients wrote them', () => {
    const same = [
      pl(41, 'Po kilku sesjach lepiej śpię. Spokojna atmosfera.', 1),
      pl(42, 'Po kilku sesjach lepiej śpię! Dobre ćwiczenia oddechowe.', 2),
      pl(43, 'po kilku sesjach lepiej śpię. Atmosfera sprzyja rozmowie.', 3),
    ]
    const { summary, themes } = summarizeLocally({ testimonials: same, locale: 'pl' })
    expect(summary.toLocaleLowerCase('pl').split('po kilku sesjach lepiej śpię')).toHaveLength(2)
    expect(new Set(themes.map((theme) => theme.quote.toLocaleLowerCase('pl').replace(/[.!]$/, ''))).size).toBe(themes.length)
  })

  it('handles one testimonial, and none', () => {
    const one = summarizeLocally({ testimonials: [pl(31, 'Krótko: świetna praca z ciałem i oddechem.', 1)], locale: 'pl' })
    expect(one.summary).toContain('„Krótko: świetna praca z ciałem i oddechem”.')
    expect(one.themes.every((theme) => theme.testimonialId === 31)).toBe(true)
    expect(summarizeLocally({ testimonials: [], locale: 'pl' })).toEqual({ summary: 'Nie ma jeszcze zatwierdzonych opinii.', themes: [] })
    expect(summarizeLocally({ testimonials: [], locale: 'en' })).toEqual({ summary: 'There are no approved testimonials yet.', themes: [] })
  })
})

describe('joinList', () => {
  it('joins with the language’s conjunction', () => {
    expect(joinList(['a', 'b', 'c'], 'pl')).toBe('a, b i c')
    expect(joinList(['a', 'b'], 'en')).toBe('a and b')
    expect(joinList(['a'], 'en')).toBe('a')
  })
})
