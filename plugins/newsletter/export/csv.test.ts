import { csvCell, toCsv } from './csv'

describe('csvCell', () => {
  it('leaves plain values as they are and empties null', () => {
    expect(csvCell('anna@example.com')).toBe('anna@example.com')
    expect(csvCell(12)).toBe('12')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell('Zażółć gęślą jaźń')).toBe('Zażółć gęślą jaźń')
  })

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"')
  })

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"')
    expect(csvCell('+48 600')).toBe("'+48 600")
    expect(csvCell('-1+2')).toBe("'-1+2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('\r=1')).toBe('"\'\r=1"')
    expect(csvCell('a=b')).toBe('a=b')
  })
})

describe('toCsv', () => {
  it('writes a BOM, the header and CRLF-terminated rows', () => {
    expect(
      toCsv(
        ['email', 'count'],
        [
          ['a@example.com', 1],
          ['b,c@example.com', null],
        ],
      ),
    ).toBe('\uFEFFemail,count\r\na@example.com,1\r\n"b,c@example.com",\r\n')
  })
})
