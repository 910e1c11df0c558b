import { submitSchema } from './submitBody'

const body = { authorName: ' Marta N. ', authorEmail: ' Marta@Example.COM ', rating: 5, content: '  Świetne sesje, polecam każdemu.  ', consent: true }

const problems = (value: unknown, locale: 'pl' | 'en' = 'pl') => {
  const parsed = submitSchema(locale).safeParse(value)
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message])
}

describe('the submit body', () => {
  it('trims the texts and normalizes the address', () => {
    expect(submitSchema('pl').parse({ ...body, locale: 'pl', website: '' })).toEqual({
      authorName: 'Marta N.',
      authorEmail: 'marta@example.com',
      rating: 5,
      content: 'Świetne sesje, polecam każdemu.',
      consent: true,
      locale: 'pl',
      website: '',
    })
  })

  it('names each field problem in the form language', () => {
    expect(problems({ ...body, rating: '5' })).toEqual([['rating', 'Wybierz ocenę od 1 do 5 gwiazdek.']])
    expect(problems({ ...body, rating: 6 }, 'en')).toEqual([['rating', 'Choose a rating from 1 to 5 stars.']])
    expect(problems({ ...body, rating: 4.5 })).toEqual([['rating', 'Wybierz ocenę od 1 do 5 gwiazdek.']])
    expect(problems({ ...body, consent: false })).toEqual([['consent', 'Zaznacz zgodę na publikację, aby wysłać opinię.']])
    expect(problems({ ...body, authorEmail: 'nie-adres' })).toEqual([['authorEmail', 'Wpisz poprawny adres e-mail.']])
    expect(problems({ ...body, content: 'krótko' })).toEqual([['content', 'Opinia powinna mieć co najmniej 20 znaków.']])
    expect(problems({ ...body, content: 'x'.repeat(2001) }, 'en')).toEqual([['content', 'The testimonial may have at most 2000 characters.']])
    expect(problems({ ...body, authorName: '' })).toEqual([['authorName', 'Wpisz podpis: imię i nazwisko lub inicjały.']])
    expect(problems({ ...body, status: 'approved' })).toEqual([['', 'Formularz zawiera nieznane pole.']])
    expect(problems({ ...body, locale: 'de' }, 'en')).toEqual([['locale', 'The form holds invalid data. Reload the page and try again.']])
  })
})
