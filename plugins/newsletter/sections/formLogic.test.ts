import { checkForm, formLocale, interpretAnswer, problemField, requestBody, typoHint } from './formLogic'

describe('newsletter form logic', () => {
  it('names the field a refused form focuses: the address first, then the consent', () => {
    expect(problemField({ email: '', frequency: 'each', consent: false })).toBe('email')
    expect(problemField({ email: 'jan@example.com', frequency: 'each', consent: false })).toBe('consent')
    expect(problemField({ email: 'jan@example.com', frequency: 'each', consent: true })).toBeUndefined()
  })

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

  it('points out a likely typo before sending, in the page language, with the button that fixes it', () => {
    expect(typoHint('ktos@gmal.com', 'pl')).toEqual({
      suggestion: 'ktos@gmail.com',
      text: 'Czy na pewno chodziło o ktos@gmail.com?',
      button: 'Popraw na ktos@gmail.com',
    })
    expect(typoHint('Jan@ONTE.PL ', 'en', { typing: true })).toEqual({
      suggestion: 'Jan@onet.pl',
      text: 'Did you mean Jan@onet.pl?',
      button: 'Use Jan@onet.pl',
    })
    // A short domain is pointed out once the visitor has left the field, not while they may still be typing it.
    expect(typoHint(' jan@wp.p ', 'en')).toEqual({ suggestion: 'jan@wp.pl', text: 'Did you mean jan@wp.pl?', button: 'Use jan@wp.pl' })
    expect(typoHint('jan@wp.p', 'en', { typing: true })).toBeUndefined()
    expect(typoHint('jan@onet.p', 'pl', { typing: true })).toBeUndefined()
  })

  it('says nothing for a correct, a real other or a half-typed address', () => {
    for (const email of ['ktos@gmail.com', 'ktos@mail.com', 'ktos@firma.pl', 'ktos@gm', 'ktos', 'ktos@', '', 'a b@gmal.com', 'a@b@gmal.com']) {
      expect(typoHint(email, 'pl')).toBeUndefined()
      expect(typoHint(email, 'pl', { typing: true })).toBeUndefined()
    }
  })
})
