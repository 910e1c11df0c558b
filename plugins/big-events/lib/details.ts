/**
 * An event's `details` (json): the registration questions the form asks (pure, zod). Each question has a stable
 * `id` (answers are kept by it, so renaming a question keeps its answers), a label in Polish and/or English, a
 * type, whether it is required, and for `select` its options. Answers: `{ [questionId]: string | boolean }`.
 */
import { z } from 'zod'

import { LIMITS } from './limits'

export const QUESTION_TYPES = ['text', 'textarea', 'select', 'checkbox'] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

const text = (max: number) => z.string().trim().max(max)
/** A problem in both languages, as the platform's validateWithSchema words it (`params.text`); no import, so the admin's browser code may use this file. */
const problem = (en: string, pl: string) => ({ text: { en, pl } })
/** Text in one or both site languages; at least one given. */
const bilingual = (max: number) =>
  z
    .object({ pl: text(max).optional(), en: text(max).optional() })
    .refine((value) => Boolean(value.pl || value.en), { params: problem('Give the text in Polish or English.', 'Wpisz tekst po polsku lub po angielsku.') })

export const questionSchema = z.object({
  id: z.string().refine((value) => /^[a-z0-9-]{1,40}$/.test(value), {
    params: problem('A question id is 1–40 lowercase letters, digits or dashes.', 'Identyfikator pytania to 1–40 małych liter, cyfr lub myślników.'),
  }),
  label: bilingual(LIMITS.questionLabel),
  type: z.enum(QUESTION_TYPES),
  required: z.boolean().default(false),
  options: z.array(bilingual(LIMITS.questionLabel)).max(LIMITS.options).optional(),
})
export type Question = z.infer<typeof questionSchema>

export const detailsSchema = z.object({ questions: z.array(questionSchema).max(LIMITS.questions).default([]) }).superRefine((details, ctx) => {
  const seen = new Set<string>()
  details.questions.forEach((question, index) => {
    if (seen.has(question.id))
      ctx.addIssue({
        code: 'custom',
        path: ['questions', index, 'id'],
        params: problem(
          `Question ${index + 1} has the same id as another: change it.`,
          `Pytanie nr ${index + 1} ma taki sam identyfikator jak inne – zmień go.`,
        ),
      })
    seen.add(question.id)
    if (question.type === 'select' && !question.options?.length)
      ctx.addIssue({
        code: 'custom',
        path: ['questions', index, 'options'],
        params: problem(
          `Question ${index + 1} is a choice: add at least one option.`,
          `Pytanie nr ${index + 1} to pytanie wyboru – dodaj co najmniej jedną odpowiedź.`,
        ),
      })
  })
})
export type EventDetails = z.infer<typeof detailsSchema>

/** The stored details as the schema reads them; anything unreadable counts as no questions. */
export const readDetails = (value: unknown): EventDetails => {
  const parsed = detailsSchema.safeParse(value ?? {})
  return parsed.success ? parsed.data : { questions: [] }
}

export type Answers = Record<string, string | boolean>
