import { duplicateKey, parseRating, validateRow } from './validateRow'

const limits = { authorName: 20, content: 50 }
const today = '2026-05-10'
const row = (cells: Record<string, string>) => validateRow({ row: 7, cells }, { limits, today })

describe('parseRating', () => {
  it('reads whole ratings as people write them', () => {
    expect(parseRating('5')).toBe(5)
    expect(parseRating(' 1 ')).toBe(1)
    expect(parseRating('4,0')).toBe(4)
    expect(parseRating('4.00')).toBe(4)
    expect(parseRating('4/5')).toBe(4)
    expect(parseRating('3 / 5')).toBe(3)
    expect(parseRating('★★★★☆')).toBe(4)
    expect(parseRating('⭐⭐⭐⭐⭐')).toBe(5)
  })

  it('refuses anything else', () => {
    for (const text of ['0', '6', '4.5', '4,5', '-1', 'pięć', '', '10/10', '★★★★★★', '☆☆'])
      expect({ text, rating: parseRating(text) }).toEqual({ text, rating: undefined })
  })
})

describe('validateRow', () => {
  it('gives the testimonial of a good row, tidied', () => {
    expect(row({ author: '  Anna   Nowak ', rating: '5', text: ' Świetne sesje.\r\nPolecam! ', date: '15.03.2024' })).toEqual({
      row: 7,
      authorName: 'Anna Nowak',
      rating: 5,
      content: 'Świetne sesje.\nPolecam!',
      givenOn: '2024-03-15',
    })
  })

  it('takes a row without a date (an empty cell or no date column)', () => {
    expect(row({ author: 'Jan', rating: '4', text: 'Dobrze', date: ' ' })).toMatchObject({ givenOn: null })
    expect(row({ author: 'Jan', rating: '4', text: 'Dobrze' })).toMatchObject({ givenOn: null })
  })

  it('reports every problem of a row, each with its row and column', () => {
    expect(row({ author: '', rating: '6', text: ' ', date: '31.02.2024' })).toEqual([
      { row: 7, column: 'author', code: 'required' },
      { row: 7, column: 'rating', code: 'badRating', value: '6' },
      { row: 7, column: 'text', code: 'required' },
      { row: 7, column: 'date', code: 'badDate', value: '31.02.2024' },
    ])
  })

  it('reports an empty rating, text over the limits and a date in the future', () => {
    expect(row({ author: 'x'.repeat(21), rating: '', text: 'y'.repeat(51), date: '2026-05-11' })).toEqual([
      { row: 7, column: 'author', code: 'tooLong', max: 20, length: 21 },
      { row: 7, column: 'rating', code: 'required' },
      { row: 7, column: 'text', code: 'tooLong', max: 50, length: 51 },
      { row: 7, column: 'date', code: 'futureDate', value: '2026-05-11' },
    ])
    expect(row({ author: 'Jan', rating: '5', text: 'ok', date: '2026-05-10' })).toMatchObject({ givenOn: '2026-05-10' })
  })

  it('shortens a long cell quoted in an error', () => {
    const [error] = row({ author: 'Jan', rating: 'bardzo dobra ocena, naprawdę bardzo bardzo dobra', text: 'ok' }) as { value: string }[]
    expect(error.value).toBe('bardzo dobra ocena, naprawdę bardzo bar…')
    expect(error.value).toHaveLength(40)
  })
})

describe('duplicateKey', () => {
  it('ignores case, spacing and Unicode composition', () => {
    expect(duplicateKey('Anna  Nowak', 'Świetne\nsesje ')).toBe(duplicateKey('anna nowak', 'ŚWIETNE sesje'))
    expect(duplicateKey('Zoe\u0301', 'x')).toBe(duplicateKey('Zoé', 'x'))
    expect(duplicateKey('Anna', 'Świetne sesje')).not.toBe(duplicateKey('Anna', 'Świetne sesje!'))
    expect(duplicateKey('Ann', 'a text')).not.toBe(duplicateKey('Ann a', 'text'))
  })
})
