import { htmlDocument, htmlPage, messageHtml, PAGE_STYLE } from './htmlPage'

describe('htmlDocument', () => {
  it('is a whole private document: language, escaped title, noindex, no referrer, the inline style and the body as given', () => {
    const html = htmlDocument({ lang: 'pl', title: 'Opinie <Anny> & "goście"', body: '<main><h1>Dziękujemy</h1></main>', style: 'h1{color:red}' })
    expect(html.startsWith('<!doctype html>\n<html lang="pl">')).toBe(true)
    expect(html).toContain('<title>Opinie &lt;Anny&gt; &amp; &quot;goście&quot;</title>')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).toContain('<meta name="referrer" content="no-referrer">')
    expect(html).toContain('<style>h1{color:red}</style>')
    expect(html).toContain('<body>\n<main><h1>Dziękujemy</h1></main>\n</body>')
    expect(html).not.toMatch(/<script|<link|https?:\/\//)
  })

  it('wears the default look unless given another, or none; the language is escaped', () => {
    expect(htmlDocument({ lang: 'pl', title: 'T', body: '' })).toContain(`<style>${PAGE_STYLE}</style>`)
    const bare = htmlDocument({ lang: 'en" onload="x', title: 'T', body: '', style: '' })
    expect(bare).not.toContain('<style>')
    expect(bare).toContain('<html lang="en&quot; onload=&quot;x">')
  })
})

describe('messageHtml', () => {
  it('is the site, the heading, the paragraphs, the trusted markup and the link, in that order, all but the markup escaped', () => {
    const html = messageHtml({
      siteName: 'Gabinet <Anny>',
      title: 'Zapis potwierdzony',
      paragraphs: ['a & b', 'c'],
      html: '<form method="post"></form>\n',
      link: { href: '/s/anna?x=1&y=2', label: 'Przejdź na stronę' },
    })
    expect(html).toBe(
      [
        '<main>',
        '<p class="site">Gabinet &lt;Anny&gt;</p>',
        '<h1>Zapis potwierdzony</h1>',
        '<p>a &amp; b</p>',
        '<p>c</p>',
        '<form method="post"></form>',
        '<p><a href="/s/anna?x=1&amp;y=2">Przejdź na stronę</a></p>',
        '</main>',
      ].join('\n'),
    )
  })

  it('leaves out what is not given', () => {
    expect(messageHtml({ title: 'Gone' })).toBe('<main>\n<h1>Gone</h1>\n</main>')
  })
})

describe('htmlPage', () => {
  it('answers with the status and the private headers; given headers are added or replace them, in any letter case', async () => {
    const response = htmlPage({
      lang: 'en',
      title: 'Gone',
      body: '<p>Gone</p>',
      status: 410,
      headers: { 'Content-Security-Policy': "default-src 'none'", 'Cache-Control': 'private, no-store' },
    })
    expect(response.status).toBe(410)
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
      'content-security-policy': "default-src 'none'",
    })
    expect(await response.text()).toContain('<p>Gone</p>')
  })

  it('is a 200 unless told otherwise', () => {
    expect(htmlPage({ lang: 'pl', title: 'T', body: '' }).status).toBe(200)
  })
})
