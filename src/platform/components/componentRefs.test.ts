import { componentRefs, usesComponent } from './componentRefs'

const config = {
  pages: [
    { slug: 'home', sections: [{ type: 'hero' }, { type: 'customComponent', componentId: 7 }] },
    { slug: 'about', sections: [] },
    { slug: 'extra', sections: [{ type: 'about' }, { type: 'about' }, { type: 'about' }, { type: 'customComponent', componentId: 'abc' }] },
  ],
}

describe('componentRefs', () => {
  it('lists every customComponent section with the path of its componentId', () => {
    expect(componentRefs(config)).toEqual([
      { componentId: '7', path: 'pages[0].sections[1].componentId', segments: ['pages', 0, 'sections', 1, 'componentId'] },
      { componentId: 'abc', path: 'pages[2].sections[3].componentId', segments: ['pages', 2, 'sections', 3, 'componentId'] },
    ])
  })

  it('finds nothing in empty or malformed configurations', () => {
    expect(componentRefs(undefined)).toEqual([])
    expect(componentRefs({})).toEqual([])
    expect(componentRefs({ pages: 'x' })).toEqual([])
    expect(componentRefs({ pages: [null, { sections: [null, { type: 'customComponent' }] }] })).toEqual([])
  })

  it('tells whether a component is used, whatever the id type', () => {
    expect(usesComponent(config, 7)).toBe(true)
    expect(usesComponent(config, '7')).toBe(true)
    expect(usesComponent(config, 8)).toBe(false)
  })
})
