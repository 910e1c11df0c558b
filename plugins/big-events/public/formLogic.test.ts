import { checkForm, interpretAnswer, requestBody, safeRedirect, type FormQuestion } from './formLogic'

const questions: FormQuestion[] = [
  { id: 'dieta', type: 'select', required: true, label: 'Dieta' },
  { id: 'regulamin', type: 'checkbox', required: true, label: 'Akceptuję regulamin' },
  { id: 'uwagi', type: 'textarea', required: false, label: 'Uwagi' },
]
const origin = 'https://platforma.example'

describe('registration form logic', () => {
  it('names each problem the visitor can fix, by field, in the form’s language', () => {
    expect(checkForm({ name: ' ', email: 'jan@', answers: { dieta: '', regulamin: false, uwagi: '' } }, questions, 'pl')).toEqual([
      { field: 'name', message: 'Podaj imię i nazwisko.' },
      { field: 'email', message: 'Podaj poprawny adres e-mail, np. jan@example.com.' },
      { field: 'answers.dieta', message: 'Odpowiedz na pytanie „Dieta”.' },
      { field: 'answers.regulamin', message: 'Zaznacz pole „Akceptuję regulamin”.' },
    ])
    expect(checkForm({ name: 'Jan', email: 'jan@example.com', answers: { dieta: 'Wegańska', regulamin: true } }, questions, 'en')).toEqual([])
  })

  it('sends name, email, the answers given (trimmed) and the language, never a price', () => {
    expect(requestBody({ name: ' Jan Nowak ', email: ' jan@example.com', answers: { dieta: ' Wegańska ', uwagi: '  ', regulamin: true } }, 'en')).toEqual({
      name: 'Jan Nowak',
      email: 'jan@example.com',
      answers: { dieta: 'Wegańska', regulamin: true },
      locale: 'en',
    })
  })

  it('goes to the payment, shows the server’s message, or puts errors beside their fields', () => {
    expect(interpretAnswer(201, { status: 'pending_payment', message: 'x', payUrl: '/api/payments/pay/abc' }, 'pl', origin)).toEqual({
      kind: 'redirect',
      url: 'https://platforma.example/api/payments/pay/abc',
      text: 'Przekierowujemy do płatności…',
    })
    expect(interpretAnswer(201, { status: 'pending_payment', payUrl: 'javascript:alert(1)' }, 'pl', origin).kind).toBe('done')
    expect(interpretAnswer(201, { status: 'confirmed', message: 'Do zobaczenia!' }, 'pl', origin)).toEqual({
      kind: 'done',
      status: 'confirmed',
      text: 'Do zobaczenia!',
    })
    expect(interpretAnswer(201, { status: 'waitlisted' }, 'en', origin)).toEqual({
      kind: 'done',
      status: 'waitlisted',
      text: 'You are on the waiting list. We will email you if a seat frees up.',
    })
    expect(
      interpretAnswer(
        400,
        {
          errors: [
            { field: 'email', message: 'Zły adres.' },
            { field: 'answers.dieta', message: 'Wybierz.' },
          ],
        },
        'pl',
        origin,
      ),
    ).toEqual({
      kind: 'invalid',
      problems: [
        { field: 'email', message: 'Zły adres.' },
        { field: 'answers.dieta', message: 'Wybierz.' },
      ],
      text: 'Popraw zaznaczone pola i wyślij ponownie.',
    })
    expect(interpretAnswer(400, { errors: [{ field: 'body', message: 'Zła treść.' }] }, 'pl', origin)).toEqual({ kind: 'error', text: 'Zła treść.' })
    for (const status of [404, 409, 429])
      expect(interpretAnswer(status, { errors: [{ message: `Odmowa ${status}` }] }, 'pl', origin)).toEqual({ kind: 'error', text: `Odmowa ${status}` })
    expect(interpretAnswer(500, undefined, 'en', origin)).toEqual({ kind: 'error', text: 'Registration did not go through. Try again in a moment.' })
  })

  it('follows only http(s) payment links', () => {
    expect(safeRedirect('https://secure.przelewy24.pl/trnRequest/x', origin)).toBe('https://secure.przelewy24.pl/trnRequest/x')
    expect(safeRedirect('data:text/html,x', origin)).toBeUndefined()
    expect(safeRedirect(42, origin)).toBeUndefined()
  })
})
