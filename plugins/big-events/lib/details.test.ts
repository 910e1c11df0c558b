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

  it('reads unreadable details as no questions', () => {
    expect(readDetails('nonsense')).toEqual({ questions: [] })
    expect(readDetails(null)).toEqual({ questions: [] })
  })
})
