import { z } from 'zod'

import { issueSentence, PARSE_OPTIONS, problemText, REQUIRED, zodText } from './zodMessages'

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value, PARSE_OPTIONS)
  if (result.success) throw new Error('expected a failure')
  return result.error.issues
}

describe('zod issues as sentences', () => {
  it('says what is missing with the Polish gender of the field', () => {
    const [missing] = issuesOf(z.object({ heading: z.string() }), {})
    expect(issueSentence({ issue: missing, lang: 'pl', label: 'O mnie › Nagłówek (PL)', gender: 'm' })).toBe('O mnie › Nagłówek (PL) jest wymagany')
    expect(issueSentence({ issue: missing, lang: 'pl', label: 'Treść', gender: 'f' })).toBe('Treść jest wymagana')
    expect(issueSentence({ issue: missing, lang: 'pl', label: 'Zdjęcie', gender: 'n' })).toBe('Zdjęcie jest wymagane')
    expect(issueSentence({ issue: missing, lang: 'pl', label: 'Osoby', gender: 'p' })).toBe('Osoby są wymagane')
    expect(issueSentence({ issue: missing, lang: 'pl', label: 'Opening hours' })).toBe('Opening hours: to pole jest wymagane')
    expect(issueSentence({ issue: missing, lang: 'en', label: 'About › Heading (PL)' })).toBe('About › Heading (PL) is required')
    // An empty required text (min 1, or the REQUIRED message) is missing too.
    const [empty] = issuesOf(z.string().trim().min(1), '  ')
    expect(issueSentence({ issue: empty, lang: 'pl', label: 'Tytuł', gender: 'm' })).toBe('Tytuł jest wymagany')
    const [marked] = issuesOf(z.string().min(1, REQUIRED), '')
    expect(issueSentence({ issue: marked, lang: 'en', label: 'Title' })).toBe('Title is required')
    expect(issueSentence({ issue: marked, lang: 'pl' })).toBe('To pole jest wymagane')
  })

  it('words limits with Polish plural forms', () => {
    const text = (schema: z.ZodType, value: unknown, lang: 'pl' | 'en' = 'pl') => problemText(issuesOf(schema, value)[0], lang).text
    expect(text(z.string().min(3), 'ab')).toBe('wpisz co najmniej 3 znaki')
    expect(text(z.string().min(5), 'ab')).toBe('wpisz co najmniej 5 znaków')
    expect(text(z.string().max(22), 'x'.repeat(30))).toBe('wpisz najwyżej 22 znaki')
    expect(text(z.string().max(1), 'xy', 'en')).toBe('enter at most 1 character')
    expect(text(z.array(z.string()).min(1), [])).toBe('dodaj co najmniej 1 pozycję')
    expect(text(z.array(z.string()).max(12), Array(13).fill('a'))).toBe('zostaw najwyżej 12 pozycji')
    expect(text(z.number().min(50), 10)).toBe('podaj liczbę nie mniejszą niż 50')
    expect(text(z.number().int(), 1.5, 'en')).toBe('enter a whole number')
    expect(text(z.email(), 'x')).toBe('wpisz poprawny adres e-mail')
    expect(text(z.enum(['pl', 'en']), 'de')).toBe('wybierz jedną z wartości: pl / en')
    expect(text(z.strictObject({}), { colour: 1 }, 'en')).toBe('unknown fields: colour')
  })

  it("keeps a schema's own message, in the asked language when it gives both", () => {
    const schema = z.object({
      colour: z.string().regex(/^#/, zodText({ en: 'enter a colour like #1a2b3c', pl: 'podaj kolor, np. #1a2b3c' })),
      plain: z.string().regex(/^a/, 'Must start with a'),
      refined: z.string().refine(() => false, { message: 'x', params: { text: { en: 'taken', pl: 'zajęte' } } }),
    })
    const [colour, plain, refined] = issuesOf(schema, { colour: 'red', plain: 'b', refined: 'c' })
    expect(issueSentence({ issue: colour, lang: 'pl', label: 'Kolor' })).toBe('Kolor: podaj kolor, np. #1a2b3c')
    expect(issueSentence({ issue: colour, lang: 'en', label: 'Colour' })).toBe('Colour: enter a colour like #1a2b3c')
    expect(issueSentence({ issue: plain, lang: 'pl', label: 'Pole' })).toBe('Pole: Must start with a')
    expect(issueSentence({ issue: refined, lang: 'pl' })).toBe('Zajęte')
  })
})
