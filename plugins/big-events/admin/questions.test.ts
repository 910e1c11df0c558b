import { detailsSchema } from '../lib/details'
import {
  addOption,
  addQuestion,
  detailsWith,
  moveOption,
  moveQuestion,
  newQuestionId,
  questionProblems,
  questionsOf,
  removeOption,
  removeQuestion,
  setQuestionType,
  updateOption,
  updateQuestion,
} from './questions'

/** A fixed sequence of "random" numbers, repeating. */
const sequence = (...values: number[]) => {
  let at = 0
  return () => values[at++ % values.length]
}

it('makes ids the stored schema accepts, unlike those taken', () => {
  const first = newQuestionId([], sequence(0))
  expect(first).toBe('q-aaaaaaaa')
  const second = newQuestionId([first], sequence(0, 0, 0, 0, 0, 0, 0, 0, 0.5))
  expect(second).not.toBe(first)
  expect(second).toMatch(/^q-[a-z0-9]{8}$/)
})

it('adds, edits, reorders and removes questions, keeping each id', () => {
  let questions = addQuestion([], sequence(0.1))
  questions = addQuestion(questions, sequence(0.9))
  const [a, b] = questions.map((question) => question.id)
  questions = updateQuestion(questions, 0, { label: { pl: 'Dieta', en: 'Diet' }, required: true })
  questions = updateQuestion(questions, 1, { label: { pl: 'Uwagi', en: '' } })
  questions = moveQuestion(questions, 1, -1)
  expect(questions.map((question) => question.id)).toEqual([b, a])
  expect(moveQuestion(questions, 0, -1)).toBe(questions)
  expect(moveQuestion(questions, 1, 1)).toBe(questions)
  expect(detailsSchema.safeParse({ questions }).success).toBe(true)
  questions = removeQuestion(questions, 0)
  expect(questions).toEqual([{ id: a, label: { pl: 'Dieta', en: 'Diet' }, type: 'text', required: true }])
})

it('a choice question gets options to edit, reorder and remove; another type drops them', () => {
  let questions = setQuestionType(addQuestion([], sequence(0.3)), 0, 'select')
  questions = updateQuestion(questions, 0, { label: { pl: 'Nocleg', en: 'Room' } })
  expect(questionProblems(questions[0])).toEqual(['emptyOption'])
  questions = updateOption(questions, 0, 0, 'pl', 'Pokój 2-osobowy')
  questions = addOption(questions, 0)
  questions = updateOption(questions, 0, 1, 'en', 'Single room')
  questions = moveOption(questions, 0, 1, -1)
  expect(questions[0].options).toEqual([
    { pl: '', en: 'Single room' },
    { pl: 'Pokój 2-osobowy', en: '' },
  ])
  expect(questionProblems(questions[0])).toEqual([])
  expect(detailsSchema.safeParse({ questions }).success).toBe(true)
  expect(questionProblems(removeOption(removeOption(questions, 0, 0), 0, 0)[0])).toEqual(['noOptions'])
  const asText = setQuestionType(questions, 0, 'checkbox')
  expect(asText[0]).not.toHaveProperty('options')
  expect(asText[0].type).toBe('checkbox')
})

it('points out a question without a label', () => {
  expect(questionProblems(addQuestion([], sequence(0.2))[0])).toEqual(['noLabel'])
})

it('reads whatever is stored, and keeps other keys of the details', () => {
  expect(questionsOf(null)).toEqual([])
  expect(questionsOf({ questions: 'x' })).toEqual([])
  expect(detailsWith({ other: 1 }, [])).toEqual({ other: 1, questions: [] })
})
