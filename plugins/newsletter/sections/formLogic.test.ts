import { checkForm, formLocale, interpretAnswer, requestBody } from './formLogic'

describe('newsletter form logic', () => {
  it('picks the language, checks the address and the consent before sending', () => {
    expect([formLocale('en-GB'), formLocale('pl'), formLocale(undefined), formLocale('de')]).toEqual(['en', 'pl', 'pl', 'pl'])
    expect(checkForm({ email: 'jan@example.com', frequency: 'each', consent: true }, 'pl')).toBeUndefined()
    expect(checkForm({ email: 'jan@', frequency: 'each', consent: true }, 'pl')).toBe('Wpisz poprawny adres e-mail.')
    expect(checkForm({ email: 'jan@example.com', frequency: 'each', consent: false }, 'en')).toBe('Tick the consent box to subscribe.')
  })

  it('sends the trimmed address, the frequency, the consent and the page language', () => {
    expect(requestBody({ email: ' jan@example.com ', frequency: 'monthly', consent: true }, 'en')).toEqual({
      email: 'jan@example.com',
      frequency: 'monthly',
      consent: true,
      locale: 'en',
    })
  })

  it("shows the server's 202 message and typo hint, and short errors otherwise", () => {
    expect(interpretAnswer(202, { status: 'check-inbox', message: 'Dziękujemy!' }, 'pl')).toEqual({ kind: 'done', text: 'Dziękujemy!' })
    expect(interpretAnswer(202, { message: 'Thanks', suggestion: 'jan@gmail.com', suggestionMessage: 'Did you mean jan@gmail.com?' }, 'en')).toEqual({
      kind: 'done',
      text: 'Thanks',
      suggestion: 'jan@gmail.com',
      suggestionText: 'Did you mean jan@gmail.com?',
    })
    expect(interpretAnswer(429, { errors: [{ message: 'x' }] }, 'pl')).toEqual({ kind: 'error', text: 'Zbyt wiele prób. Spróbuj ponownie później.' })
    expect(interpretAnswer(400, undefined, 'en')).toEqual({ kind: 'error', text: 'Enter a valid email address.' })
    expect(interpretAnswer(500, null, 'en')).toEqual({ kind: 'error', text: 'Could not subscribe. Please try again in a moment.' })
  })
})
