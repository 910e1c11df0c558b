/** The newsletter section's markup, its schema (the starter templates' sections included) and its browser bundle. */
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { SectionProps } from '@platform'
import { projectRoot } from '@platform'
import { NEWSLETTER_FORM_ENTRY, NewsletterSectionRenderer, newsletterSectionSchema, newsletterSections, type NewsletterSectionProps } from './index'

const render = (section: NewsletterSectionProps, locale: 'pl' | 'en') =>
  renderToStaticMarkup(
    createElement(NewsletterSectionRenderer, {
      section,
      locale,
      headingLevel: 'h2',
      site: { id: 1, identifier: 'studio', name: 'Studio' },
      preview: false,
      image: () => undefined,
      pagePath: (slug: string) => `/${slug}`,
    } satisfies SectionProps<NewsletterSectionProps>),
  )

describe('newsletter section', () => {
  it('renders the form with the three frequencies and the consent sentence, in the page language', () => {
    const pl = render({ type: 'newsletter', heading: { pl: 'Bądź na bieżąco', en: 'Stay in touch' } }, 'pl')
    expect(pl).toContain('<h2 id="newsletter-studio-heading">Bądź na bieżąco</h2>')
    expect(pl).toContain('data-newsletter-identifier="studio"')
    for (const label of ['Każde wydanie', 'Cotygodniowe podsumowanie', 'Comiesięczne podsumowanie', 'Zgadzam się na otrzymywanie newslettera', 'Zapisz mnie'])
      expect(pl).toContain(label)
    expect(pl).toMatch(/<input type="radio" name="frequency" checked="" value="each"\/>/)
    expect(pl).toContain('role="status"')

    const en = render(
      {
        type: 'newsletter',
        heading: { pl: 'x', en: 'News <b>' },
        intro: { pl: 'x', en: 'Monthly notes.' },
        buttonLabel: { pl: 'x', en: 'Join' },
        consentText: { pl: 'x', en: 'I agree to emails.' },
      },
      'en',
    )
    expect(en).toContain('News &lt;b&gt;')
    expect(en).toContain('<p>Monthly notes.</p>')
    expect(en).toContain('Weekly digest')
    expect(en).toContain('I agree to emails.')
    expect(en).toContain('>Join</button>')
  })

  it("accepts the starter templates' newsletter sections and refuses unknown fields", () => {
    for (const file of ['coach.json', 'yoga-studio.json']) {
      const template = JSON.parse(readFileSync(path.join(projectRoot, 'templates', 'sites', file), 'utf8')) as {
        config: { pages: { sections: { type: string }[] }[] }
      }
      const sections = template.config.pages.flatMap((page) => page.sections).filter((section) => section.type === 'newsletter')
      expect(sections.length).toBeGreaterThan(0)
      for (const section of sections) expect({ file, result: newsletterSectionSchema.safeParse(section).success }).toEqual({ file, result: true })
    }
    expect(newsletterSectionSchema.safeParse({ type: 'newsletter', heading: { pl: 'a', en: 'b' }, script: 'x' }).success).toBe(false)
  })

  it('declares one section whose client entry bundles for the browser and exports mount', async () => {
    expect(newsletterSections.map((section) => [section.type, section.clientEntry])).toEqual([['newsletter', NEWSLETTER_FORM_ENTRY]])
    const result = await build({
      entryPoints: [NEWSLETTER_FORM_ENTRY],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      minify: true,
      logLevel: 'silent',
    })
    expect(result.errors).toEqual([])
    const code = result.outputFiles[0].text
    expect(code).toMatch(/export\{\w+ as mount\}/)
    expect(code).toContain('/newsletter')
    expect(code.length).toBeLessThan(10_000)
  })
})
