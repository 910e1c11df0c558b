/**
 * The optional LLM summarizer over an OpenAI-compatible chat API: `POST {TESTIMONIAL_SUMMARY_URL}/chat/completions`
 * with the model, JSON output requested (`response_format: { type: 'json_object' }`), temperature 0, and the
 * approved testimonials' texts, ratings and ids (never the authors). Any failure throws: an HTTP error, no answer
 * within the timeout, an answer that is not JSON or not a valid summary (validateAnswer.ts).
 */
import type { LlmSettings } from '../settings'
import type { Summarizer, SummaryInput, SummaryResult } from '../types'
import { parseAnswerText, validateAnswer } from './validateAnswer'

const LANGUAGE = { pl: 'Polish', en: 'English' } as const

export const systemPrompt = (locale: SummaryInput['locale']): string =>
  [
    "You summarize clients' testimonials about a coach's or therapist's practice for the practice's website.",
    'Answer with one JSON object only, of this shape:',
    '{"summary": string, "themes": [{"theme": string, "quote": string, "testimonialId": number | string}]}',
    `- "summary": one paragraph in ${LANGUAGE[locale]}, at most 600 characters, saying only what the testimonials say.`,
    `- "themes": the 2 to 5 themes that recur most, each named in ${LANGUAGE[locale]} in one to three words, with "quote"`,
    '  copied character for character from one testimonial (in its own language, not translated) and that',
    '  testimonial\'s "id" as "testimonialId".',
  ].join('\n')

export const userPrompt = ({ testimonials }: SummaryInput): string =>
  JSON.stringify(testimonials.map(({ id, rating, locale, content }) => ({ id, rating, language: locale, text: content })))

/** The chat completion's text, or an error naming what went wrong (never the key). */
const requestAnswer = async (settings: LlmSettings, input: SummaryInput): Promise<string> => {
  const response = await fetch(`${settings.url}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}) },
    body: JSON.stringify({
      model: settings.model,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: systemPrompt(input.locale) },
        { role: 'user', content: userPrompt(input) },
      ],
    }),
    signal: AbortSignal.timeout(settings.timeoutMs),
  })
  if (!response.ok) throw new Error(`the LLM provider answered HTTP ${response.status}`)
  const body = (await response.json().catch(() => null)) as { choices?: { message?: { content?: unknown } }[] } | null
  const content = body?.choices?.[0]?.message?.content
  if (typeof content !== 'string') throw new Error('the LLM provider answered without a chat message')
  return content
}

export const summarizeWithLlm = async (settings: LlmSettings, input: SummaryInput): Promise<SummaryResult> => {
  const content = await requestAnswer(settings, input)
  let answer: unknown
  try {
    answer = parseAnswerText(content)
  } catch {
    throw new Error('the LLM answer is not JSON')
  }
  const checked = validateAnswer(answer, input.testimonials)
  if (!checked.ok) throw new Error(checked.error)
  return checked.result
}

export const llmSummarizer = (settings: LlmSettings): Summarizer => ({
  name: 'llm',
  summarize: (input) => summarizeWithLlm(settings, input),
})
