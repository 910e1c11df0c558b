import type { PlatformPluginOptions } from '@platform'

/** No options yet; the summarizer's LLM provider comes from env (README "Testimonials"). */
export type TestimonialsPluginOptions = PlatformPluginOptions
