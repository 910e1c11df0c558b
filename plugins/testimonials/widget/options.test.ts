import { DEFAULT_LIMIT, optionsKey, parseWidgetOptions } from './options'

const parse = (query: string, fixedFormat?: 'js') => parseWidgetOptions(new URLSearchParams(query), { fixedFormat })

describe('parseWidgetOptions', () => {
  it('gives the defaults for an empty query, the language left to the site', () => {
    expect(parse('')).toEqual({ ok: true, options: { lang: undefined, limit: DEFAULT_LIMIT, theme: 'light', layout: 'list', format: 'html' } })
  })

  it('reads every option, case and spaces aside, and ignores parameters it does not know', () => {
    expect(parse('lang=EN&limit=3&theme=dark&layout=carousel&format=json&utm_source=blog')).toEqual({
      ok: true,
      options: { lang: 'en', limit: 3, theme: 'dark', layout: 'carousel', format: 'json' },
    })
    expect(parse('lang=%20pl%20')).toMatchObject({ ok: true, options: { lang: 'pl' } })
  })

  it('takes the last of a repeated option', () => {
    expect(parse('theme=light&theme=dark')).toMatchObject({ ok: true, options: { theme: 'dark' } })
  })

  it.each([
    ['lang=de', 'lang'],
    ['theme=blue', 'theme'],
    ['layout=grid', 'layout'],
    ['format=xml', 'format'],
    ['limit=0', 'limit'],
    ['limit=51', 'limit'],
    ['limit=2.5', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=1e1', 'limit'],
    ['limit=', 'limit'],
  ])('refuses %s, naming the option in both languages', (query, name) => {
    const parsed = parse(query)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.message.en).toContain(`"${name}"`)
    expect(parsed.message.pl).toContain(`„${name}”`)
  })

  it('keeps the format the path fixed (widget.js) and refuses another one in the query', () => {
    expect(parse('', 'js')).toMatchObject({ ok: true, options: { format: 'js' } })
    expect(parse('format=js', 'js')).toMatchObject({ ok: true, options: { format: 'js' } })
    expect(parse('format=html', 'js')).toMatchObject({ ok: false })
  })
})

describe('optionsKey', () => {
  it('tells apart every option that changes the answer, and gives the loader script one key', () => {
    const base = { lang: 'pl' as const, limit: 10, theme: 'light' as const, layout: 'list' as const, format: 'html' as const }
    const keys = new Set([
      optionsKey(base),
      optionsKey({ ...base, lang: 'en' }),
      optionsKey({ ...base, lang: undefined }),
      optionsKey({ ...base, limit: 11 }),
      optionsKey({ ...base, theme: 'dark' }),
      optionsKey({ ...base, layout: 'carousel' }),
      optionsKey({ ...base, format: 'json' }),
    ])
    expect(keys.size).toBe(7)
    expect(optionsKey({ ...base, format: 'js' })).toBe(optionsKey({ ...base, format: 'js', lang: 'en', limit: 3 }))
  })
})
