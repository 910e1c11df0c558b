/**
 * Where a new testimonial came from, said by the platform's own code: a create made with
 * `context: { [SOURCE_CONTEXT]: 'imported' }` (the CSV import, as the signed-in owner with their own access) gets
 * that source. Nothing over HTTP can set a request's context, and the field refuses API writes, so what an owner
 * adds by hand stays `manual` (the field's default).
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { SOURCES, type TestimonialSource } from '../slugs'

export const SOURCE_CONTEXT = 'testimonials:source'

export const sourceFromContext: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  const source = context[SOURCE_CONTEXT] as TestimonialSource | undefined
  if (operation === 'create' && source && SOURCES.includes(source)) data.source = source
  return data
}
