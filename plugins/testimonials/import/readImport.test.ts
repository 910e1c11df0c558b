import { readImport, splitDuplicates } from './readImport'
import { duplicateKey } from './validateRow'

const limits = { authorName: 100, content: 2000 }
const today = '2026-05-10'
const bytes = (text: string) => new TextEncoder().encode(text)

describe('readImport', () => {
  it('reads good rows and reports bad ones from one file', () => {
    const result = readImport({ bytes: bytes('\uFEFFautor;ocena;treść;data\nAnna;5;Super;15.03.2024\nJan;7;;jutro\n'), today, limits })
    expect(result).toEqual({
      labels: { author: 'autor', rating: 'ocena', text: 'treść', date: 'data' },
      rows: [{ row: 2, authorName: 'Anna', rating: 5, content: 'Super', givenOn: '2024-03-15' }],
      errors: [
        { row: 3, column: 'rating', code: 'badRating', value: '7' },
        { row: 3, column: 'text', code: 'required' },
        { row: 3, column: 'date', code: 'badDate', value: 'jutro' },
      ],
    })
  })

  it('refuses a file over the size limit before reading it, and an empty one', () => {
    expect(readImport({ bytes: bytes('x'.repeat(101)), today, limits, maxBytes: 100 })).toEqual({ problem: { code: 'tooLarge', maxBytes: 100 } })
    expect(readImport({ bytes: new Uint8Array(), today, limits })).toEqual({ problem: { code: 'empty' } })
  })
})

describe('splitDuplicates', () => {
  const row = (row: number, authorName: string, content: string) => ({ row, authorName, rating: 5, content, givenOn: null })

  it("skips rows the site has and repeats within the file, keeping each one's first row", () => {
    const rows = [row(2, 'Anna', 'Super'), row(3, 'Jan', 'Dobrze'), row(4, 'anna', 'super '), row(5, 'Ola', 'Miło')]
    expect(splitDuplicates(rows, [duplicateKey('Ola', 'Miło')])).toEqual({
      fresh: [rows[0], rows[1]],
      duplicates: [rows[2], rows[3]],
    })
  })
})
