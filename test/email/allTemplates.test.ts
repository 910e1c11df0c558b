/**
 * Every email template the running config knows (core and each plugin's
 * `emailTemplatesDir`) compiles in both languages with the sample data core and
 * the plugins declare (`emailSampleData`): a plugin whose template uses a
 * variable it gives no sample for fails here, with no list to edit.
 */
import type { TestPlatform } from '@platform/testing'
import { getRegistry } from '@platform'
import { startTestPlatform } from '@platform/testing'
import { findTemplateProblem, renderParts } from '../../src/platform/email/compileTemplate'
import { loadFileTemplates } from '../../src/platform/email/fileTemplates'
import { sampleEmailData } from '../../src/platform/email/sampleData'
import { emailTemplateDirs } from '../../src/platform/email/templateDirs'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

it('renders every template of every enabled plugin with its sample data, in Polish and English', async () => {
  const registry = getRegistry(platform.payload.config)
  const templates = [...(await loadFileTemplates(emailTemplateDirs(platform.payload))).values()]
  // Each enabled plugin with a template folder contributes at least one template.
  expect(templates.length).toBeGreaterThan(registry.emailTemplateDirs.length)
  for (const template of templates) {
    for (const locale of ['pl', 'en'] as const) {
      const subject = (locale === 'pl' ? template.subjectPl : template.subjectEn) ?? ''
      const content = (locale === 'pl' ? template.contentPl : template.contentEn) ?? ''
      expect({ slug: template.slug, locale, hasBoth: Boolean(subject && content) }).toEqual({ slug: template.slug, locale, hasBoth: true })
      const data = sampleEmailData(locale, 'http://localhost:3000', registry.emailSampleData)
      expect({ slug: template.slug, locale, problem: findTemplateProblem(subject, data) ?? findTemplateProblem(content, data) }).toEqual({
        slug: template.slug,
        locale,
        problem: undefined,
      })
      const parts = renderParts({ subject, content, data, locale })
      expect({ slug: template.slug, unrendered: /{{|}}/.test(parts.subject + parts.text) }).toEqual({ slug: template.slug, unrendered: false })
    }
  }
})
