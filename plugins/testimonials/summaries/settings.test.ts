import { readSummarySettings } from './settings'

describe('readSummarySettings', () => {
  it('has defaults and no LLM unless both its address and model are set', () => {
    expect(readSummarySettings({})).toEqual({ debounceMs: 30_000, maxTexts: 200, llm: null })
    expect(readSummarySettings({ TESTIMONIAL_SUMMARY_URL: 'http://127.0.0.1:1/v1' }).llm).toBeNull()
    expect(readSummarySettings({ TESTIMONIAL_SUMMARY_MODEL: 'm' }).llm).toBeNull()
  })

  it('reads the LLM provider and the limits, ignoring nonsense numbers', () => {
    expect(
      readSummarySettings({
        TESTIMONIAL_SUMMARY_URL: 'https://llm.example/v1/',
        TESTIMONIAL_SUMMARY_MODEL: ' m-1 ',
        TESTIMONIAL_SUMMARY_API_KEY: 'k',
        TESTIMONIAL_SUMMARY_TIMEOUT_MS: '5000',
        TESTIMONIAL_SUMMARY_DEBOUNCE_MS: '-3',
        TESTIMONIAL_SUMMARY_MAX_TEXTS: '50',
      }),
    ).toEqual({ debounceMs: 30_000, maxTexts: 50, llm: { url: 'https://llm.example/v1', model: 'm-1', apiKey: 'k', timeoutMs: 5000 } })
  })
})
