import { clickSignatureValid } from '../lib/tracking'
import { renderDigest } from './renderDigest'

const server = 'https://app.example'
const links = { preferencesUrl: `${server}/p?token=x`, unsubscribeUrl: `${server}/u?token=x` }
const paragraph = (text: string, url?: string) => ({
  type: 'paragraph',
  version: 1,
  children: url
    ? [{ type: 'link', version: 1, fields: { url, linkType: 'custom' }, children: [{ type: 'text', text, format: 0, version: 1 }] }]
    : [{ type: 'text', text, format: 0, version: 1 }],
})
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

const campaigns = [
  { subjectPl: 'Pierwsze', subjectEn: 'First', bodyPl: body(paragraph('Treść 1')), bodyEn: body(paragraph('Body 1', 'https://example.com/1')) },
  { subjectPl: 'Drugie', bodyPl: body(paragraph('Treść 2')) },
]
const updates = [{ titlePl: 'Nowy warsztat', titleEn: 'New workshop', url: '/s/anna/warsztat' }, { titlePl: 'Nowa opinia' }]

describe('renderDigest', () => {
  it('bundles the campaigns and the site updates in the recipient language, each campaign falling back to Polish', () => {
    const { subject, html, text } = renderDigest({ period: 'weekly', campaigns, updates, locale: 'en', siteName: 'Studio', serverURL: server, links })
    expect(subject).toBe('Weekly digest: Studio')
    expect(html).toContain('First')
    expect(html).toContain('Body 1')
    expect(html).toContain('Drugie') // no English version: the Polish one
    expect(html).toContain('New on the site')
    expect(html).toContain('href="https://app.example/s/anna/warsztat"')
    expect(html).toContain('Nowa opinia')
    expect(text).toContain('- New workshop (https://app.example/s/anna/warsztat)')
    expect(html).not.toContain('/newsletter/o/')
  })

  it('tracks its links and opens like a campaign', () => {
    const { html } = renderDigest({
      period: 'monthly',
      campaigns,
      updates,
      locale: 'pl',
      siteName: 'Studio',
      serverURL: server,
      links,
      tracking: { token: 'tk', secret: 's' },
    })
    expect(html).toContain('Podsumowanie miesiąca: Studio')
    const click = [...html.matchAll(/href="([^"]+\/newsletter\/c\/tk[^"]+)"/g)].map((match) => new URL(match[1].replace(/&amp;/g, '&')))
    expect(click.map((url) => url.searchParams.get('u'))).toEqual(['https://app.example/s/anna/warsztat'])
    expect(clickSignatureValid({ secret: 's', token: 'tk', href: click[0].searchParams.get('u')!, signature: click[0].searchParams.get('s') })).toBe(true)
    expect(html).toContain('/api/public/newsletter/o/tk')
  })
})
