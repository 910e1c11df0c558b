import { fileProblemMessage, rowErrorMessage } from './messages'

describe('rowErrorMessage', () => {
  it("names the row and the file's own column header, in Polish and English", () => {
    const error = { row: 4, column: 'rating' as const, code: 'badRating' as const, value: '6' }
    expect(rowErrorMessage(error, 'Ocena', 'pl')).toBe('Wiersz 4, kolumna „Ocena”: „6” nie jest oceną od 1 do 5 (wpisz liczbę całkowitą, np. 5).')
    expect(rowErrorMessage(error, 'Ocena', 'en')).toBe('Row 4, column "Ocena": "6" is not a rating from 1 to 5 (write a whole number, e.g. 5).')
  })

  it('uses Polish plural forms for lengths', () => {
    const tooLong = (length: number) => rowErrorMessage({ row: 2, column: 'author', code: 'tooLong', max: 100, length }, 'autor', 'pl')
    expect(tooLong(101)).toBe('Wiersz 2, kolumna „autor”: tekst jest za długi (101 znaków, najwięcej 100).')
    expect(tooLong(102)).toBe('Wiersz 2, kolumna „autor”: tekst jest za długi (102 znaki, najwięcej 100).')
    expect(tooLong(2112)).toBe('Wiersz 2, kolumna „autor”: tekst jest za długi (2112 znaków, najwięcej 100).')
    expect(rowErrorMessage({ row: 2, column: 'text', code: 'tooLong', max: 2000, length: 2001 }, 'text', 'en')).toBe(
      'Row 2, column "text": the text is too long (2,001 characters, at most 2,000).',
    )
  })

  it('says what is wrong with empty cells and dates', () => {
    expect(rowErrorMessage({ row: 9, column: 'text', code: 'required' }, 'Treść', 'pl')).toBe('Wiersz 9, kolumna „Treść”: pole jest puste.')
    expect(rowErrorMessage({ row: 9, column: 'date', code: 'badDate', value: 'wczoraj' }, 'date', 'en')).toBe(
      'Row 9, column "date": "wczoraj" is not a date (e.g. 2024-03-15 or 15.03.2024).',
    )
    expect(rowErrorMessage({ row: 9, column: 'date', code: 'futureDate', value: '01.01.2030' }, 'data', 'pl')).toBe(
      'Wiersz 9, kolumna „data”: data „01.01.2030” jest w przyszłości.',
    )
  })
})

describe('fileProblemMessage', () => {
  it('names missing columns in both languages', () => {
    expect(fileProblemMessage({ code: 'missingColumns', columns: ['rating', 'text'] }, 'pl')).toBe(
      'W pierwszym wierszu brakuje kolumn: „ocena” (lub „rating”), „treść” (lub „text”).',
    )
    expect(fileProblemMessage({ code: 'missingColumns', columns: ['author'] }, 'en')).toBe('The first row lacks the column "author" (or "autor").')
  })

  it('states the limits in the reader’s language', () => {
    expect(fileProblemMessage({ code: 'tooManyRows', found: 1202, max: 1000 }, 'pl')).toBe(
      'Plik ma 1202 opinie; naraz można zaimportować najwyżej 1000. Podziel plik na części.',
    )
    expect(fileProblemMessage({ code: 'tooManyRows', found: 1205, max: 1000 }, 'pl')).toMatch(/^Plik ma 1205 opinii;/)
    expect(fileProblemMessage({ code: 'tooLarge', maxBytes: 512 * 1024 }, 'en')).toBe('The file is too large: at most 512 KB.')
    expect(fileProblemMessage({ code: 'badCsv', line: 3 }, 'en')).toMatch(/near line 3/)
  })
})
