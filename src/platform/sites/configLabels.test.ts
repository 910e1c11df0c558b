import { fieldLabel, labelConfigPath } from './configLabels'

const text = (pl: string, en: string) => ({ pl, en })
const config = {
  pages: [
    {
      slug: 'home',
      title: text('Start', 'Home'),
      sections: [
        { type: 'hero', heading: text('Witaj', 'Welcome') },
        { type: 'services', heading: text('Usługi', 'Services'), items: [{ title: text('Sesja indywidualna', 'One-to-one session') }, {}] },
        { type: 'services', heading: text('Warsztaty', 'Workshops'), items: [] },
        { type: 'plugin/unknown' },
      ],
    },
    { slug: 'o-mnie', title: text('O mnie', 'About me'), sections: [{ type: 'about' }, { type: 'team', members: [{ name: 'Anna Nowak' }] }] },
    { slug: 'bez-tytulu', sections: [] },
  ],
  navigation: [{ label: text('Blog', 'Blog'), url: 'https://blog.example.com' }, { label: {} }],
}
const LABELS: Record<string, { en: string; pl: string }> = {
  hero: { en: 'Hero banner', pl: 'Baner główny' },
  about: { en: 'About', pl: 'O mnie' },
  services: { en: 'Services', pl: 'Usługi' },
  team: { en: 'Team', pl: 'Zespół' },
}
const label = (path: (string | number)[], lang: 'pl' | 'en' = 'pl') => labelConfigPath(path, { config, lang, sectionLabel: (type) => LABELS[type] })

describe('labelConfigPath', () => {
  it("names a section's field by page title, section label, field label and language", () => {
    expect(label(['pages', 1, 'sections', 0, 'heading', 'pl'])).toEqual({ label: 'O mnie › O mnie › Nagłówek (PL)', gender: 'm' })
    expect(label(['pages', 0, 'sections', 0, 'heading', 'en'], 'en')).toEqual({ label: 'Home › Hero banner › Heading (EN)', gender: 'm' })
    expect(label(['pages', 1, 'sections', 0, 'body', 'pl']).gender).toBe('f')
  })

  it('numbers sections of the same type on one page, and names list items by their own title or name', () => {
    expect(label(['pages', 0, 'sections', 1, 'items', 0, 'title', 'pl']).label).toBe('Start › Usługi nr 1 › Pozycje › Sesja indywidualna › Tytuł (PL)')
    expect(label(['pages', 0, 'sections', 2, 'items']).label).toBe('Start › Usługi nr 2 › Pozycje')
    expect(label(['pages', 0, 'sections', 1, 'items', 1, 'description', 'en'], 'en').label).toBe('Home › Services no. 1 › Items › no. 2 › Description (EN)')
    expect(label(['pages', 1, 'sections', 1, 'members', 0, 'role', 'pl'])).toEqual({ label: 'O mnie › Zespół › Osoby › Anna Nowak › Rola (PL)', gender: 'f' })
  })

  it('falls back to the type name, the slug, or a number when there is nothing better', () => {
    expect(label(['pages', 0, 'sections', 3, 'type']).label).toBe('Start › plugin/unknown › Rodzaj sekcji')
    expect(label(['pages', 2, 'title', 'pl']).label).toBe('bez-tytulu › Tytuł (PL)')
    expect(label(['pages', 7, 'slug']).label).toBe('Podstrona nr 8 › Adres podstrony')
    expect(label(['pages', 0, 'sections', 9, 'heading']).label).toBe('Start › Sekcja › Nagłówek')
  })

  it('names the theme, languages, SEO and navigation in their own words', () => {
    expect(label(['theme', 'colors', 'primary'])).toEqual({ label: 'Motyw › Kolor główny', gender: 'm' })
    expect(label(['theme', 'fonts', 'heading'], 'en').label).toBe('Theme › Headings font')
    expect(label(['locales', 'default']).label).toBe('Języki › Język domyślny')
    expect(label(['seo', 'title', 'pl']).label).toBe('SEO › Tytuł w wynikach wyszukiwania (PL)')
    expect(label(['navigation', 0, 'url']).label).toBe('Nawigacja › Blog › Adres')
    expect(label(['navigation', 1, 'label', 'en'], 'en').label).toBe('Navigation › no. 2 › Label (EN)')
    expect(label([]).label).toBe('')
  })

  it('spells out field names it does not know, with no gender', () => {
    expect(fieldLabel('consentText', 'pl')).toBe('Zgoda przy polu wyboru')
    expect(label(['pages', 0, 'sections', 0, 'openingHours'])).toEqual({ label: 'Start › Baner główny › Opening hours', gender: undefined })
  })
})
