import { createHash } from 'node:crypto'

import { HEIGHT_SCRIPT, renderWidgetHtml, renderWidgetPage, WIDGET_PAGE_CSP, type WidgetData, type WidgetTestimonial } from './render'
import { accentColour, textOnAccent, widgetCss } from './styles'
import { countText } from './texts'

const item = (over: Partial<WidgetTestimonial> = {}): WidgetTestimonial => ({
  authorName: 'Jan Nowak',
  rating: 5,
  content: 'Świetna sesja.',
  reply: null,
  isFeatured: false,
  isVerifiedClient: false,
  isEmailVerified: false,
  givenAt: '2026-11-30T10:00:00.000Z',
  ...over,
})

const data = (over: Partial<WidgetData> = {}): WidgetData => ({
  site: { name: 'Anna Kowalska Coaching', identifier: 'anna-coaching', url: 'https://platforma.example/s/anna-coaching' },
  lang: 'pl',
  accent: '#2f6f5e',
  totalCount: 1,
  averageRating: 5,
  testimonials: [item()],
  ...over,
})

const list = { theme: 'light', layout: 'list' } as const

describe('renderWidgetHtml', () => {
  it('shows each testimonial with its stars (and what a screen reader says), author and date in Polish', () => {
    const html = renderWidgetHtml(data({ testimonials: [item({ rating: 4 })] }), list)
    expect(html).toContain('aria-label="Ocena: 4 z 5"><span class="tw-on">★★★★</span><span class="tw-off">★</span>')
    expect(html).toContain('<span class="tw-name">Jan Nowak</span>')
    expect(html).toContain('<time class="tw-date" datetime="2026-11-30">30 listopada 2026</time>')
    expect(html).toContain('<blockquote class="tw-content"><p>Świetna sesja.</p></blockquote>')
  })

  it('speaks English when asked', () => {
    const html = renderWidgetHtml(data({ lang: 'en', testimonials: [item({ rating: 3, isVerifiedClient: true, reply: 'Thank you!' })] }), list)
    expect(html).toContain('aria-label="Rated 3 out of 5"')
    expect(html).toContain('30 November 2026')
    expect(html).toContain('>Verified client<')
    expect(html).toContain("Owner's reply")
    expect(html).toContain('Testimonials from <a href="https://platforma.example/s/anna-coaching" target="_blank" rel="noopener">Anna Kowalska Coaching</a>')
    expect(html).toContain('lang="en"')
  })

  it('summarises the average and the count with the right Polish forms', () => {
    const html = renderWidgetHtml(data({ totalCount: 22, averageRating: 4.75 }), list)
    expect(html).toContain('aria-label="Średnia ocena 4,8 na 5"')
    expect(html).toContain('<span class="tw-average" aria-hidden="true">4,8</span>')
    expect(html).toContain('<span class="tw-count">22 opinie</span>')
    expect(countText(1, 'pl')).toBe('1 opinia')
    expect(countText(5, 'pl')).toBe('5 opinii')
    expect(countText(12, 'pl')).toBe('12 opinii')
    expect(countText(24, 'pl')).toBe('24 opinie')
    expect(countText(1204, 'pl')).toBe('1204 opinie')
    expect(countText(1, 'en')).toBe('1 testimonial')
    expect(countText(1204, 'en')).toBe('1,204 testimonials')
  })

  it('marks featured testimonials and verified authors, a client before an email address', () => {
    const html = renderWidgetHtml(
      data({
        testimonials: [
          item({ authorName: 'A', isFeatured: true, isVerifiedClient: true, isEmailVerified: true }),
          item({ authorName: 'B', isEmailVerified: true }),
          item({ authorName: 'C' }),
        ],
      }),
      list,
    )
    const [a, b, c] = html.split('<li').slice(1)
    expect(a).toContain('tw-card--featured')
    expect(a).toContain('>Wyróżniona<')
    expect(a).toContain('>Zweryfikowany klient<')
    expect(a).not.toContain('Potwierdzony adres e-mail')
    expect(b).toContain('>Potwierdzony adres e-mail<')
    expect(c).not.toContain('tw-badge')
  })

  it("shows the owner's reply under the testimonial, paragraphs and line breaks kept", () => {
    const html = renderWidgetHtml(data({ testimonials: [item({ content: 'Raz\ndwa\n\nTrzy', reply: 'Dziękuję!' })] }), list)
    expect(html).toContain('<p>Raz<br>dwa</p><p>Trzy</p>')
    expect(html).toContain('<div class="tw-reply"><span class="tw-reply-label">Odpowiedź właściciela</span><p>Dziękuję!</p></div>')
  })

  it('escapes everything a person wrote: author, testimonial, reply and the site name', () => {
    const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    const html = renderWidgetHtml(
      data({ site: { ...data().site, name: `"><svg onload=alert(3)>` }, testimonials: [item({ authorName: evil, content: evil, reply: evil })] }),
      list,
    )
    expect(html).not.toMatch(/<script|<img|<svg/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;')
    expect(html).toContain('aria-label="Opinie: &quot;&gt;&lt;svg onload=alert(3)&gt;"')
  })

  it('links back only to a web address', () => {
    const html = renderWidgetHtml(data({ site: { ...data().site, url: 'javascript:alert(1)' } }), list)
    expect(html).not.toContain('<a ')
    expect(html).toContain('Źródło opinii: Anna Kowalska Coaching')
  })

  it('says there are none yet, without a summary, when nothing is approved', () => {
    const html = renderWidgetHtml(data({ testimonials: [], totalCount: 0, averageRating: null }), list)
    expect(html).toContain('<p class="tw-empty">Nie ma jeszcze opinii.</p>')
    expect(html).not.toContain('tw-summary')
    expect(renderWidgetHtml(data({ lang: 'en', testimonials: [], totalCount: 0, averageRating: null }), list)).toContain('No testimonials yet.')
  })

  it('names the theme and layout on its root for the stylesheet', () => {
    expect(renderWidgetHtml(data(), { theme: 'dark', layout: 'carousel' })).toMatch(/^<section class="tw tw--dark tw--carousel"/)
  })

  it('keeps stars within 0–5 whatever the rating says', () => {
    expect(renderWidgetHtml(data({ testimonials: [item({ rating: 9 })] }), list)).toContain('<span class="tw-on">★★★★★</span><span class="tw-off"></span>')
  })
})

describe('renderWidgetPage', () => {
  it('is a whole document with its CSS inline, the one script the policy allows by hash, and nothing loaded from elsewhere', () => {
    const page = renderWidgetPage(data(), list)
    expect(page).toMatch(/^<!doctype html>\n?<html lang="pl">/)
    expect(page).toContain(`<script>${HEIGHT_SCRIPT}</script>`)
    expect(page).not.toMatch(/<link|src=|@import|url\(/)
    const hash = createHash('sha256').update(HEIGHT_SCRIPT).digest('base64')
    expect(WIDGET_PAGE_CSP).toContain(`script-src 'sha256-${hash}'`)
    expect(WIDGET_PAGE_CSP).toContain("default-src 'none'")
    expect(WIDGET_PAGE_CSP).toMatch(/frame-ancestors \*$/)
    expect(page.match(/<script/g)).toHaveLength(1)
  })
})

describe('accentColour', () => {
  it('takes a hex colour and nothing else into the CSS', () => {
    expect(accentColour('#AABBCC')).toBe('#aabbcc')
    expect(accentColour('#abc')).toBe('#abc')
    expect(accentColour('red;}body{display:none')).toBe('#2f6f5e')
    expect(accentColour(undefined)).toBe('#2f6f5e')
  })
})

describe('textOnAccent', () => {
  it('writes white on dark accents and near-black on light ones', () => {
    expect(textOnAccent('#2f6f5e')).toBe('#ffffff')
    expect(textOnAccent('#000')).toBe('#ffffff')
    expect(textOnAccent('#ffd54f')).toBe('#111111')
    expect(textOnAccent('#fff')).toBe('#111111')
    expect(widgetCss({ theme: 'light', accent: '#ffd54f' })).toContain('--tw-on-accent:#111111')
  })
})
