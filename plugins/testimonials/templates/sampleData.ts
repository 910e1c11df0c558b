/**
 * Sample values of the testimonials templates, for the email preview and the template checks (`emailSampleData`).
 * Plugins' samples are merged into one object, so every key here is the plugin's own (`siteName` is the core's).
 */
import type { EmailSampleData } from '@platform'

export const testimonialsSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  testimonialAuthor: 'Marta N.',
  testimonialOwnerName: 'Anna',
  testimonialRating: 5,
  testimonialExcerpt:
    locale === 'pl'
      ? 'Po trzech sesjach wiedziałam, czego chcę i jak to osiągnąć. Polecam każdemu, kto stoi przed ważną decyzją.'
      : 'After three sessions I knew what I wanted and how to get there. I recommend it to anyone facing a big decision.',
  testimonialSource: locale === 'pl' ? 'formularz na stronie' : 'the form on your site',
  testimonialModerationUrl: `${publicURL}/admin/testimonials-moderation?site=1&status=pending#testimonial-1`,
  testimonialConfirmUrl: `${publicURL}/api/public/testimonials/verify?token=sample-token`,
  testimonialSiteUrl: `${publicURL}/s/anna-coaching`,
  testimonialLinkDays: 14,
  testimonialLinkValidFor: locale === 'pl' ? '14 dni' : '14 days',
})
