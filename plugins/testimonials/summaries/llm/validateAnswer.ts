/**
 * What an LLM's answer must be before it is stored: JSON of the right shape, one paragraph, and every theme's
 * quote a real piece of the approved testimonial it names. Anything else is an error (and the local summarizer
 * writes instead). Pure functions.
 */
import { z } from 'zod'

import type { SummaryResult, SummaryTestimonial } from '../types'

export const answerSchema = z.object({
  summary: z.string().trim().min(1).max(2000),
  themes: z
    .array(
      z.object({
        theme: z.string().trim().min(1).max(80),
        quote: z.string().trim().min(1).max(600),
        testimonialId: z.union([z.string().min(1), z.number().int()]),
      }),
    )
    .max(8),
})

/** The JSON in a chat answer's text; a Markdown code fence around it is tolerated. */
export const parseAnswerText = (content: string): unknown => {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(content)
  return JSON.parse(fenced ? fenced[1] : content)
}

/**
 * The checked summary, or an error saying what was wrong. Quotes are taken as exact substrings of the named
 * testimonial (after trimming the quote's own surrounding quotation marks): a paraphrase is not a quote.
 */
export const validateAnswer = (answer: unknown, testimonials: SummaryTestimonial[]): { ok: true; result: SummaryResult } | { ok: false; error: string } => {
  const parsed = answerSchema.safeParse(answer)
  if (!parsed.success) return { ok: false, error: `the answer is not a summary: ${parsed.error.issues[0]?.message ?? 'wrong shape'}` }
  const byId = new Map(testimonials.map((testimonial) => [String(testimonial.id), testimonial]))
  const themes: SummaryResult['themes'] = []
  for (const theme of parsed.data.themes) {
    const source = byId.get(String(theme.testimonialId))
    if (!source) return { ok: false, error: `a theme names a testimonial that was not given (${String(theme.testimonialId)})` }
    const quote = theme.quote.replace(/^["'„“”«»]+|["'„“”«»]+$/g, '').trim()
    if (!quote || !source.content.includes(quote)) return { ok: false, error: 'a theme quotes words its testimonial does not contain' }
    themes.push({ theme: theme.theme, quote, testimonialId: source.id })
  }
  return { ok: true, result: { summary: parsed.data.summary.replace(/\s+/g, ' '), themes } }
}
