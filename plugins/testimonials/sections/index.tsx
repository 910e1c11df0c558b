/**
 * The `testimonials` section type for public sites: its schema (heading, optional intro, how many to show,
 * whether the submit form is beside them, the form's heading and consent sentence, PL/EN), its server-side data
 * (approved testimonials only, featured first; exact average and count; the summary in the page's language) and
 * its renderer. The form is sent by testimonialForm.client.ts (bundled by the renderer). The starter templates'
 * `testimonials` sections (heading, limit) validate against it.
 */
import path from 'node:path'
import { z } from 'zod'

import type { SectionProps } from '@platform'
import { defineSection, localizedText, projectRoot, sectionSchema, tx } from '@platform'
import { findApproved, ratingStatsOf, summaryOf } from '../data/publicData'
import { formLocale } from '../lib/formRules'
import { SUMMARIES, TESTIMONIALS } from '../slugs'
import { TestimonialsSection, type TestimonialsData } from './TestimonialsSection'

export const TESTIMONIAL_FORM_ENTRY = path.join(projectRoot, 'plugins', 'testimonials', 'sections', 'testimonialForm.client.ts')

/** How many testimonials a section shows when its config does not say. */
export const DEFAULT_SECTION_LIMIT = 6

export const testimonialsSectionSchema = sectionSchema({
  heading: localizedText,
  intro: localizedText.optional(),
  limit: z.number().int().min(1).max(24).optional(),
  showForm: z.boolean().optional(),
  formHeading: localizedText.optional(),
  consentText: localizedText.optional(),
})
export type TestimonialsSectionProps = z.infer<typeof testimonialsSectionSchema>

export const loadTestimonialsSection = async ({
  payload,
  site,
  locale,
  props,
}: {
  payload: Parameters<typeof findApproved>[0]
  site: { id: number | string }
  locale: string
  props: Pick<TestimonialsSectionProps, 'limit'>
}): Promise<TestimonialsData> => {
  const [page, stats, summary] = await Promise.all([
    findApproved(payload, site.id, { limit: props.limit ?? DEFAULT_SECTION_LIMIT }),
    ratingStatsOf(payload, site.id),
    summaryOf(payload, site.id, formLocale(locale)),
  ])
  return { testimonials: page.docs, stats, summary }
}

export function TestimonialsSectionRenderer({ section, locale, site, headingLevel, data }: SectionProps<TestimonialsSectionProps, TestimonialsData>) {
  return (
    <TestimonialsSection
      identifier={site.identifier}
      siteName={site.name}
      locale={formLocale(locale)}
      Heading={headingLevel}
      data={data}
      config={{
        heading: tx(section.heading, locale),
        intro: tx(section.intro, locale) || undefined,
        showForm: section.showForm !== false,
        formHeading: tx(section.formHeading, locale) || undefined,
        consentText: tx(section.consentText, locale) || undefined,
      }}
    />
  )
}

export const testimonialsSection = defineSection({
  type: 'testimonials',
  schema: testimonialsSectionSchema,
  label: { en: 'Testimonials', pl: 'Opinie' },
  load: loadTestimonialsSection,
  // Approvals, replies, featuring and confirmed addresses change testimonials; the summary job writes summaries.
  cache: { invalidatedBy: [TESTIMONIALS, SUMMARIES] },
  Component: TestimonialsSectionRenderer,
  clientEntry: TESTIMONIAL_FORM_ENTRY,
  // With its form the section always has something for a visitor; without it, only approved testimonials.
  emptyReason: ({ section, data }) =>
    section.showForm === false && !data?.testimonials.length
      ? { pl: 'nie ma jeszcze zatwierdzonych opinii, a formularz jest wyłączony', en: 'there are no approved testimonials yet and the form is turned off' }
      : undefined,
})

export const testimonialsSections = [testimonialsSection]
