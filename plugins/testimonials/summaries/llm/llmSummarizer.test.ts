/**
 * The LLM provider against a fake OpenAI-compatible server over real HTTP on 127.0.0.1 (test/fakeLlm.ts), through
 * summarizeWithFallback: a valid answer is stored as the LLM's; a 500, no answer within the timeout, an answer that
 * is not JSON, a quote no testimonial contains, an unknown testimonial id or a wrong key each leave the summary to
 * the local summarizer.
 */
import { startFakeLlm, type FakeLlm, type FakeLlmMode } from '../../test/fakeLlm'
import { summarizeLocally } from '../local/localSummarizer'
import type { LlmSettings } from '../settings'
import { primarySummarizer, summarizeWithFallback } from '../summarize'
import type { SummaryInput } from '../types'

const KEY = 'sk-test-0123456789'
const MODEL = 'summary-model-1'

const input: SummaryInput = {
  locale: 'pl',
  testimonials: [
    { id: 7, content: 'Spokojna atmosfera od pierwszej sesji. Ćwiczenia oddechowe pomagają.', rating: 5, locale: 'pl', givenAt: '2026-03-02' },
    { id: 8, content: 'Atmosfera sprzyja szczerości. Profesjonalne podejście.', rating: 4, locale: 'pl', givenAt: '2026-03-01' },
  ],
}

let fake: FakeLlm
let settings: LlmSettings

beforeAll(async () => {
  fake = await startFakeLlm({ apiKey: KEY, model: MODEL })
  settings = { url: fake.url, apiKey: KEY, model: MODEL, timeoutMs: 2_000 }
})
afterAll(() => fake.close())
beforeEach(() => {
  fake.requests = []
})

const run = async (mode: FakeLlmMode, overrides: Partial<LlmSettings> = {}) => {
  fake.mode = mode
  const errors: string[] = []
  const result = await summarizeWithFallback({
    input,
    primary: primarySummarizer({ ...settings, ...overrides }),
    onFallback: (error) => errors.push(String(error)),
  })
  return { result, errors }
}

it('stores a valid answer as the LLM’s, asked with the key, the model and for JSON', async () => {
  const { result, errors } = await run('valid')
  expect(errors).toEqual([])
  expect(result).toEqual({
    generator: 'llm',
    summary: 'Klienci cenią spokojną atmosferę.',
    themes: [{ theme: 'atmosfera', quote: 'Spokojna atmosfera od pierwszej sesji.', testimonialId: 7 }],
  })
  expect(fake.requests).toHaveLength(1)
  const [request] = fake.requests
  expect(request.authorization).toBe(`Bearer ${KEY}`)
  expect(request.body.model).toBe(MODEL)
  expect(request.body.response_format).toEqual({ type: 'json_object' })
  expect(request.body.messages?.[0].content).toContain('one paragraph in Polish')
  expect(JSON.parse(request.body.messages?.[1].content ?? '')).toEqual([
    { id: 7, rating: 5, language: 'pl', text: input.testimonials[0].content },
    { id: 8, rating: 4, language: 'pl', text: input.testimonials[1].content },
  ])
})

const local = { ...summarizeLocally(input), generator: 'local' }

it.each([
  ['error', /HTTP 500/],
  ['garbage', /not JSON/],
  ['hallucinated', /does not contain/],
  ['unknown-id', /not given/],
] as const)('falls back to the local summarizer when the provider answers %s', async (mode, reason) => {
  const { result, errors } = await run(mode)
  expect(result).toEqual(local)
  expect(errors).toEqual([expect.stringMatching(reason)])
  expect(fake.requests).toHaveLength(1)
})

it('falls back when no answer comes within the timeout', async () => {
  const started = Date.now()
  const { result, errors } = await run('hang', { timeoutMs: 300 })
  expect(result).toEqual(local)
  expect(errors).toEqual([expect.stringMatching(/timeout|aborted/i)])
  expect(Date.now() - started).toBeLessThan(1_900)
})

it('falls back when the provider refuses the key or the model', async () => {
  expect((await run('valid', { apiKey: 'sk-wrong' })).errors).toEqual([expect.stringMatching(/HTTP 401/)])
  expect((await run('valid', { model: 'other-model' })).result).toEqual(local)
})

it('falls back when nothing listens at the address', async () => {
  const { result, errors } = await run('valid', { url: 'http://127.0.0.1:9/v1' })
  expect(result).toEqual(local)
  expect(errors).toHaveLength(1)
})

it('asks no LLM when there is nothing to summarize, and none when it is not configured', async () => {
  fake.mode = 'valid'
  const empty = await summarizeWithFallback({ input: { locale: 'en', testimonials: [] }, primary: primarySummarizer(settings) })
  expect(empty).toEqual({ summary: 'There are no approved testimonials yet.', themes: [], generator: 'local' })
  expect((await summarizeWithFallback({ input, primary: primarySummarizer(null) })).generator).toBe('local')
  expect(fake.requests).toHaveLength(0)
})
