/** The booking section's server markup, and the widget bundling for the browser on its own (no Node built-ins). */
import { build } from 'esbuild'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { BookingSection } from './BookingSection'
import { BOOKING_WIDGET_ENTRY, bookingSections } from './index'

describe('booking section', () => {
  it('renders a heading, the intro and a no-JavaScript fallback in the site language, with the site for the widget', () => {
    const pl = renderToStaticMarkup(createElement(BookingSection, { context: { identifier: 'anna-coaching', locale: 'pl' } }))
    expect(pl).toContain('<h2 id="booking-anna-coaching">Zarezerwuj termin</h2>')
    expect(pl).toContain('data-booking-identifier="anna-coaching"')
    expect(pl).toContain('data-booking-locale="pl"')
    expect(pl).toMatch(/<noscript><p data-booking-fallback="">Rezerwacja online wymaga/)
    const en = renderToStaticMarkup(
      createElement(BookingSection, { config: { heading: 'Book <me>', intro: 'Hi', weeks: 2, consentText: 'I agree.' }, context: { identifier: 'studio', locale: 'en' } }),
    )
    expect(en).toContain('Book &lt;me&gt;')
    expect(en).toContain('data-booking-weeks="2"')
    expect(en).toContain('data-booking-consent="I agree."')
    expect(en).toContain('Online booking needs JavaScript')
  })

  it('declares one section whose client entry bundles for the browser and exports mount', async () => {
    expect(bookingSections.map((section) => [section.type, section.clientEntry])).toEqual([['booking', BOOKING_WIDGET_ENTRY]])
    const result = await build({ entryPoints: [BOOKING_WIDGET_ENTRY], bundle: true, platform: 'browser', format: 'esm', write: false, minify: true, logLevel: 'silent' })
    expect(result.errors).toEqual([])
    const code = result.outputFiles[0].text
    expect(code).toMatch(/export\{\w+ as mount\}/)
    // Small enough for a public page (no framework inside).
    expect(code.length).toBeLessThan(40_000)
  })
})
