import { validateWithSchema } from '@platform'

import { detailsSchema, readDetails } from './details'

describe('event details', () => {
  it('accepts questions with bilingual labels and refuses duplicates and empty choices', () => {
    const ok = detailsSchema.safeParse({ questions: [{ id: 'diet', label: { pl: 'Dieta' }, type: 'select', required: true, options: [{ pl: 'Wegańska' }] }] })
    expect(ok.success).toBe(true)
    const duplicate = detailsSchema.safeParse({
      questions: [
        { id: 'a', label: { en: 'A' }, type: 'text' },
        { id: 'a', label: { en: 'B' }, type: 'text' },
      ],
    })
    expect(duplicate.success).toBe(false)
    expect(detailsSchema.safeParse({ questions: [{ id: 'c', label: { pl: 'C' }, type: 'select' }] }).success).toBe(false)
    expect(detailsSchema.safeParse({ questions: [{ id: 'd', label: {}, type: 'text' }] }).success).toBe(false)
  })

  it("words each problem for the admin in the admin's language (the field's validate)", () => {
    const details = {
      questions: [
        { id: 'a', label: { en: 'A' }, type: 'select' },
        { id: 'a', label: {}, type: 'text' },
      ],
    }
    const admin = (language: 'pl' | 'en') => ({ i18n: { language } })
    expect(validateWithSchema(detailsSchema, details, admin('pl'))).toBe(
      'Wpisz tekst po polsku lub po angielsku. Pytanie nr 1 to pytanie wyboru – dodaj co najmniej jedną odpowiedź. Pytanie nr 2 ma taki sam identyfikator jak inne – zmień go.',
    )
    expect(validateWithSchema(detailsSchema, details, admin('en'))).toBe(
      'Give the text in Polish or English. Question 1 is a choice: add at least one option. Question 2 has the same id as another: change it.',
    )
    expect(validateWithSchema(detailsSchema, { questions: [] }, admin('pl'))).toBe(true)
  })

  it('reads unreadable details as no questions', () => {
    expect(readDetails('nonsense')).toEqual({ questions: [] })
    expect(readDetails(null)).toEqual({ questions: [] })
  })
})
