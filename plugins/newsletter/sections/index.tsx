/**
 * The `newsletter` section type for public sites: its schema (heading, optional intro, button label and consent
 * sentence, PL/EN) and its renderer. The form is sent by newsletterForm.client.ts (bundled by the renderer).
 * The starter templates' `newsletter` sections (heading, buttonLabel) validate against it.
 */
import path from 'node:path'
import type { z } from 'zod'

import type { SectionProps } from '@platform'
import { defineSection, localizedText, projectRoot, sectionSchema, tx } from '@platform'
import { formLocale } from './formLogic'
import { NewsletterSection } from './NewsletterSection'

export const NEWSLETTER_FORM_ENTRY = path.join(projectRoot, 'plugins', 'newsletter', 'sections', 'newsletterForm.client.ts')

export const newsletterSectionSchema = sectionSchema({
  heading: localizedText,
  intro: localizedText.optional(),
  buttonLabel: localizedText.optional(),
  consentText: localizedText.optional(),
})
export type NewsletterSectionProps = z.infer<typeof newsletterSectionSchema>

export function NewsletterSectionRenderer({ section, locale, site, headingLevel }: SectionProps<NewsletterSectionProps>) {
  return (
    <NewsletterSection
      identifier={site.identifier}
      locale={formLocale(locale)}
      Heading={headingLevel}
      config={{
        heading: tx(section.heading, locale),
        intro: tx(section.intro, locale) || undefined,
        buttonLabel: tx(section.buttonLabel, locale) || undefined,
        consentText: tx(section.consentText, locale) || undefined,
      }}
    />
  )
}

export const newsletterSection = defineSection({
  type: 'newsletter',
  schema: newsletterSectionSchema,
  label: { en: 'Newsletter sign-up', pl: 'Zapis do newslettera' },
  Component: NewsletterSectionRenderer,
  clientEntry: NEWSLETTER_FORM_ENTRY,
})

export const newsletterSections = [newsletterSection]
