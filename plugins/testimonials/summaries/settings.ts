/**
 * Summary settings, read from the environment when they are used (README "Testimonials", "Summaries"):
 * - TESTIMONIAL_SUMMARY_DEBOUNCE_MS (30000): a site's summary is recomputed at most once per window of this length
 *   after approvals change;
 * - TESTIMONIAL_SUMMARY_MAX_TEXTS (200): the newest approved testimonials whose words the summary is written from
 *   (the counts, average and histogram always cover all of them);
 * - TESTIMONIAL_SUMMARY_URL, TESTIMONIAL_SUMMARY_API_KEY, TESTIMONIAL_SUMMARY_MODEL: the optional LLM provider (an
 *   OpenAI-compatible API: `POST {URL}/chat/completions`); off unless URL and MODEL are set;
 * - TESTIMONIAL_SUMMARY_TIMEOUT_MS (30000): how long one LLM answer may take before the local summarizer writes.
 */
export type LlmSettings = { url: string; apiKey?: string; model: string; timeoutMs: number }

export type SummarySettings = {
  debounceMs: number
  maxTexts: number
  /** Unset: the local summarizer only. */
  llm: LlmSettings | null
}

const positive = (value: string | undefined, fallback: number): number => {
  const number = Number(value)
  return value !== undefined && value.trim() !== '' && Number.isFinite(number) && number > 0 ? Math.floor(number) : fallback
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)

export const readSummarySettings = (env: Record<string, string | undefined> = process.env): SummarySettings => {
  const url = text(env.TESTIMONIAL_SUMMARY_URL)
  const model = text(env.TESTIMONIAL_SUMMARY_MODEL)
  return {
    debounceMs: positive(env.TESTIMONIAL_SUMMARY_DEBOUNCE_MS, 30_000),
    maxTexts: Math.min(2000, positive(env.TESTIMONIAL_SUMMARY_MAX_TEXTS, 200)),
    llm:
      url && model
        ? {
            url: url.replace(/\/+$/, ''),
            apiKey: text(env.TESTIMONIAL_SUMMARY_API_KEY),
            model,
            timeoutMs: positive(env.TESTIMONIAL_SUMMARY_TIMEOUT_MS, 30_000),
          }
        : null,
  }
}
