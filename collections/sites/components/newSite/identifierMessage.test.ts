import { identifierMessage } from './identifierMessage'

test('says nothing for a good identifier and explains a bad one in either language', () => {
  expect(identifierMessage('anna-coaching', true)).toBeUndefined()
  expect(identifierMessage('ab', false)).toBe('The identifier must be 3 to 63 characters long.')
  expect(identifierMessage('ab', true)).toBe('Identyfikator musi mieć od 3 do 63 znaków.')
  expect(identifierMessage('Bad_Name', true)).toMatch(/małych liter/)
  expect(identifierMessage('admin', true)).toBe('„admin” jest zarezerwowany; wybierz inny identyfikator.')
  expect(identifierMessage('', true)).toBe('Identyfikator jest wymagany.')
})
