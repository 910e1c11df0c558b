import { auditSentence, labelIn } from './auditSentence'

test('an audit entry reads as a sentence in Polish or English', () => {
  expect(auditSentence({ operation: 'update', thing: 'Strona', id: 3, fields: ['Nazwa', 'Domena'], lang: 'pl' })).toBe(
    'Zmieniono: Strona nr 3 (pola: Nazwa, Domena)',
  )
  expect(auditSentence({ operation: 'update', thing: 'Site', id: 3, fields: ['Name'], lang: 'en' })).toBe('Updated: Site 3 (field: Name)')
  expect(auditSentence({ operation: 'create', thing: 'Plan', id: 'abc', fields: ['Name'], lang: 'pl' })).toBe('Utworzono: Plan nr abc')
  expect(auditSentence({ operation: 'delete', thing: 'Payment', id: 9, lang: 'en' })).toBe('Deleted: Payment 9')
})

test('labels come from strings or { en, pl } objects, else the fallback', () => {
  expect(labelIn({ en: 'Site', pl: 'Strona' }, 'pl', 'sites')).toBe('Strona')
  expect(labelIn('Site', 'pl', 'sites')).toBe('Site')
  expect(labelIn(() => 'x', 'pl', 'sites')).toBe('sites')
  expect(labelIn(undefined, 'en', 'sites')).toBe('sites')
})
