import type { Question } from '../lib/details'
import { checkAnswers, parseRegistration } from './request'

const questions: Question[] = [
  {
    id: 'diet',
    label: { pl: 'Dieta', en: 'Diet' },
    type: 'select',
    required: true,
    options: [
      { pl: 'Wegetariańska', en: 'Vegetarian' },
      { pl: 'Zwykła', en: 'Regular' },
    ],
  },
  { id: 'about', label: { pl: 'O sobie' }, type: 'textarea', required: false },
  { id: 'terms', label: { pl: 'Akceptuję regulamin', en: 'I accept the terms' }, type: 'checkbox', required: true },
]

describe('parseRegistration', () => {
  it('keeps name, normalized email, answers and language; ignores keys it does not know (a price)', () => {
    expect(
      parseRegistration({ name: '  Anna Nowak ', email: ' Anna@Example.COM ', answers: { diet: 'Zwykła' }, locale: 'en', price: 1, amount: 0 }, 'pl'),
    ).toEqual({
      value: { name: 'Anna Nowak', email: 'anna@example.com', answers: { diet: 'Zwykła' }, locale: 'en' },
    })
  })
  it('names every field that is wrong, in the visitor’s language', () => {
    const parsed = parseRegistration({ name: '', email: 'nope', answers: { diet: 3 }, locale: 'de' }, 'pl')
    expect(parsed.errors).toEqual([
      { field: 'name', message: 'Podaj imię i nazwisko.' },
      { field: 'email', message: 'Podaj poprawny adres e-mail.' },
      { field: 'body', message: 'Język może być tylko „pl” albo „en”.' },
      { field: 'answers.diet', message: 'Odpowiedź musi być tekstem albo zaznaczeniem.' },
    ])
    expect(parseRegistration({ name: 'x'.repeat(201), email: 'a@b.pl' }, 'en').errors).toEqual([
      { field: 'name', message: 'The name may be at most 200 characters long.' },
    ])
  })
  it('refuses bodies that are not objects and answers that are not an object', () => {
    expect(parseRegistration([1], 'en').errors).toEqual([{ field: 'body', message: 'Send the registration as a JSON object.' }])
    expect(parseRegistration('x', 'en').errors?.[0].field).toBe('body')
    expect(parseRegistration({ name: 'A', email: 'a@b.pl', answers: ['x'] }, 'en').errors).toEqual([
      { field: 'body', message: 'Send the answers as an object of question ids and answers.' },
    ])
  })
})

describe('checkAnswers', () => {
  it('keeps valid answers, trimmed, a choice in either language', () => {
    expect(checkAnswers(questions, { diet: ' Vegetarian ', terms: true, about: ' Hej ' }, 'pl')).toEqual({
      value: { diet: 'Vegetarian', terms: true, about: 'Hej' },
    })
  })
  it('requires required answers (a ticked checkbox), refuses unknown questions and foreign options', () => {
    const checked = checkAnswers(questions, { diet: 'Wegańska', terms: false, shoe: '42' }, 'pl')
    expect(checked.errors).toEqual([
      { field: 'answers.shoe', message: 'Tego pytania nie ma w formularzu zapisu.' },
      { field: 'answers.diet', message: 'Wybierz jedną z podanych odpowiedzi na pytanie „Dieta”.' },
      { field: 'answers.terms', message: 'Zaznacz pole „Akceptuję regulamin”.' },
    ])
    expect(checkAnswers(questions, { terms: true, diet: '  ' }, 'en').errors).toEqual([{ field: 'answers.diet', message: 'Answer the question "Diet".' }])
  })
  it('refuses answers of the wrong kind and text over the limit', () => {
    expect(checkAnswers(questions, { diet: 'Zwykła', terms: 'yes', about: 'x'.repeat(2001) }, 'pl').errors).toEqual([
      { field: 'answers.about', message: 'Odpowiedź na pytanie „O sobie” może mieć najwyżej 2000 znaków.' },
      { field: 'answers.terms', message: 'Pole „Akceptuję regulamin” można tylko zaznaczyć albo zostawić puste.' },
    ])
    expect(checkAnswers(questions, { diet: true, terms: true }, 'en').errors).toEqual([
      { field: 'answers.diet', message: 'The answer to "Diet" must be text.' },
    ])
  })
})
