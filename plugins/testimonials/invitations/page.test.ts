import { htmlDocument } from '@platform'
import { brandColors, invitationForm, invitationPage } from './page'

describe('brandColors', () => {
  it('keeps the brand colour and picks readable text on it', () => {
    expect(brandColors('#1D4ED8')).toEqual({ background: '#1d4ed8', text: '#ffffff' })
    expect(brandColors('#fde68a')).toEqual({ background: '#fde68a', text: '#111827' })
    expect(brandColors('#fff')).toEqual({ background: '#ffffff', text: '#111827' })
    // A mid grey: white on it would be below 4.5:1, so dark text.
    expect(brandColors('#808080').text).toBe('#111827')
  })

  it('falls back to the platform blue for anything that is not a hex colour', () => {
    for (const value of [undefined, 'red', '#12345', 'url(x)', '#1d4ed8;color:red'])
      expect(brandColors(value)).toEqual({ background: '#1d4ed8', text: '#ffffff' })
  })
})

describe('invitationForm', () => {
  const form = (values: Parameters<typeof invitationForm>[0]['values'], errors = {}) =>
    invitationForm({ locale: 'pl', action: '/api/x?lang=pl', siteName: 'Gabinet "Anny"', values, errors, optOutHref: '/api/x/opt-out?lang=pl' })

  it('escapes what the client typed and keeps their choices', () => {
    const html = form({ name: '"><script>alert(1)</script>', rating: 3, content: '</textarea><b>hi</b>', consent: true })
    expect(html).not.toContain('<script>')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(html).toContain('&lt;/textarea&gt;&lt;b&gt;hi&lt;/b&gt;</textarea>')
    expect(html).toContain('id="rating-3" name="rating" value="3" checked')
    expect(html.match(/ checked/g)).toHaveLength(2)
    expect(html).toContain('na stronie Gabinet &quot;Anny&quot;.')
  })

  it('lists the errors first and ties each to its field', () => {
    const html = form({ name: '', content: '', consent: false }, { name: 'Wpisz imię.', rating: 'Wybierz ocenę.' })
    expect(html.indexOf('role="alert"')).toBeLessThan(html.indexOf('<form'))
    expect(html).toContain('aria-invalid="true" aria-describedby="name-error"')
    expect(html).toContain('<fieldset aria-describedby="rating-error">')
    expect(html).toContain('<p class="error" id="rating-error">Wybierz ocenę.</p>')
    expect(html).not.toContain('consent-error')
  })
})

describe('invitationPage', () => {
  it('is a standalone page in the language asked, with the other language a link away', () => {
    const html = htmlDocument(
      invitationPage({ locale: 'en', siteName: 'Studio <Yoga>', title: 'Thanks', paragraphs: ['a & b'], otherLanguageHref: '/x?lang=pl' }),
    )
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<span class="site">Studio &lt;Yoga&gt;</span>')
    expect(html).toContain('<p>a &amp; b</p>')
    expect(html).toContain('<a href="/x?lang=pl" lang="pl" hreflang="pl">Polski</a>')
    expect(html).not.toMatch(/<script|https?:\/\//)
  })
})
