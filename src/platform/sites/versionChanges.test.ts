import { summarizeChanges, versionChanges } from './versionChanges'

const text = (pl: string, en: string) => ({ pl, en })
const LABELS: Record<string, { en: string; pl: string }> = { hero: { en: 'Hero banner', pl: 'Baner główny' }, about: { en: 'About', pl: 'O mnie' } }
const sectionLabel = (type: string) => LABELS[type]

const v1 = {
  theme: { colors: { primary: '#112233' } },
  pages: [
    {
      slug: 'home',
      title: text('Start', 'Home'),
      sections: [
        { type: 'hero', id: 'hero', heading: text('Witaj', 'Welcome'), image: { mediaId: 7 } },
        { type: 'about', id: 'about', heading: text('O mnie', 'About me'), body: text('Treść', 'Text') },
      ],
    },
  ],
}

describe('versionChanges', () => {
  it('reads a changed text as "page › section › field (language): old → new"', () => {
    const v2 = structuredClone(v1)
    v2.pages[0].sections[0].heading.pl = 'Dzień dobry'
    expect(versionChanges({ from: v1, to: v2, lang: 'pl', sectionLabel })).toEqual([
      {
        kind: 'changed',
        path: 'pages[0].sections[0].heading.pl',
        label: 'Start › Baner główny › Nagłówek (PL)',
        from: { text: '„Witaj”' },
        to: { text: '„Dzień dobry”' },
      },
    ])
    expect(versionChanges({ from: v1, to: v2, lang: 'en', sectionLabel })[0]).toMatchObject({
      label: 'Home › Hero banner › Heading (PL)',
      from: { text: '“Witaj”' },
    })
  })

  it('shows a changed image as both media ids (thumbnails in the admin), not as its mediaId field', () => {
    const v2 = structuredClone(v1)
    v2.pages[0].sections[0].image = { mediaId: 9 }
    expect(versionChanges({ from: v1, to: v2, lang: 'pl', sectionLabel })).toEqual([
      { kind: 'changed', path: 'pages[0].sections[0].image', label: 'Start › Baner główny › Obraz', from: { mediaId: 7 }, to: { mediaId: 9 } },
    ])
    const removed = structuredClone(v1) as { pages: { sections: Record<string, unknown>[] }[] }
    delete removed.pages[0].sections[0].image
    expect(versionChanges({ from: v1, to: removed, lang: 'pl', sectionLabel })).toEqual([
      { kind: 'removed', path: 'pages[0].sections[0].image', label: 'Start › Baner główny › Obraz', from: { mediaId: 7 } },
    ])
  })

  it('matches sections by id: one added at the top is one change, a move is none', () => {
    const v2 = structuredClone(v1) as { pages: { sections: Record<string, unknown>[] }[] }
    v2.pages[0].sections.unshift({ type: 'about', id: 'about-2', heading: text('Nowa', 'New'), body: text('a', 'b') })
    expect(versionChanges({ from: v1, to: v2, lang: 'pl', sectionLabel })).toEqual([
      { kind: 'added', path: 'pages[0].sections[0]', label: 'Start › O mnie nr 1', to: { text: 'O mnie: „Nowa”' } },
    ])
    const moved = structuredClone(v1)
    moved.pages[0].sections.reverse()
    expect(versionChanges({ from: v1, to: moved, lang: 'pl', sectionLabel })).toEqual([])
    // A removed section is named in the version it was in.
    expect(versionChanges({ from: v2, to: v1, lang: 'en', sectionLabel })).toEqual([
      { kind: 'removed', path: 'pages[0].sections[0]', label: 'Home › About no. 1', from: { text: 'About: “New”' } },
    ])
  })

  it('names theme values and whole new texts', () => {
    const v2 = structuredClone(v1) as Record<string, any>
    v2.theme.colors.primary = '#445566'
    v2.seo = { title: text('Coaching', 'Coaching') }
    expect(versionChanges({ from: v1, to: v2, lang: 'pl', sectionLabel })).toEqual([
      { kind: 'added', path: 'seo', label: 'SEO', to: { text: '„Coaching”' } },
      { kind: 'changed', path: 'theme.colors.primary', label: 'Motyw › Kolor główny', from: { text: '„#112233”' }, to: { text: '„#445566”' } },
    ])
  })
})

describe('summarizeChanges', () => {
  it('counts the changes with Polish plural forms and names the first ones', () => {
    const change = (label: string) => ({ kind: 'changed' as const, path: '', label })
    expect(summarizeChanges([], 'pl')).toBe('Bez zmian')
    expect(summarizeChanges([change('Start › Baner główny › Nagłówek (PL)')], 'pl')).toBe('1 zmiana: Baner główny › Nagłówek (PL)')
    const three = [change('Start › Baner główny › Nagłówek (PL)'), change('Motyw › Kolor główny'), change('Start › O mnie › Treść (EN)')]
    expect(summarizeChanges(three, 'pl')).toBe('3 zmiany: Baner główny › Nagłówek (PL), Motyw › Kolor główny i 1 inna')
    expect(summarizeChanges([...three, ...three.slice(1), change('a › b'), change('c › d')], 'pl')).toBe(
      '7 zmian: Baner główny › Nagłówek (PL), Motyw › Kolor główny i 3 inne',
    )
    expect(summarizeChanges(three, 'en')).toBe('3 changes: Baner główny › Nagłówek (PL), Motyw › Kolor główny and 1 more')
  })
})
