/** The testimonials section's markup, its schema (the starter templates' sections included) and its browser bundle. */
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import type { SectionProps } from '@platform'
import { projectRoot } from '@platform'
import { ratingStats, type PublicTestimonial } from '../lib/publicView'
import { TESTIMONIAL_FORM_ENTRY, TestimonialsSectionRenderer, testimonialsSectionSchema, testimonialsSections, type TestimonialsSectionProps } from './index'
import type { TestimonialsData } from './TestimonialsSection'

const item = (over: Partial<PublicTestimonial>): PublicTestimonial => ({
  id: 1,
  authorName: 'Marta N.',
  rating: 5,
  content: 'Świetne sesje.',
  locale: 'pl',
  givenAt: '2026-11-20T10:00:00.000Z',
  isFeatured: false,
  isVerifiedClient: false,
  isEmailVerified: false,
  reply: null,
  repliedAt: null,
  ...over,
})

const render = (section: TestimonialsSectionProps, locale: 'pl' | 'en', data?: TestimonialsData) =>
  renderToStaticMarkup(
    createElement(TestimonialsSectionRenderer, {
      section,
      locale,
      headingLevel: 'h2',
      site: { id: 1, identifier: 'studio', name: 'Studio Anny' },
      preview: false,
      image: () => undefined,
      pagePath: (slug: string) => `/${slug}`,
      data,
    } satisfies SectionProps<TestimonialsSectionProps, TestimonialsData>),
  )

const heading = { pl: 'Co mówią klienci', en: 'What clients say' }

describe('testimonials section', () => {
  it('shows stars with their text, the reply, badges, the average and count, the summary and the form', () => {
    const data: TestimonialsData = {
      testimonials: [
        item({ id: 1, isFeatured: true, isEmailVerified: true, content: 'Pierwszy akapit.\n\nDrugi <b>akapit</b>.' }),
        item({ id: 2, authorName: 'Emma', locale: 'en', rating: 4, isVerifiedClient: true, reply: 'Thank you, Emma!' }),
      ],
      stats: ratingStats([0, 0, 0, 1, 2]),
      summary: { locale: 'pl', summary: 'Klienci chwalą konkret i ciepło.', themes: [], totalCount: 3, averageRating: 4.67, histogram: null, updatedAt: null },
    }
    const pl = render({ type: 'testimonials', heading }, 'pl', data)
    expect(pl).toContain('<h2 id="testimonials-studio-heading">Co mówią klienci</h2>')
    expect(pl).toContain('<span class="visually-hidden">Ocena 5 na 5</span>')
    expect(pl).toContain('<span class="visually-hidden">Ocena 4 na 5</span>')
    expect(pl).toContain('Średnia ocena 4,7 na 5')
    expect(pl).toContain('3 opinie')
    expect(pl).toContain('Klienci chwalą konkret i ciepło.')
    expect(pl).toContain('<p>Pierwszy akapit.</p><p>Drugi &lt;b&gt;akapit&lt;/b&gt;.</p>')
    expect(pl).toContain('<blockquote lang="en">')
    expect(pl).toContain('Potwierdzony adres e-mail')
    expect(pl).toContain('Zweryfikowany klient')
    expect(pl).toContain('Odpowiedź: Studio Anny')
    expect(pl).toContain('Thank you, Emma!')
    expect(pl).toContain('20 listopada 2026')
    expect(pl.indexOf('Pierwszy akapit')).toBeLessThan(pl.indexOf('Thank you, Emma!'))
    // The form: every field labelled, stars named with Polish plurals, the honeypot out of sight and out of the tab order.
    for (const label of ['Podpis (imię i nazwisko lub inicjały)', 'Adres e-mail', '1 gwiazdka', '3 gwiazdki', '5 gwiazdek', 'Twoja opinia', 'Wyślij opinię'])
      expect(pl).toContain(label)
    expect(pl).toContain('data-testimonials-identifier="studio"')
    const honeypot = /<div class="ts-hp" aria-hidden="true"><label>[^<]+(<input [^>]+>)/.exec(pl)?.[1]
    expect(honeypot).toContain('name="website"')
    expect(honeypot).toContain('tabindex="-1"')
    expect(pl).toContain('data-error-for="authorEmail"')
    // Nothing that names the author's address (the data has none) or a status.
    expect(pl).not.toMatch(/pending|rejected/)

    const en = render({ type: 'testimonials', heading, showForm: false, intro: { pl: 'x', en: 'Kind words.' } }, 'en', {
      testimonials: [item({})],
      stats: ratingStats([0, 0, 0, 0, 1]),
      summary: null,
    })
    expect(en).toContain('Rated 5 out of 5')
    expect(en).toContain('Average rating 5.0 out of 5')
    expect(en).toContain('1 testimonial<')
    expect(en).toContain('Kind words.')
    expect(en).not.toContain('<form')
    expect(en).not.toContain('In short')
  })

  it('says so when there are no testimonials yet, and shows the form anyway', () => {
    const html = render({ type: 'testimonials', heading }, 'pl', { testimonials: [], stats: ratingStats([0, 0, 0, 0, 0]), summary: null })
    expect(html).toContain('Nie ma jeszcze opinii. Twoja może być pierwsza!')
    expect(html).toContain('<form')
    expect(html).not.toContain('Średnia ocena')
  })

  it("accepts the starter templates' testimonials sections and refuses unknown fields", () => {
    for (const file of ['coach.json', 'therapist.json', 'yoga-studio.json']) {
      const template = JSON.parse(readFileSync(path.join(projectRoot, 'templates', 'sites', file), 'utf8')) as {
        config: { pages: { sections: { type: string }[] }[] }
      }
      const sections = template.config.pages.flatMap((page) => page.sections).filter((section) => section.type === 'testimonials')
      expect(sections.length).toBeGreaterThan(0)
      for (const section of sections) expect({ file, result: testimonialsSectionSchema.safeParse(section).success }).toEqual({ file, result: true })
    }
    expect(testimonialsSectionSchema.safeParse({ type: 'testimonials', heading, limit: 0 }).success).toBe(false)
    expect(testimonialsSectionSchema.safeParse({ type: 'testimonials', heading, status: 'pending' }).success).toBe(false)
  })

  it('declares one section whose client entry bundles small for the browser and exports mount', async () => {
    expect(testimonialsSections.map((section) => [section.type, section.clientEntry])).toEqual([['testimonials', TESTIMONIAL_FORM_ENTRY]])
    const result = await build({
      entryPoints: [TESTIMONIAL_FORM_ENTRY],
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
    expect(code).toContain('/testimonials')
    expect(code).toContain('Choose a rating from 1 to 5 stars.')
    expect(code.length).toBeLessThan(12_000)
  })

  it('is hidden only when it has no approved testimonial and its form is off, and says why', () => {
    const [section] = testimonialsSections
    const none: TestimonialsData = { testimonials: [], stats: ratingStats([0, 0, 0, 0, 0]), summary: null }
    const some: TestimonialsData = { ...none, testimonials: [item({})] }
    expect(section.emptyReason!({ section: { type: 'testimonials', heading }, data: none })).toBeUndefined()
    expect(section.emptyReason!({ section: { type: 'testimonials', heading, showForm: false }, data: some })).toBeUndefined()
    expect(section.emptyReason!({ section: { type: 'testimonials', heading, showForm: false }, data: none })).toEqual({
      pl: 'nie ma jeszcze zatwierdzonych opinii, a formularz jest wyłączony',
      en: 'there are no approved testimonials yet and the form is turned off',
    })
  })
})
