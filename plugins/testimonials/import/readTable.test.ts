import { decodeText, detectDelimiter, headerKey, readTable } from './readTable'

const utf8 = (text: string) => new TextEncoder().encode(text)
const table = (text: string, maxRows = 10) => readTable(text, { maxRows })

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFFautor;ocena\nŻaneta;5'))).toBe('autor;ocena\nŻaneta;5')
    expect(decodeText(utf8('autor;ocena\nŻaneta;5'))).toBe('autor;ocena\nŻaneta;5')
  })

  it('reads a file that is no UTF-8 as Windows-1250 (Polish Excel)', () => {
    // "Żółć" in Windows-1250: Ż=0xAF ó=0xF3 ł=0xB3 ć=0xE6.
    expect(decodeText(new Uint8Array([0xaf, 0xf3, 0xb3, 0xe6, 0x3b, 0x35]))).toBe('Żółć;5')
  })
})

describe('detectDelimiter', () => {
  it("takes the header line's separator, ignoring quoted ones", () => {
    expect(detectDelimiter('autor;ocena;treść;data\n"a,b";5;"x,y,z";')).toBe(';')
    expect(detectDelimiter('author,rating,text\n')).toBe(',')
    expect(detectDelimiter('"autor, imię";ocena\n')).toBe(';')
    expect(detectDelimiter('author\trating\ttext\n')).toBe('\t')
    expect(detectDelimiter('\n\nauthor;rating\n')).toBe(';')
    expect(detectDelimiter('author')).toBe(',')
  })
})

describe('headerKey', () => {
  it('compares headers without case, accents or spacing', () => {
    expect(headerKey(' Treść opinii ')).toBe('trescopinii')
    expect(headerKey('IMIĘ I NAZWISKO')).toBe('imieinazwisko')
    expect(headerKey('Łódź')).toBe('lodz')
  })
})

describe('readTable', () => {
  it('maps Polish headers and numbers rows as a spreadsheet does (empty rows skipped but counted)', () => {
    const result = table('Autor;Ocena;Treść;Data\nAnna;5;"Świetnie; polecam";15.03.2024\n;;;\nJan;4;"Dwie\nlinie";\n')
    expect(result).toEqual({
      labels: { author: 'Autor', rating: 'Ocena', text: 'Treść', date: 'Data' },
      rows: [
        { row: 2, cells: { author: 'Anna', rating: '5', text: 'Świetnie; polecam', date: '15.03.2024' } },
        { row: 4, cells: { author: 'Jan', rating: '4', text: 'Dwie\nlinie', date: '' } },
      ],
    })
  })

  it('maps English headers in any order, ignores other columns, and takes a file without dates', () => {
    expect(table('text,source,rating,author\n"He said ""thanks""",Google,5,Ola\n')).toEqual({
      labels: { author: 'author', rating: 'rating', text: 'text' },
      rows: [{ row: 2, cells: { author: 'Ola', rating: '5', text: 'He said "thanks"' } }],
    })
  })

  it('keeps a stray quote inside an unquoted cell as text, and a short row as empty cells', () => {
    expect(table('autor;ocena;treść\nOla;5;Bardzo "dobra" sesja\nEwa;4\n')).toMatchObject({
      rows: [
        { row: 2, cells: { text: 'Bardzo "dobra" sesja' } },
        { row: 3, cells: { author: 'Ewa', rating: '4', text: '' } },
      ],
    })
  })

  it('names the columns a file lacks', () => {
    expect(table('name;stars;date\nAnna;5;2024-01-01')).toEqual({ problem: { code: 'missingColumns', columns: ['text'] } })
    expect(table('a,b\n1,2')).toEqual({ problem: { code: 'missingColumns', columns: ['author', 'rating', 'text'] } })
  })

  it('refuses an empty file, a header alone, a quote never closed and too many rows', () => {
    expect(table('\n \n')).toEqual({ problem: { code: 'empty' } })
    expect(table('autor;ocena;treść\n;;\n')).toEqual({ problem: { code: 'noRows' } })
    // The line where the quote opens, not where the file ends; closed quotes with doubled ones before it do not count.
    expect(table('autor;ocena;treść\nJan;4;"ok ""cytat"""\nAnna;5;"nigdy nie zamknięty\nOla;3;ok\n')).toEqual({ problem: { code: 'badCsv', line: 3 } })
    const rows = Array.from({ length: 11 }, (_, i) => `Osoba ${i};5;Tekst ${i}`).join('\n')
    expect(table(`autor;ocena;treść\n${rows}`)).toEqual({ problem: { code: 'tooManyRows', found: 11, max: 10 } })
    expect(table(`autor;ocena;treść\n${rows}`, 11)).toMatchObject({ rows: { length: 11 } })
  })
})
