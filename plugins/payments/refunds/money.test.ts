import { moneyInputValue, parseMoneyInput } from './money'

describe('parseMoneyInput', () => {
  it('reads złoty with a comma or a dot into grosze', () => {
    expect(parseMoneyInput('12,50')).toBe(1250)
    expect(parseMoneyInput('12.5')).toBe(1250)
    expect(parseMoneyInput(' 49 ')).toBe(4900)
    expect(parseMoneyInput('0,01')).toBe(1)
    expect(parseMoneyInput('1 234,56 zł')).toBe(123456)
  })
  it('refuses what is not an amount', () => {
    for (const text of ['', '-1', '1,234', '12,5,0', 'abc', '1e3']) expect(parseMoneyInput(text)).toBeNull()
  })
})

describe('moneyInputValue', () => {
  it('prefills the input in the reader language', () => {
    expect(moneyInputValue(4900, 'pl')).toBe('49,00')
    expect(moneyInputValue(1, 'en')).toBe('0.01')
  })
})
