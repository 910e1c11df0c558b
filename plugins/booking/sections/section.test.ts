/** The booking section's server markup, and the widget bundling for the browser on its own (no Node built-ins). */
import { build } from 'esbuild'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { BookingSection } from './BookingSection'
import type { SectionProps } from '@platform'

import { BOOKING_WIDGET_ENTRY, BookingSectionRenderer, bookingSectionSchema, bookingSections, type BookingSectionProps } from './index'

describe('booking section', () => {
  it('renders a heading, the intro and a no-JavaScript fallback in the site language, with the site for the widget', () => {
    const pl = renderToStaticMarkup(createElement(BookingSection, { context: { identifier: 'anna-coaching', locale: 'pl' } }))
    expect(pl).toContain('<h2 id="booking-anna-coaching">Zarezerwuj termin</h2>')
    expect(pl).toContain('data-booking-identifier="anna-coaching"')
    // No section inside the renderer's own section (that doubled the padding and the landmark).
    expect(pl).not.toContain('<section')
    expect(pl).toContain('data-booking-locale="pl"')
    expect(pl).toMatch(/<noscript><p data-booking-fallback="">Rezerwacja online wymaga/)
    const en = renderToStaticMarkup(
      createElement(BookingSection, {
        config: { heading: 'Book <me>', intro: 'Hi', weeks: 2, consentText: 'I agree.' },
        context: { identifier: 'studio', locale: 'en' },
      }),
    )
    expect(en).toContain('Book &lt;me&gt;')
    expect(en).toContain('data-booking-weeks="2"')
    expect(en).toContain('data-booking-consent="I agree."')
    expect(en).toContain('Online booking needs JavaScript')
  })

  it('declares one section whose client entry bundles for the browser and exports mount', async () => {
    expect(bookingSections.map((section) => [section.type, section.clientEntry])).toEqual([['booking', BOOKING_WIDGET_ENTRY]])
    const result = await build({
      entryPoints: [BOOKING_WIDGET_ENTRY],
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
    // Small enough for a public page (no framework inside).
    expect(code.length).toBeLessThan(40_000)
  })

  it("passes the saved weeks and consent sentence (in the page's language) from the site config to the widget", () => {
    const section = { type: 'booking', heading: { pl: 'Rezerwacje', en: 'Booking' }, weeks: 2, consentText: { pl: 'Zgadzam się.', en: 'I agree.' } }
    const render = (locale: 'pl' | 'en', data: BookingSectionProps = section) =>
      renderToStaticMarkup(
        createElement(BookingSectionRenderer, {
          section: data,
          locale,
          headingLevel: 'h2',
          site: { id: 1, identifier: 'studio', name: 'Studio' },
          preview: false,
          image: () => undefined,
          pagePath: (slug: string) => `/${slug}`,
        } satisfies SectionProps<BookingSectionProps>),
      )
    const pl = render('pl')
    expect(pl).toContain('data-booking-weeks="2"')
    expect(pl).toContain('data-booking-consent="Zgadzam się."')
    expect(pl).toContain('>Rezerwacje</h2>')
    // The first section of a page carries the page's h1.
    expect(renderToStaticMarkup(createElement(BookingSection, { context: { identifier: 's', locale: 'pl', headingLevel: 'h1' } }))).toContain(
      '<h1 id="booking-s">',
    )
    expect(render('en')).toContain('data-booking-consent="I agree."')
    const plain = render('en', { type: 'booking', heading: { pl: 'R', en: 'B' } })
    expect(plain).not.toContain('data-booking-weeks')
    expect(plain).not.toContain('data-booking-consent')
  })

  it('the section schema (registered by the plugin) accepts exactly the settings the section uses', () => {
    expect(bookingSections[0]).toMatchObject({ type: 'booking', schema: bookingSectionSchema, label: { en: 'Booking', pl: 'Rezerwacje' } })
    const valid = (fields: Record<string, unknown>) =>
      bookingSectionSchema.safeParse({ type: 'booking', heading: { pl: 'Rezerwacje', en: 'Booking' }, ...fields }).success
    expect(valid({ weeks: 3, consentText: { pl: 'Zgadzam się.', en: 'I agree.' } })).toBe(true)
    expect(valid({ weeks: 1 })).toBe(true)
    expect(valid({ weeks: 8 })).toBe(true)
    for (const bad of [
      { weeks: 0 },
      { weeks: 9 },
      { weeks: 2.5 },
      { weeks: '2' },
      { consentText: 'I agree.' },
      { consentText: { pl: 'Tak' } },
      { eventIds: [1, 2] },
    ]) {
      expect(valid(bad)).toBe(false)
    }
  })
})
