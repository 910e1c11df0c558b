/**
 * Which summarizer writes: the LLM provider when it is configured, and the local one whenever the LLM fails in
 * any way (the summary then says `generator: local`). With no testimonials there is nothing to ask an LLM about.
 */
import { localSummarizer } from './local/localSummarizer'
import { llmSummarizer } from './llm/llmSummarizer'
import type { LlmSettings } from './settings'
import type { GeneratorName, Summarizer, SummaryInput, SummaryResult } from './types'

export type Summarized = SummaryResult & { generator: GeneratorName }

export const summarizeWithFallback = async ({
  input,
  primary,
  fallback = localSummarizer(),
  onFallback,
}: {
  input: SummaryInput
  /** Tried first; unset: the fallback alone. */
  primary?: Summarizer | null
  fallback?: Summarizer
  /** Told why the primary failed (for the log). */
  onFallback?: (error: unknown) => void
}): Promise<Summarized> => {
  if (primary && input.testimonials.length) {
    try {
      return { ...(await primary.summarize(input)), generator: primary.name }
    } catch (error) {
      onFallback?.(error)
    }
  }
  return { ...(await fallback.summarize(input)), generator: fallback.name }
}

/** The summarizer the settings ask for first (the LLM), or none (the local one writes). */
export const primarySummarizer = (llm: LlmSettings | null): Summarizer | null => (llm ? llmSummarizer(llm) : null)
