/**
 * The questions editor's operations on an event's registration questions (pure; the admin's QuestionsField calls
 * them): add, change, remove, move a question and its options. A new question gets a stable id at once (`q-…`,
 * random, never reused in the event), so answers stay with their question when it is renamed or moved.
 */
import type { EventDetails, Question, QuestionType } from '../lib/details'
import { LIMITS } from '../lib/limits'

/** A question as the editor holds it: the stored shape with every label given as both languages' strings. */
export type DraftQuestion = Question

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** `q-` and eight random letters or digits, unlike any id in `taken`. `random` gives numbers in [0, 1). */
export const newQuestionId = (taken: readonly string[], random: () => number = Math.random): string => {
  for (;;) {
    let id = 'q-'
    for (let index = 0; index < 8; index++) id += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length]
    if (!taken.includes(id)) return id
  }
}

/** The stored details as the editor reads them: a missing or odd value is no questions (nothing is thrown away silently on save). */
export const questionsOf = (value: unknown): DraftQuestion[] => {
  const questions = (value as { questions?: unknown } | null | undefined)?.questions
  return Array.isArray(questions) ? (questions.filter((question) => question && typeof question === 'object') as DraftQuestion[]) : []
}

export const detailsWith = (value: unknown, questions: DraftQuestion[]): EventDetails => ({
  ...((value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as object),
  questions,
})

export const canAddQuestion = (questions: readonly DraftQuestion[]) => questions.length < LIMITS.questions

export const addQuestion = (questions: DraftQuestion[], random?: () => number): DraftQuestion[] =>
  canAddQuestion(questions)
    ? [
        ...questions,
        {
          id: newQuestionId(
            questions.map((question) => question.id),
            random,
          ),
          label: { pl: '', en: '' },
          type: 'text',
          required: false,
        },
      ]
    : questions

export const removeQuestion = (questions: DraftQuestion[], index: number): DraftQuestion[] => questions.filter((_, at) => at !== index)

/** Moves the question at `index` by `by` places (-1 up, 1 down); at either end nothing moves. */
export const moveQuestion = <T>(items: T[], index: number, by: -1 | 1): T[] => {
  const target = index + by
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items
  const moved = [...items]
  ;[moved[index], moved[target]] = [moved[target], moved[index]]
  return moved
}

export const updateQuestion = (questions: DraftQuestion[], index: number, change: Partial<Omit<DraftQuestion, 'id'>>): DraftQuestion[] =>
  questions.map((question, at) => (at === index ? { ...question, ...change } : question))

/** A choice question starts with one empty option; another type keeps no options. */
export const setQuestionType = (questions: DraftQuestion[], index: number, type: QuestionType): DraftQuestion[] =>
  questions.map((question, at) => {
    if (at !== index) return question
    if (type === 'select') return { ...question, type, options: question.options?.length ? question.options : [{ pl: '', en: '' }] }
    const { options: _dropped, ...rest } = question
    return { ...rest, type }
  })

export const addOption = (questions: DraftQuestion[], index: number): DraftQuestion[] =>
  questions.map((question, at) =>
    at === index && (question.options?.length ?? 0) < LIMITS.options ? { ...question, options: [...(question.options ?? []), { pl: '', en: '' }] } : question,
  )

export const updateOption = (questions: DraftQuestion[], index: number, option: number, lang: 'pl' | 'en', text: string): DraftQuestion[] =>
  questions.map((question, at) =>
    at === index ? { ...question, options: (question.options ?? []).map((value, place) => (place === option ? { ...value, [lang]: text } : value)) } : question,
  )

export const removeOption = (questions: DraftQuestion[], index: number, option: number): DraftQuestion[] =>
  questions.map((question, at) => (at === index ? { ...question, options: (question.options ?? []).filter((_, place) => place !== option) } : question))

export const moveOption = (questions: DraftQuestion[], index: number, option: number, by: -1 | 1): DraftQuestion[] =>
  questions.map((question, at) => (at === index ? { ...question, options: moveQuestion(question.options ?? [], option, by) } : question))

export type QuestionProblem = 'noLabel' | 'noOptions' | 'emptyOption'

/** What the editor points out under a question before saving (the server checks the same with lib/details.ts). */
export const questionProblems = (question: DraftQuestion): QuestionProblem[] => {
  const problems: QuestionProblem[] = []
  if (!question.label?.pl?.trim() && !question.label?.en?.trim()) problems.push('noLabel')
  if (question.type === 'select') {
    if (!question.options?.length) problems.push('noOptions')
    else if (question.options.some((option) => !option.pl?.trim() && !option.en?.trim())) problems.push('emptyOption')
  }
  return problems
}

/** A question's label in the reader's language, else the other one. */
export const labelIn = (text: { pl?: string; en?: string } | undefined, lang: 'pl' | 'en'): string =>
  (lang === 'pl' ? text?.pl?.trim() || text?.en?.trim() : text?.en?.trim() || text?.pl?.trim()) || ''
