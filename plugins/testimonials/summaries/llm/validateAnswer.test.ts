import type { SummaryTestimonial } from '../types'
import { parseAnswerText, validateAnswer } from './validateAnswer'

const testimonials: SummaryTestimonial[] = [{ id: 3, content: 'Cierpliwość i spokój. Wrócę na pewno.', rating: 5, locale: 'pl', givenAt: '2026-01-01' }]

describe('validateAnswer', () => {
  it('accepts a summary whose quotes are in the testimonial they name, trimming quotation marks around them', () => {
    expect(
      validateAnswer({ summary: 'Klienci\n cenią spokój.', themes: [{ theme: 'spokój', quote: '„Cierpliwość i spokój.”', testimonialId: '3' }] }, testimonials),
    ).toEqual({
      ok: true,
      result: { summary: 'Klienci cenią spokój.', themes: [{ theme: 'spokój', quote: 'Cierpliwość i spokój.', testimonialId: 3 }] },
    })
  })

  it('refuses paraphrases, unknown testimonials and the wrong shape', () => {
    expect(validateAnswer({ summary: 'x', themes: [{ theme: 't', quote: 'Cierpliwość oraz spokój.', testimonialId: 3 }] }, testimonials)).toMatchObject({
      ok: false,
    })
    expect(validateAnswer({ summary: 'x', themes: [{ theme: 't', quote: 'Wrócę na pewno.', testimonialId: 4 }] }, testimonials)).toMatchObject({ ok: false })
    expect(validateAnswer({ summary: '', themes: [] }, testimonials)).toMatchObject({ ok: false })
    expect(validateAnswer({ text: 'x' }, testimonials)).toMatchObject({ ok: false })
    expect(validateAnswer([], testimonials)).toMatchObject({ ok: false })
  })
})

describe('parseAnswerText', () => {
  it('reads JSON, also inside a Markdown fence, and throws on anything else', () => {
    expect(parseAnswerText('{"summary":"a","themes":[]}')).toEqual({ summary: 'a', themes: [] })
    expect(parseAnswerText('```json\n{"summary":"a","themes":[]}\n```')).toEqual({ summary: 'a', themes: [] })
    expect(() => parseAnswerText('Oto podsumowanie: {')).toThrow()
  })
})
