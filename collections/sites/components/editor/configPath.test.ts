import { getIn, insertAt, moveBy, removeAt, setIn, stableJson, updateList } from './configPath'

const config = {
  theme: { colors: { primary: '#111111' } },
  pages: [{ slug: 'home', sections: [{ type: 'hero', heading: { pl: 'Cześć', en: 'Hi' } }, { type: 'about' }] }],
}

describe('setIn', () => {
  test('changes one leaf and returns a new tree, leaving the input and untouched branches as they were', () => {
    const before = JSON.stringify(config)
    const next = setIn(config, ['pages', 0, 'sections', 0, 'heading', 'en'], 'Hello') as typeof config
    expect(JSON.stringify(config)).toBe(before)
    expect(next.pages[0].sections[0]).toEqual({ type: 'hero', heading: { pl: 'Cześć', en: 'Hello' } })
    expect(next.theme).toBe(config.theme)
    expect(next.pages[0].sections[1]).toBe(config.pages[0].sections[1])
  })

  test('creates missing objects and arrays on the way', () => {
    expect(setIn({}, ['seo', 'title', 'pl'], 'Tytuł')).toEqual({ seo: { title: { pl: 'Tytuł' } } })
    expect(setIn(undefined, ['navigation', 0, 'url'], 'https://x.pl')).toEqual({ navigation: [{ url: 'https://x.pl' }] })
  })

  test('undefined removes the key', () => {
    expect(setIn(config, ['theme', 'colors'], undefined)).toEqual({ theme: {}, pages: config.pages })
  })
})

test('getIn reads a path and answers undefined for a missing one', () => {
  expect(getIn(config, ['pages', 0, 'sections', 0, 'heading', 'pl'])).toBe('Cześć')
  expect(getIn(config, ['pages', 3, 'slug'])).toBeUndefined()
  expect(getIn(config, ['theme', 0])).toBeUndefined()
})

test('updateList treats a missing array as empty', () => {
  expect(updateList({}, ['pages'], (list) => [...list, { slug: 'a' }])).toEqual({ pages: [{ slug: 'a' }] })
})

test('list helpers return new arrays', () => {
  const list = ['a', 'b', 'c']
  expect(moveBy(list, 0, 1)).toEqual(['b', 'a', 'c'])
  expect(moveBy(list, 2, -1)).toEqual(['a', 'c', 'b'])
  expect(moveBy(list, 0, -1)).toEqual(['a', 'b', 'c'])
  expect(removeAt(list, 1)).toEqual(['a', 'c'])
  expect(insertAt(list, 1, 'x')).toEqual(['a', 'x', 'b', 'c'])
  expect(list).toEqual(['a', 'b', 'c'])
})

test('stableJson ignores key order', () => {
  expect(stableJson({ b: 1, a: { d: 2, c: [{ y: 1, x: 2 }] } })).toBe(stableJson({ a: { c: [{ x: 2, y: 1 }], d: 2 }, b: 1 }))
  expect(stableJson({ a: 1 })).not.toBe(stableJson({ a: 2 }))
})
