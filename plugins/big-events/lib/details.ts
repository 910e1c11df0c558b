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
/** Text in one or both site languages; at least one given. */
const bilingual = (max: number) =>
  z
    .object({ pl: text(max).optional(), en: text(max).optional() })
    .refine((value) => Boolean(value.pl || value.en), { message: 'Give the text in Polish or English.' })

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'A question id is 1–40 lowercase letters, digits or dashes.'),
  label: bilingual(LIMITS.questionLabel),
  type: z.enum(QUESTION_TYPES),
  required: z.boolean().default(false),
  options: z.array(bilingual(LIMITS.questionLabel)).max(LIMITS.options).optional(),
})
export type Question = z.infer<typeof questionSchema>

export const detailsSchema = z.object({ questions: z.array(questionSchema).max(LIMITS.questions).default([]) }).superRefine((details, ctx) => {
  const seen = new Set<string>()
  details.questions.forEach((question, index) => {
    if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: 'Each question needs its own id.' })
    seen.add(question.id)
    if (question.type === 'select' && !question.options?.length)
      ctx.addIssue({ code: 'custom', path: ['questions', index, 'options'], message: 'A choice question needs at least one option.' })
  })
})
export type EventDetails = z.infer<typeof detailsSchema>

/** The stored details as the schema reads them; anything unreadable counts as no questions. */
export const readDetails = (value: unknown): EventDetails => {
  const parsed = detailsSchema.safeParse(value ?? {})
  return parsed.success ? parsed.data : { questions: [] }
}

export type Answers = Record<string, string | boolean>
