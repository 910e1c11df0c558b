import type { PayloadRequest } from 'payload'

import { findTemplateProblem, formatProblem } from '../../../src/platform/email/compileTemplate'
import { sampleEmailData } from '../../../src/platform/email/sampleData'
import { getRegistry } from '../../../src/platform/plugins/registry'

/**
 * A subject or body that Handlebars cannot compile (or render with sample
 * data) is refused on save, naming the line of the error.
 */
export const validateTemplateSource = (value: unknown, { req }: { req: PayloadRequest }): string | true => {
  if (typeof value !== 'string' || value === '') return true
  const problem = findTemplateProblem(
    value,
    sampleEmailData(req.i18n?.language === 'en' ? 'en' : 'pl', undefined, getRegistry(req.payload.config).emailSampleData),
  )
  return problem ? formatProblem(problem, req.i18n?.language) : true
}
