import { formatValue } from './formatValue'

test('quotes texts, writes other values as JSON and cuts long ones', () => {
  expect(formatValue('Cześć')).toBe('"Cześć"')
  expect(formatValue({ pl: 'a', en: 'b' })).toBe('{"pl":"a","en":"b"}')
  expect(formatValue(3)).toBe('3')
  expect(formatValue(undefined)).toBe('—')
  const long = formatValue('x'.repeat(200), 20)
  expect(long).toHaveLength(20)
  expect(long.endsWith('…')).toBe(true)
})
