import { interpretAnswer, requestBody } from './formLogic'

describe('testimonial form logic', () => {
  it('sends the trimmed fields, the page language and the honeypot', () => {
    expect(requestBody({ authorName: ' Marta ', authorEmail: ' m@example.com ', rating: 5, content: ' Dobre sesje. ', consent: true }, 'en', '')).toEqual({
      authorName: 'Marta',
      authorEmail: 'm@example.com',
      rating: 5,
      content: 'Dobre sesje.',
      consent: true,
      locale: 'en',
      website: '',
    })
  })

  it("shows the server's thank-you, its problems beside their fields, and short errors otherwise", () => {
    expect(interpretAnswer(202, { status: 'pending', message: 'Dziękujemy za opinię!' }, 'pl')).toEqual({ kind: 'done', text: 'Dziękujemy za opinię!' })
    expect(
      interpretAnswer(
        400,
        {
          errors: [{ message: 'Wpisz poprawny adres e-mail.', field: 'authorEmail' }, { message: 'druga', field: 'authorEmail' }, { message: 'Ogólny błąd.' }],
        },
        'pl',
      ),
    ).toEqual({ kind: 'error', text: 'Ogólny błąd.', fields: { authorEmail: 'Wpisz poprawny adres e-mail.' } })
    expect(interpretAnswer(429, { errors: [{ message: 'Zbyt wiele opinii.' }] }, 'pl')).toEqual({ kind: 'error', text: 'Zbyt wiele opinii.', fields: {} })
    expect(interpretAnswer(429, undefined, 'en')).toEqual({
      kind: 'error',
      text: 'Too many testimonials from your network. Please try again later.',
      fields: {},
    })
    expect(interpretAnswer(500, null, 'en')).toEqual({ kind: 'error', text: 'Could not send the testimonial. Please try again in a moment.', fields: {} })
  })
})
