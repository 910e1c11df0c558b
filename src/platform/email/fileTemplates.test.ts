import Handlebars from 'handlebars'
import path from 'node:path'

import { findTemplateProblem, renderParts } from './compileTemplate'
import { contentHash, loadFileTemplates, nameFromSlug } from './fileTemplates'
import { sampleEmailData } from './sampleData'

// The core folder; plugins' templates are checked against the running config in test/email/allTemplates.test.ts.
const dirs = [path.resolve('templates/emails')]

describe('the default email templates', () => {
  it('has both languages of the platform messages', async () => {
    const templates = await loadFileTemplates(dirs)
    for (const slug of ['magic-link-login', 'magic-link-signup', 'team-invitation', 'email-change']) {
      const template = templates.get(slug)
      expect(template).toMatchObject({
        slug,
        subjectPl: expect.any(String),
        contentPl: expect.any(String),
        subjectEn: expect.any(String),
        contentEn: expect.any(String),
      })
    }
    expect(templates.get('magic-link-login')?.category).toBe('platform')
  })

  it('compiles every template and puts the link into both parts', async () => {
    for (const template of (await loadFileTemplates(dirs)).values()) {
      for (const locale of ['pl', 'en'] as const) {
        const subject = locale === 'pl' ? template.subjectPl! : template.subjectEn!
        const content = locale === 'pl' ? template.contentPl! : template.contentEn!
        const data = sampleEmailData(locale)
        expect({ slug: template.slug, problem: findTemplateProblem(subject, data) ?? findTemplateProblem(content, data) }).toEqual({
          slug: template.slug,
          problem: undefined,
        })
        const parts = renderParts({ subject, content, data, locale })
        expect(parts.subject).not.toMatch(/{{|}}/)
        for (const key of ['link', 'manageUrl', 'adminUrl']) {
          if (!content.includes(`{{${key}}}`)) continue
          expect(parts.text).toContain(String(data[key]))
          expect(parts.html).toContain(Handlebars.Utils.escapeExpression(String(data[key])))
        }
        if (content.includes('{{link}}')) {
          expect(parts.text).toContain(String(data.link))
          // Escaped in HTML (`=` becomes `&#x3D;`), which browsers and mail clients decode.
          expect(parts.html).toContain(Handlebars.Utils.escapeExpression(String(data.link)))
        }
      }
    }
  })

  it('names and fingerprints templates', () => {
    expect(nameFromSlug('magic-link-login')).toBe('Magic link login')
    expect(contentHash({ subjectPl: 'a' })).toBe(contentHash({ subjectPl: 'a', contentPl: null }))
    expect(contentHash({ subjectPl: 'a' })).not.toBe(contentHash({ subjectEn: 'a' }))
  })
})
