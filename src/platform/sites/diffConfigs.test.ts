import { diffConfigs } from './diffConfigs'

describe('diffConfigs', () => {
  it('finds nothing between equal configs', () => {
    const config = { theme: { colors: { primary: '#112233' } }, pages: [{ slug: 'home', sections: [] }] }
    expect(diffConfigs({ from: config, to: structuredClone(config) })).toEqual({ added: [], removed: [], changed: [] })
  })

  it('lists changed, added and removed paths', () => {
    const from = {
      theme: { colors: { primary: '#112233', accent: '#ffffff' } },
      pages: [{ slug: 'home', title: { pl: 'Start', en: 'Home' }, sections: [{ type: 'hero' }, { type: 'about' }] }],
    }
    const to = {
      theme: { colors: { primary: '#445566' }, fonts: { body: 'Lato' } },
      pages: [{ slug: 'home', title: { pl: 'Start', en: 'Welcome' }, sections: [{ type: 'hero' }] }, { slug: 'contact' }],
    }
    expect(diffConfigs({ from, to })).toEqual({
      changed: [
        { path: 'pages[0].title.en', from: 'Home', to: 'Welcome' },
        { path: 'theme.colors.primary', from: '#112233', to: '#445566' },
      ],
      removed: [
        { path: 'pages[0].sections[1]', value: { type: 'about' } },
        { path: 'theme.colors.accent', value: '#ffffff' },
      ],
      added: [
        { path: 'pages[1]', value: { slug: 'contact' } },
        { path: 'theme.fonts', value: { body: 'Lato' } },
      ],
    })
  })

  it('reports a value that changed kind as changed at that path', () => {
    expect(diffConfigs({ from: { a: [1] }, to: { a: { b: 1 } } }).changed).toEqual([{ path: 'a', from: [1], to: { b: 1 } }])
    expect(diffConfigs({ from: {}, to: { x: null } }).added).toEqual([{ path: 'x', value: null }])
  })
})
