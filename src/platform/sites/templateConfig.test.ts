import { z } from 'zod'

import { registerSectionType, sectionSchema, localizedText } from './sectionRegistry'
import { collectMediaIds } from '../media/collectMediaIds'
import { validateTemplateConfig } from './templateConfig'

const text = (pl: string, en: string) => ({ pl, en })

const goodConfig = () => ({
  theme: {
    colors: { primary: '#2f5d50', secondary: '#f4efe6', accent: '#c96f4a', background: '#fff', text: '#1f2933' },
    fonts: { heading: 'Lora', body: 'Inter' },
  },
  locales: { default: 'pl', enabled: ['pl', 'en'] },
  seo: { title: text('Tytuł', 'Title'), image: { mediaId: 'og-1' } },
  pages: [
    {
      slug: 'home',
      title: text('Start', 'Home'),
      sections: [
        { type: 'hero', heading: text('Witaj', 'Welcome'), image: { mediaId: 7 }, cta: { label: text('Umów', 'Book'), href: '#contact' } },
        { type: 'about', heading: text('O mnie', 'About me'), body: text('Treść', 'Body'), image: { mediaId: 8, alt: text('Zdjęcie', 'Photo') } },
        {
          type: 'services',
          heading: text('Usługi', 'Services'),
          items: [{ title: text('Sesja', 'Session'), description: text('Opis', 'Description'), price: text('200 zł', 'PLN 200') }],
        },
        { type: 'team', heading: text('Zespół', 'Team'), members: [{ name: 'Anna', role: text('Coach', 'Coach'), photo: { mediaId: 7 } }] },
        // Plugins register the types that show their data; these stand in for them.
        { type: 'about', id: 'more-1', heading: text('Więcej 1', 'More 1'), body: text('Treść', 'Body') },
        { type: 'about', id: 'more-2', heading: text('Więcej 2', 'More 2'), body: text('Treść', 'Body') },
        { type: 'about', id: 'more-3', heading: text('Więcej 3', 'More 3'), body: text('Treść', 'Body') },
        { type: 'about', id: 'more-4', heading: text('Więcej 4', 'More 4'), body: text('Treść', 'Body') },
        { type: 'contact', heading: text('Kontakt', 'Contact'), email: 'anna@example.com', phone: '+48 600 100 200' },
        { type: 'customComponent', componentId: 3, height: 400 },
      ],
    },
    { slug: 'o-mnie', title: text('O mnie', 'About'), sections: [] },
  ],
  navigation: [
    { label: text('O mnie', 'About'), page: 'o-mnie' },
    { label: text('Blog', 'Blog'), url: 'https://blog.example.com' },
  ],
})

const errorsOf = (value: unknown, lang: 'pl' | 'en' = 'en') => {
  const result = validateTemplateConfig(value, { lang })
  if (result.ok) throw new Error('expected the config to be rejected')
  return result.issues.map(({ path, message }) => `${path}: ${message}`)
}

