import { LIMITS } from '../slugs'
import { readSubmission, submittedValues } from './submission'

describe('readSubmission', () => {
  it('accepts the form’s fields and a JSON body alike', () => {
    const form = readSubmission({ name: '  Jan  ', rating: '5', content: ' Bardzo pomocne.\r\nPolecam! ', consent: 'yes' }, 'pl')
    expect(form).toEqual({ ok: true, submission: { name: 'Jan', rating: 5, content: 'Bardzo pomocne.\nPolecam!' }, values: expect.any(Object) })
    expect(readSubmission({ name: 'Jan', rating: 4, content: 'Good', consent: true }, 'en')).toMatchObject({ ok: true, submission: { rating: 4 } })
  })

  it('names every problem in the page’s language, keeping what was typed', () => {
    const result = readSubmission({ name: ' ', rating: '6', content: 'x'.repeat(LIMITS.content + 1), consent: 'no' }, 'pl')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      name: 'Wpisz imię, którym podpiszemy opinię.',
      rating: 'Wybierz ocenę od 1 do 5 gwiazdek.',
      content: 'Opinia może mieć najwyżej 2000 znaków.',
      consent: 'Zaznacz zgodę na publikację: bez niej nie możemy pokazać opinii.',
    })
    expect(result.values.content).toHaveLength(LIMITS.content + 1)
    const english = readSubmission({ name: 'x'.repeat(LIMITS.authorName + 1), content: 'ok', consent: true }, 'en')
    expect(english.ok === false && english.errors).toEqual({ name: 'The name may have at most 100 characters.', rating: 'Choose a rating from 1 to 5 stars.' })
  })

  it('refuses ratings that are not whole stars and consent that is not given', () => {
    for (const rating of [0, 2.5, '3.5', '', null, 'five']) {
      const result = readSubmission({ name: 'Jan', rating, content: 'ok', consent: true }, 'en')
      expect(result.ok === false && Object.keys(result.errors)).toEqual(['rating'])
    }
    expect(submittedValues({ consent: 'ON' }).consent).toBe(true)
    expect(submittedValues({ consent: 1 }).consent).toBe(false)
  })
})
