import { HEIGHT_MESSAGE } from './protocol'
import { iframeSnippet, RESIZE_LISTENER, scriptSnippet, widgetUrl } from './snippets'

const options = { lang: 'pl', theme: 'dark', layout: 'carousel', limit: 5 } as const

describe('embed codes', () => {
  it("address the widget by the site's identifier with the chosen options", () => {
    expect(widgetUrl('https://platforma.example/', 'anna-coaching', options)).toBe(
      'https://platforma.example/api/public/sites/anna-coaching/testimonials/widget?lang=pl&theme=dark&layout=carousel&limit=5',
    )
  })

  it('iframe: framed sandboxed, lazily, with the listener that fits its height', () => {
    const code = iframeSnippet('https://platforma.example', 'anna-coaching', options)
    expect(code).toContain(
      '<iframe src="https://platforma.example/api/public/sites/anna-coaching/testimonials/widget?lang=pl&amp;theme=dark&amp;layout=carousel&amp;limit=5" title="Opinie" data-testimonials-widget loading="lazy"',
    )
    expect(code).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"')
    expect(code).not.toContain('allow-same-origin')
    expect(code).toContain(`<script>${RESIZE_LISTENER}</script>`)
    expect(RESIZE_LISTENER).toContain(`"${HEIGHT_MESSAGE}"`)
    expect(RESIZE_LISTENER).toContain('contentWindow===e.source')
    expect(iframeSnippet('https://platforma.example', 'anna-coaching', { ...options, lang: 'en' })).toContain('title="Testimonials"')
  })

  it('script: the element with its options and the loader', () => {
    expect(scriptSnippet('https://platforma.example', 'anna-coaching', options)).toBe(
      [
        '<div data-testimonials="anna-coaching" data-lang="pl" data-theme="dark" data-layout="carousel" data-limit="5"></div>',
        '<script src="https://platforma.example/api/public/sites/anna-coaching/testimonials/widget.js" async></script>',
      ].join('\n'),
    )
  })
})
