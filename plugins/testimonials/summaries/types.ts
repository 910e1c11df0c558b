/** The summarizer interface: approved testimonials in, one paragraph and the recurring themes out. */

export type SummaryLocale = 'pl' | 'en'

/** An approved testimonial as a summarizer gets it: its words, never its author. */
export type SummaryTestimonial = {
  id: number | string
  content: string
  rating: number
  locale: SummaryLocale
  /** When the author gave it (ISO); the creation time when the testimonial has no date of its own. */
  givenAt: string
}

export type SummaryInput = {
  /** Approved testimonials only (the caller's duty; the summarizer cannot tell). */
  testimonials: SummaryTestimonial[]
  /** The language the summary is written in. */
  locale: SummaryLocale
}

/** A recurring theme with a representative quote: a real sentence of the testimonial `testimonialId`. */
export type SummaryTheme = { theme: string; quote: string; testimonialId: number | string }

export type SummaryResult = { summary: string; themes: SummaryTheme[] }

/** Which summarizer wrote a summary (the `generator` field). */
export type GeneratorName = 'local' | 'llm'

export type Summarizer = {
  name: GeneratorName
  summarize: (input: SummaryInput) => Promise<SummaryResult>
}