describe('templateConfig schema', () => {
  it('accepts an empty draft and a full config with every core section', () => {
    expect(validateTemplateConfig({}).ok).toBe(true)
    expect(validateTemplateConfig(goodConfig())).toMatchObject({ ok: true })
  })

  it('rejects what is not an object', () => {
    for (const value of [null, [], 'x', 3]) expect(validateTemplateConfig(value).ok).toBe(false)
  })

  it('names a missing text as the owner sees it, in Polish or English, with its path', () => {
    const config = goodConfig()
    delete (config.pages[0].sections[2] as { heading?: unknown }).heading
    config.pages[0].sections[1].heading = { en: 'About me' } as never
    config.pages[1].title.pl = '  '
    expect(errorsOf(config, 'pl')).toEqual([
      'pages[0].sections[1].heading.pl: Start › O mnie nr 1 › Nagłówek (PL) jest wymagany',
      'pages[0].sections[2].heading: Start › Usługi › Nagłówek jest wymagany',
      'pages[1].title.pl: About › Tytuł (PL) jest wymagany',
    ])
    const result = validateTemplateConfig(config, { lang: 'en' })
    expect(!result.ok && result.message).toBe(
      'Home › About no. 1 › Heading (PL) is required; Home › Services › Heading is required; About › Title (PL) is required',
    )
  })

  it('rejects colours that are not hex and fonts not on the list', () => {
    const config = goodConfig()
    config.theme.colors.primary = 'red'
    config.theme.fonts.body = 'Comic Sans' as never
    expect(errorsOf(config)).toEqual([
      'theme.colors.primary: Theme › Main colour: enter a colour as #rrggbb (e.g. #1a2b3c)',
      expect.stringMatching(/^theme\.fonts\.body: Theme › Text font: choose one of the fonts: Inter \/ Lato/),
    ])
    expect(errorsOf(config, 'pl')[0]).toBe('theme.colors.primary: Motyw › Kolor główny: podaj kolor w zapisie #rrggbb (np. #1a2b3c)')
  })

  it('requires the default locale to be enabled', () => {
    expect(errorsOf({ locales: { default: 'en', enabled: ['pl'] } }, 'pl')).toEqual([
      'locales.default: Języki › Język domyślny: musi być jednym z języków strony',
    ])
    expect(errorsOf({ locales: { default: 'de', enabled: ['pl'] } })[0]).toBe('locales.default: Languages › Default language: choose one of: pl / en')
  })

  it('rejects unknown section types and unknown fields', () => {
    const config = goodConfig()
    config.pages[0].sections.push({ type: 'carousel' } as never)
    config.pages[0].sections.push({ type: 'about', heading: text('a', 'b'), body: text('a', 'b'), colour: 'x' } as never)
    const errors = errorsOf(config)
    expect(errors[0]).toMatch(/^pages\[0\]\.sections\[10\]\.type: Home › carousel › Section type: unknown section type "carousel" \(known: hero \/ about/)
    expect(errors[1]).toBe('pages[0].sections[11]: Home › About no. 6: unknown fields: colour')
  })

  it('rejects images given other than as { mediaId }', () => {
    const config = goodConfig()
    config.pages[0].sections[0].image = 'https://example.com/a.jpg' as never
    expect(errorsOf(config, 'pl')[0]).toBe('pages[0].sections[0].image: Start › Baner główny › Obraz: oczekiwano grupy pól')
  })

  it('checks page slugs and navigation targets', () => {
    const config = goodConfig()
    config.pages[1].slug = 'home'
    config.navigation[1] = { label: text('X', 'X'), url: 'javascript:alert(1)' } as never
    expect(errorsOf(config)[0]).toMatch(/^navigation\[1\]/)
    const dup = goodConfig()
    dup.pages[1].slug = 'home'
    dup.navigation = [{ label: text('X', 'X'), page: 'nowhere' }]
    expect(errorsOf(dup)).toEqual([
      'pages[1].slug: About › Address of the page: another page has the address "home"',
      'navigation[0].page: Navigation › X › Page: there is no page with the address "nowhere"',
    ])
    expect(errorsOf(dup, 'pl')[0]).toBe('pages[1].slug: O mnie › Adres podstrony: inna podstrona ma już adres „home”')
    expect(errorsOf({ pages: [{ slug: 'Bad Slug', title: text('a', 'b') }] })[0]).toMatch(/^pages\[0\]\.slug: /)
  })

  it('refuses a page slug that is a language code (the other language is a path prefix)', () => {
    for (const slug of ['pl', 'en']) {
      expect(errorsOf({ pages: [{ slug, title: text('a', 'b') }] })).toEqual(['pages[0].slug: b › Address of the page: may not be a language code (pl or en)'])
    }
    expect(validateTemplateConfig({ pages: [{ slug: 'english', title: text('a', 'b') }] }).ok).toBe(true)
  })

  it('accepts section types a plugin registers, and refuses to register one twice', () => {
    registerSectionType('test/gallery', sectionSchema({ heading: localizedText, images: z.array(z.strictObject({ mediaId: z.number() })) }))
    expect(() => registerSectionType('hero', sectionSchema({}))).toThrow(/already registered/)
    // The same plugin applied again (a config built twice) re-registers its own type without error.
    registerSectionType('test/owned', sectionSchema({}), { owner: 'gallery-plugin' })
    expect(() => registerSectionType('test/owned', sectionSchema({}), { owner: 'gallery-plugin' })).not.toThrow()
    expect(() => registerSectionType('test/owned', sectionSchema({}), { owner: 'other-plugin' })).toThrow(/already registered/)
    const config = { pages: [{ slug: 'home', title: text('a', 'b'), sections: [{ type: 'test/gallery', heading: text('G', 'G'), images: [{ mediaId: 1 }] }] }] }
    expect(validateTemplateConfig(config).ok).toBe(true)
    config.pages[0].sections[0].images = [{ mediaId: 'x' as never }]
    expect(errorsOf(config)[0]).toMatch(/^pages\[0\]\.sections\[0\]\.images\[0\]\.mediaId: /)
  })
})

describe('collectMediaIds', () => {
  it('finds every mediaId anywhere in the config, once each', () => {
    expect(collectMediaIds(goodConfig()).map(String)).toEqual(['og-1', '7', '8'])
    expect(collectMediaIds({})).toEqual([])
    expect(collectMediaIds({ a: [{ b: { mediaId: '' } }, null, 'mediaId'] })).toEqual([])
  })
})
