import { LIMITS } from '../slugs'
import { checkForm, FORM_LIMITS, formLocale, starsLabel, type FormValues } from './formRules'

const valid: FormValues = {
  authorName: 'Marta N.',
  authorEmail: 'marta@example.com',
  rating: 5,
  content: 'Świetne sesje, polecam każdemu z całego serca.',
  consent: true,
}

describe('testimonial form rules', () => {
  it('keeps the form limits equal to the collection limits', () => {
    expect(FORM_LIMITS.authorName).toBe(LIMITS.authorName)
    expect(FORM_LIMITS.content).toBe(LIMITS.content)
  })

  it('passes a complete form and names every problem in the form language', () => {
    expect(checkForm(valid, 'pl')).toEqual({})
    expect(checkForm({ authorName: '  ', authorEmail: 'marta@', rating: undefined, content: 'Za krótko', consent: false }, 'pl')).toEqual({
      authorName: 'Wpisz podpis: imię i nazwisko lub inicjały.',
      authorEmail: 'Wpisz poprawny adres e-mail.',
      rating: 'Wybierz ocenę od 1 do 5 gwiazdek.',
      content: 'Opinia powinna mieć co najmniej 20 znaków.',
      consent: 'Zaznacz zgodę na publikację, aby wysłać opinię.',
    })
    expect(checkForm({ ...valid, authorName: 'x'.repeat(101), content: 'y'.repeat(2001), rating: 4.5 }, 'en')).toEqual({
      authorName: 'The signature may have at most 100 characters.',
      rating: 'Choose a rating from 1 to 5 stars.',
      content: 'The testimonial may have at most 2000 characters.',
    })
    // The limits count what is left after trimming.
    expect(checkForm({ ...valid, content: `   ${'a'.repeat(20)}   ` }, 'pl')).toEqual({})
    expect(checkForm({ ...valid, content: `${'a'.repeat(19)}      ` }, 'pl').content).toBeDefined()
  })

  it('labels the stars with the right Polish plural and picks the language', () => {
    expect([1, 2, 3, 4, 5].map((n) => starsLabel(n, 'pl'))).toEqual(['1 gwiazdka', '2 gwiazdki', '3 gwiazdki', '4 gwiazdki', '5 gwiazdek'])
    expect([1, 5].map((n) => starsLabel(n, 'en'))).toEqual(['1 star', '5 stars'])
    expect([formLocale('en-GB'), formLocale('pl'), formLocale(undefined), formLocale('de')]).toEqual(['en', 'pl', 'pl', 'pl'])
  })
})
