import { errorPaths, pathKey } from './errorPaths'

test('finds every path a validation message names', () => {
  const paths = errorPaths(
    'Invalid site configuration: pages[0].sections[2].heading.en: Required; theme.colors.primary: Expected a hex colour like #1a2b3c; (3 more)',
  )
  expect([...paths]).toEqual(['pages[0].sections[2].heading.en', 'theme.colors.primary'])
  expect(errorPaths(undefined).size).toBe(0)
  expect(errorPaths('Expected an object').size).toBe(0)
})

test('pathKey writes paths the way the server does', () => {
  expect(pathKey(['pages', 0, 'sections', 2, 'heading', 'en'])).toBe('pages[0].sections[2].heading.en')
  expect(pathKey([])).toBe('')
})
