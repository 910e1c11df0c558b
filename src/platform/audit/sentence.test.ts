import { auditSentence, guessGender, polishAccusative } from './sentence'

describe('guessGender', () => {
  it.each([
    ['Anna', 'female'],
    ['Jan', 'male'],
    ['Kuba', 'male'],
    ['Beatrycze', 'female'],
    ['Anna Maria', 'female'],
    ['', 'unknown'],
    [null, 'unknown'],
  ] as const)('%s -> %s', (name, gender) => {
    expect(guessGender(name)).toBe(gender)
  })
})

describe('polishAccusative', () => {
  it.each([
    ['Strona', 'stronę'],
    ['Rezerwacja', 'rezerwację'],
    ['Opinia', 'opinię'],
    ['Szablon e-maila', 'szablon e-maila'],
    ['Członek zespołu', 'członka zespołu'],
    ['Użytkownik', 'użytkownika'],
    ['Regulamin', 'regulamin'],
    ['Wydarzenie', 'wydarzenie'],
    ['Płatność', 'płatność'],
  ])('%s -> %s', (nominative, accusative) => {
    expect(polishAccusative(nominative)).toBe(accusative)
  })
})

describe('auditSentence', () => {
  const base = { collectionLabel: 'Strona', targetTitle: 'Studio Jogi', targetId: '12' }

  it('names the person, the verb in their gender, the collection in the accusative and the title in Polish quotes', () => {
    expect(auditSentence({ ...base, lang: 'pl', operation: 'update', actorName: 'Anna Kowalska' })).toBe('Anna Kowalska zmieniła stronę „Studio Jogi”')
    expect(auditSentence({ ...base, lang: 'pl', operation: 'update', actorName: 'Jan Nowak' })).toBe('Jan Nowak zmienił stronę „Studio Jogi”')
    expect(auditSentence({ ...base, lang: 'pl', operation: 'delete', actorName: 'Jan Nowak' })).toBe('Jan Nowak usunął stronę „Studio Jogi”')
    expect(auditSentence({ ...base, lang: 'pl', operation: 'delete', actorName: 'Anna Kowalska' })).toBe('Anna Kowalska usunęła stronę „Studio Jogi”')
    expect(
      auditSentence({
        ...base,
        lang: 'pl',
        operation: 'create',
        collectionLabel: 'Członek zespołu',
        actorName: 'Anna Kowalska',
        targetTitle: 'ewa@example.com',
      }),
    ).toBe('Anna Kowalska utworzyła członka zespołu „ewa@example.com”')
  })

  it('uses the neuter "konto" form when only the address is known, and the number when there is no title', () => {
    expect(auditSentence({ ...base, lang: 'pl', operation: 'update', actorName: 'staff@example.com', targetTitle: null })).toBe(
      'Konto staff@example.com zmieniło stronę nr 12',
    )
    expect(auditSentence({ ...base, lang: 'en', operation: 'update', actorName: 'staff@example.com', collectionLabel: 'Site', targetTitle: '' })).toBe(
      'The account staff@example.com changed the site no. 12',
    )
  })

  it('writes English with the lower-cased label and curly quotes', () => {
    expect(auditSentence({ ...base, lang: 'en', operation: 'update', actorName: 'Anna Kowalska', collectionLabel: 'Site' })).toBe(
      'Anna Kowalska changed the site “Studio Jogi”',
    )
    expect(
      auditSentence({ ...base, lang: 'en', operation: 'create', actorName: 'Jan Nowak', collectionLabel: 'Email template', targetTitle: 'Sign-in link' }),
    ).toBe('Jan Nowak created the email template “Sign-in link”')
  })
})
