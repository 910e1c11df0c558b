import type { PayloadRequest } from 'payload'

import { findTemplateProblem, formatProblem } from '../../../src/platform/email/compileTemplate'
import { sampleEmailData } from '../../../src/platform/email/sampleData'
import { validateLocale } from '../../../src/platform/i18n/requestLocale'
import { getRegistry } from '../../../src/platform/plugins/registry'

/**
 * A subject or body that Handlebars cannot compile (or render with sample
 * data) is refused on save, naming the line of the error.
 */
export const validateTemplateSource = (value: unknown, { req }: { req: PayloadRequest }): string | true => {
  if (typeof value !== 'string' || value === '') return true
  const lang = validateLocale(req)
  const problem = findTemplateProblem(value, sampleEmailData(lang, undefined, getRegistry(req.payload.config).emailSampleData))
  return problem ? formatProblem(problem, lang) : true
}
