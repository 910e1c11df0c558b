import { labels, nobodyField, shownToStaff, siteScopedCollection, t } from '@platform'
import { GROUP, SUMMARIES } from '../slugs'

/** Written by the summary job only. */
const systemOnly = { create: nobodyField, update: nobodyField }

/**
 * A site's testimonial summary in one language (one per site and locale), recomputed by the summary job from
 * approved testimonials only: exact counts, average and histogram, a one-paragraph summary and the recurring themes.
 */
export const Summaries = siteScopedCollection({
  slug: SUMMARIES,
  labels: labels(t('Testimonial summary', 'Podsumowanie opinii'), t('Testimonial summaries', 'Podsumowania opinii')),
  admin: { useAsTitle: 'summary', defaultColumns: ['site', 'locale', 'totalCount', 'averageRating', 'updatedAt'], group: GROUP, hidden: shownToStaff() },
  // Every role on the site reads; nobody writes over the API (the job does); staff read for audit.
  tenancy: { read: 'read', write: 'content' },
  access: { create: () => false, update: () => false },
  indexes: [{ fields: ['site', 'locale'], unique: true }],
  fields: [
    {
      name: 'locale',
      type: 'select',
      required: true,
      label: t('Language', 'Język'),
      options: [
        { value: 'pl', label: t('Polish', 'Polski') },
        { value: 'en', label: t('English', 'Angielski') },
      ],
      access: systemOnly,
    },
    { name: 'summary', type: 'textarea', label: t('Summary', 'Podsumowanie'), access: systemOnly },
    // The recurring themes, each with a representative quote: [{ theme, quote, testimonialId }].
    { name: 'detailedSummary', type: 'json', label: t('Themes with quotes', 'Tematy z cytatami'), access: systemOnly },
    { name: 'totalCount', type: 'number', defaultValue: 0, min: 0, label: t('Approved testimonials', 'Zatwierdzone opinie'), access: systemOnly },
    { name: 'averageRating', type: 'number', min: 0, max: 5, label: t('Average rating', 'Średnia ocena'), access: systemOnly },
    // How many approved testimonials gave each rating: { "1": n, …, "5": n }.
    { name: 'histogram', type: 'json', label: t('Ratings histogram', 'Rozkład ocen'), access: systemOnly },
    // When the job read the testimonials it was computed from: a run that read earlier never overwrites it.
    {
      name: 'computedAt',
      type: 'date',
      label: t('Testimonials as of', 'Stan opinii na'),
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    // Which summarizer wrote it: `local` (extractive, no network) or `llm`.
    { name: 'generator', type: 'text', label: t('Written by', 'Autor podsumowania'), access: systemOnly, admin: { readOnly: true } },
  ],
})
