import { clickSignatureValid } from '../lib/tracking'
import { absoluteUrl } from './lexicalToEmail'
import { campaignLocale, renderCampaign } from './renderCampaign'

const server = 'https://app.example'
const secret = 'test-secret'
const links = { preferencesUrl: `${server}/api/public/newsletter/preferences?token=u1`, unsubscribeUrl: `${server}/api/public/newsletter/unsubscribe?token=u1` }

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1, detail: 0, mode: 'normal', style: '' })
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, version: 1, ...extra })
const link = (url: string, label: string, linkType = 'custom') => block('link', [text(label)], { fields: { url, linkType, newTab: false } })
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, children } })

const bodyPl = body(
  block('heading', [text('Wiosenne <warsztaty>')], { tag: 'h2' }),
  block('paragraph', [
    text('Zapraszam '),
    text('serdecznie', 1),
    text(' i '),
    text('ciepło', 2),
    block('linebreak', []),
    link('https://example.com/a?b=1&c=2', 'zapisy'),
  ]),
  block('list', [block('listitem', [text('jeden')], { value: 1 }), block('listitem', [link('mailto:anna@example.com', 'napisz')], { value: 2 })], {
    listType: 'number',
    tag: 'ol',
  }),
  block('quote', [text('Cytat')]),
  block('paragraph', [link('javascript:alert(1)', 'zły'), link('', 'pusty', 'internal')]),
  block('upload', [], { value: { url: '/api/media-assets/file/a.jpg', mimeType: 'image/jpeg', alt: 'Sala', width: 1200 }, fields: {} }),
)
const campaign = {
  subjectPl: 'Wiosna',
  subjectEn: 'Spring',
  bodyPl,
  bodyEn: body(block('paragraph', [text('Hello '), link('https://example.com/en', 'sign up')])),
}

describe('renderCampaign', () => {
  it('writes the body with inline styles, escaped text, and no external CSS, fonts or scripts', () => {
    const { html, subject, locale } = renderCampaign({ campaign, locale: 'pl', siteName: 'Studio Anny', serverURL: server, links })
    expect(subject).toBe('Wiosna')
    expect(locale).toBe('pl')
    expect(html).toMatch(/<h2 style="[^"]+">Wiosenne &lt;warsztaty&gt;<\/h2>/)
    expect(html).toContain('<strong>serdecznie</strong>')
    expect(html).toContain('<em>ciepło</em>')
    expect(html).toMatch(/<ol style="[^"]+"><li style="[^"]+">jeden<\/li>/)
    expect(html).toMatch(/<blockquote style="[^"]+">Cytat<\/blockquote>/)
    expect(html).toContain('<br />')
    expect(html).not.toMatch(/<style|<link|<script|@import|fonts\.googleapis|class=/i)
    // Every element the body produced carries its style inline.
    for (const tag of html.match(/<(p|h2|ol|li|blockquote|a|img)\b[^>]*>/g)!) expect(tag).toMatch(/style="/)
  })

  it('makes images absolute and drops unsafe or internal links to their text', () => {
    const { html } = renderCampaign({ campaign, locale: 'pl', siteName: 'S', serverURL: server, links })
    expect(html).toContain('src="https://app.example/api/media-assets/file/a.jpg"')
    expect(html).toContain('alt="Sala" width="552"')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('zły')
    expect(html).toContain('pusty')
    expect(absoluteUrl('data:image/png;base64,AAA', server)).toBeUndefined()
  })

  it('without tracking: links as written and no pixel', () => {
    const { html, text } = renderCampaign({ campaign, locale: 'pl', siteName: 'S', serverURL: server, links })
    expect(html).toContain('href="https://example.com/a?b=1&amp;c=2"')
    expect(html).not.toContain('/newsletter/o/')
    expect(html).not.toContain('/newsletter/c/')
    expect(text).toContain('zapisy (https://example.com/a?b=1&c=2)')
  })

  it('with tracking: every web link goes through a signed click address, mailto stays, one pixel at the end', () => {
    const { html, text } = renderCampaign({ campaign, locale: 'pl', siteName: 'S', serverURL: server, links, tracking: { token: 'tok123', secret } })
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'))
    const clicks = hrefs.filter((href) => href.includes('/api/public/newsletter/c/'))
    expect(clicks).toHaveLength(1)
    const url = new URL(clicks[0])
    expect(url.pathname).toBe('/api/public/newsletter/c/tok123')
    expect(url.searchParams.get('u')).toBe('https://example.com/a?b=1&c=2')
    expect(clickSignatureValid({ secret, token: 'tok123', href: url.searchParams.get('u')!, signature: url.searchParams.get('s') })).toBe(true)
    expect(hrefs).toContain('mailto:anna@example.com')
    // The footer's own links are never rewritten.
    expect(hrefs).toContain(links.unsubscribeUrl)
    expect(hrefs).toContain(links.preferencesUrl)
    expect(html.match(/\/api\/public\/newsletter\/o\/tok123/g)).toHaveLength(1)
    expect(html).toMatch(/<img src="https:\/\/app\.example\/api\/public\/newsletter\/o\/tok123" width="1" height="1"[^>]*><\/body>/)
    expect(text).toContain('https://app.example/api/public/newsletter/c/tok123?u=')
  })

  it('writes the footer in the recipient language with the site name, in HTML and text', () => {
    const pl = renderCampaign({ campaign, locale: 'pl', siteName: 'Studio Anny', serverURL: server, links })
    expect(pl.html).toContain('ten adres jest zapisany do newslettera: Studio Anny.')
    expect(pl.html).toContain('Wypisz się')
    expect(pl.text).toContain(`Wypisz się: ${links.unsubscribeUrl}`)
    expect(pl.text).toContain(`Zmień ustawienia: ${links.preferencesUrl}`)
    const en = renderCampaign({ campaign, locale: 'en', siteName: 'Studio Anny', serverURL: server, links })
    expect(en.subject).toBe('Spring')
    expect(en.html).toContain('<html lang="en">')
    expect(en.html).toContain('Unsubscribe')
    expect(en.text).toMatch(/^Hello sign up \(https:\/\/example\.com\/en\)/)
  })

  it('falls back to Polish when the campaign has no English version, and marks a test send', () => {
    const polishOnly = { subjectPl: 'Tylko PL', bodyPl }
    expect(campaignLocale(polishOnly, 'en')).toBe('pl')
    expect(campaignLocale({ ...polishOnly, subjectEn: 'EN', bodyEn: body() }, 'en')).toBe('pl')
    const rendered = renderCampaign({ campaign: polishOnly, locale: 'en', siteName: 'S', serverURL: server, links, test: true })
    expect(rendered.locale).toBe('pl')
    expect(rendered.subject).toBe('[TEST] Tylko PL')
  })

  it('writes plain text with list markers and quotes', () => {
    const { text } = renderCampaign({ campaign, locale: 'pl', siteName: 'S', serverURL: server, links })
    expect(text).toContain('Wiosenne <warsztaty>')
    expect(text).toContain('1. jeden')
    expect(text).toContain('2. napisz (mailto:anna@example.com)')
    expect(text).toContain('> Cytat')
    expect(text).not.toMatch(/<(p|a|h2|li|ol|img|strong)\b/)
  })
})
