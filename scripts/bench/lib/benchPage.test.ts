import { benchSections, escapeHtml, missingHeadings, withBenchHomePage } from './benchPage'
import { checkSection, sectionTypes } from '../../../src/platform/sites/sectionRegistry'

describe('the benchmark page', () => {
  it('has eight sections of registered core types (every text one), each valid and with its own id, the hero with the image', () => {
    const sections = benchSections(42)
    expect(sections).toHaveLength(8)
    expect(new Set(sections.map((section) => section.id)).size).toBe(8)
    expect(new Set(sections.map((section) => section.type))).toEqual(new Set(['hero', 'about', 'services', 'team', 'contact']))
    for (const section of sections) {
      expect(sectionTypes()).toContain(section.type)
      const issues: unknown[] = []
      checkSection(section, { addIssue: (issue: unknown) => issues.push(issue) } as never)
      expect({ type: section.type, issues }).toEqual({ type: section.type, issues: [] })
    }
    expect(sections[0]).toMatchObject({ type: 'hero', image: { mediaId: 42 } })
  })

  it('replaces only the home page and keeps the rest of the config', () => {
    const config = {
      theme: { colors: {} },
      pages: [
        { slug: 'home', title: 'Home', sections: [{ type: 'about' }] },
        { slug: 'kontakt', sections: [] },
      ],
    }
    const result = withBenchHomePage(config, 7)
    expect(result.theme).toBe(config.theme)
    expect(result.pages![0]).toMatchObject({ slug: 'home', title: 'Home' })
    expect(result.pages![0].sections).toEqual(benchSections(7))
    expect(result.pages![1]).toBe(config.pages[1])
    expect(config.pages[0].sections).toEqual([{ type: 'about' }])
    expect(withBenchHomePage({}, 7).pages).toEqual([{ slug: 'home', title: { pl: 'Start', en: 'Home' }, sections: benchSections(7) }])
  })

  it('finds the headings as HTML writes them and names the missing ones', () => {
    expect(escapeHtml(`Tom & Jerry's <b>"x"</b>`)).toBe('Tom &amp; Jerry&#x27;s &lt;b&gt;&quot;x&quot;&lt;/b&gt;')
    const all = benchSections(1)
      .map((section) => `<h2>${escapeHtml(section.heading.pl)}</h2>`)
      .join('')
    expect(missingHeadings(all, 'pl')).toEqual([])
    expect(missingHeadings(all.replace('Nasz zespół', ''), 'pl')).toEqual(['Nasz zespół'])
    expect(missingHeadings(all, 'en')).toHaveLength(8)
  })
})
