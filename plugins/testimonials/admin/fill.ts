/** Texts with values: `fill('Zaznaczono: {count}', { count: 3 })`; a count of testimonials in the right Polish form. Pure (browser too). */
import { formatNumber, polishPlural, type Lang } from '@platform/format'

export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))

/** `3 opinie`, `5 opinii`, `1 testimonial`, from the labels' three forms (accusative in Polish: "Zatwierdzono 1 opinię"). */
export const countTestimonials = (count: number, lang: Lang, labels: { testimonialOne: string; testimonialFew: string; testimonialMany: string }): string =>
  `${formatNumber(count, lang)} ${
    lang === 'pl'
      ? polishPlural(count, { one: labels.testimonialOne, few: labels.testimonialFew, many: labels.testimonialMany })
      : count === 1
        ? labels.testimonialOne
        : labels.testimonialMany
  }`

/** `1 opinia czeka na moderację`, `3 opinie czekają…`, `5 opinii czeka…` (subject and verb agree) / `1 testimonial is waiting…`. */
export const waitingText = (count: number, lang: Lang, forms: { one: string; few: string; many: string }): string =>
  fill(lang === 'pl' ? polishPlural(count, forms) : count === 1 ? forms.one : forms.many, { count: formatNumber(count, lang) })
