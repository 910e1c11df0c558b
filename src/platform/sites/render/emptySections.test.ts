import type { Payload } from 'payload'

import { createElement } from 'react'

import type { SectionRenderer } from './types'

import { emptyReasonOf, findEmptySections, hiddenMessage, UNAVAILABLE } from './emptySections'
import { renderSitePath, type SiteConfig } from './renderPage'
import './sections'

const site = { id: 3, identifier: 'studio', name: 'Studio' }
const base = { pathPrefix: '/s/studio', origin: 'https://platforma.example' }
const heading = { pl: 'Nagłówek', en: 'Heading' }

/** A stand-in plugin section type: shows its loaded items, empty when there are none. */
const listRenderer: SectionRenderer = {
  Component: ({ data }: { data?: string[] }) =>
    createElement('ul', { className: 'list' }, ...(data ?? []).map((item) => createElement('li', { key: item }, item))),
  load: async ({ props }) => (props as { items: string[] }).items,
  cache: { maxAgeSeconds: 60 },
  emptyReason: ({ data }) => (data?.length ? undefined : { pl: 'nie ma jeszcze żadnych wydarzeń', en: 'there are no events yet' }),
}
const core = (type: string) => (type === 'list' ? listRenderer : undefined)

describe('empty sections', () => {
  it('a contact section with only a heading is empty; with any detail it is shown', () => {
    expect(emptyReasonOf({ type: 'contact', heading }, undefined)).toEqual({
      pl: 'nie ma w niej adresu, telefonu ani e-maila',
      en: 'it has no address, phone number or email',
    })
    expect(emptyReasonOf({ type: 'contact', heading, phone: '+48 600 000 000' }, undefined)).toBeUndefined()
    expect(emptyReasonOf({ type: 'contact', heading, address: { pl: 'Kraków', en: 'Cracow' } }, undefined)).toBeUndefined()
    expect(emptyReasonOf({ type: 'hero', heading }, undefined)).toBeUndefined()
  })

  it('a type nobody renders now is unavailable, and the sentence reads in both languages', () => {
    expect(emptyReasonOf({ type: 'later/quotes' }, undefined)).toBe(UNAVAILABLE)
    expect(hiddenMessage({ pl: 'nie ma jeszcze żadnych wydarzeń', en: 'there are no events yet' })).toEqual({
      pl: 'Sekcja jest ukryta, bo nie ma jeszcze żadnych wydarzeń.',
      en: 'This section is hidden because there are no events yet.',
    })
  })

  it('the public page leaves an empty section out (no heading over nothing) and keeps the others', () => {
    const config: SiteConfig = {
      pages: [
        {
          slug: 'home',
          title: { pl: 'Start', en: 'Home' },
          sections: [
            { type: 'about', heading: { pl: 'O nas', en: 'About' }, body: { pl: 'Tekst', en: 'Text' } },
            { type: 'contact', id: 'contact', heading: { pl: 'Napisz do nas', en: 'Write to us' } },
            { type: 'contact', id: 'contact-2', heading: { pl: 'Telefon', en: 'Phone' }, phone: '+48 600 000 000' },
          ],
        },
      ],
    }
    const html = renderSitePath({ config, site, base, segments: [], images: new Map() }).body
    expect(html).toContain('<h2>O nas</h2>')
    expect(html).not.toContain('Napisz do nas')
    expect(html).not.toContain('id="contact"')
    expect(html).toContain('id="contact-2"')
  })

  it('finds, per page and index, the sections a visitor would not see, running loaders on the draft; hand-hidden ones are not listed', async () => {
    const loaded: unknown[] = []
    const rendererOf = (type: string) =>
      type === 'list'
        ? {
            ...listRenderer,
            load: async (args: { props: unknown; preview: boolean }) => (loaded.push(args.preview), (args.props as { items: string[] }).items),
          }
        : type === 'contact'
          ? undefined
          : core(type)
    const payload = { logger: { error: () => {} } } as unknown as Payload
    const found = await findEmptySections({
      payload,
      site,
      locale: 'pl',
      rendererOf: rendererOf as (type: string) => SectionRenderer | undefined,
      config: {
        pages: [
          {
            sections: [
              { type: 'list', items: ['Joga'] },
              { type: 'list', items: [] },
              { type: 'list', items: [], hidden: true },
            ],
          },
          { sections: [{ type: 'contact', heading }, 'not a section'] },
        ],
      },
    })
    expect(found).toEqual([
      {
        page: 0,
        section: 1,
        reason: { pl: 'nie ma jeszcze żadnych wydarzeń', en: 'there are no events yet' },
        message: hiddenMessage({ pl: 'nie ma jeszcze żadnych wydarzeń', en: 'there are no events yet' }),
      },
      { page: 1, section: 0, reason: UNAVAILABLE, message: hiddenMessage(UNAVAILABLE) },
    ])
    // Loaders ran in preview mode, for the shown sections only.
    expect(loaded).toEqual([true, true])
  })
})
