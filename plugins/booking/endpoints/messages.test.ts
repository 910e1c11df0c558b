import { localizeMessage, messageField, publicError } from './messages'

const caller = (language: string) => ({ headers: new Headers({ 'accept-language': language }), user: null, payload: { config: {} } }) as never

describe('public error messages', () => {
  it('answers in Polish unless the caller prefers English, with the variable parts kept', () => {
    expect(localizeMessage(caller('pl-PL,pl;q=0.9'), 'Ask for at most 62 days at a time.')).toBe('Zapytaj naraz najwyżej o 62 dni.')
    expect(localizeMessage(caller('en-GB'), 'Ask for at most 62 days at a time.')).toBe('Ask for at most 62 days at a time.')
    expect(localizeMessage(caller(''), 'This class is full.')).toBe('Na tych zajęciach nie ma już wolnych miejsc.')
    expect(localizeMessage(caller('pl'), 'Bookings can be changed online only up to 24 hours before the start. Please contact the host directly.')).toMatch(
      /^Rezerwację można zmienić online najpóźniej 24 godz\. przed rozpoczęciem/,
    )
  })

  it('names the field a message is about', async () => {
    expect(messageField('"email" must be an email address.')).toBe('email')
    expect(messageField('This class is full.')).toBeUndefined()
    const response = publicError(caller('pl'), '"email" must be an email address.', 400)
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ errors: [{ message: 'Pole e-mail: podaj prawidłowy adres e-mail, np. jan@example.com.', field: 'email' }] })
  })
})
