import { errorExcerpt, errorPlace } from './compileErrorAt'

const SOURCE = 'export default function Hello() {\n  const a = 1\n  return <p>{a x}</p>\n}\n'

test('finds the line and column a compile error names, in either language', () => {
  expect(errorPlace('Line 3, column 16: Expected "}" but found "x"')).toEqual({ line: 3, column: 16 })
  expect(errorPlace('Wiersz 12, kolumna 1: Expected ";"')).toEqual({ line: 12, column: 1 })
  expect(errorPlace('The source code is empty')).toBeUndefined()
  expect(errorPlace(undefined)).toBeUndefined()
})

test('shows that line with a caret under the column, and the offset to select', () => {
  const excerpt = errorExcerpt(SOURCE, { line: 3, column: 16 })
  expect(excerpt).toEqual({ text: '  return <p>{a x}</p>', caret: '               ^', offset: SOURCE.indexOf('x}') })
  expect(errorExcerpt('\tconst x =', { line: 1, column: 3 })?.caret).toBe('\t ^')
  expect(errorExcerpt(SOURCE, { line: 9, column: 1 })).toBeUndefined()
})
