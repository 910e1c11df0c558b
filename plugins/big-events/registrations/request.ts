/**
 * A registration request as the visitor sends it, checked (pure): `{ name, email, answers?, locale? }`. Keys the
 * form does not define (a `price`, an `amount`) are ignored: the price always comes from the event. Answers are
 * checked against the event's questions: every required one present and not empty (a required checkbox ticked), a
 * choice among the options (its label in Polish or English), text at most LIMITS.answer characters, no answer to
 * a question the event does not ask. Every problem is named with its field (`name`, `email`, `answers.<id>`,
 * `body`) in the visitor's language.
 */
import { parseEmail } from '@platform'
import type { Lang } from '@platform/format'
import type { Answers, Question } from '../lib/details'
import { LIMITS } from '../slugs'
import { requestTexts } from './texts'

export type FieldError = { message: string; field: string }
export type RegistrationRequest = { name: string; email: string; answers: Answers; locale?: Lang }

const isObject = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** The body's own language, when it names one (the answer's language before anything else is checked). */
export const bodyLocale = (body: unknown): Lang | undefined => {
  const locale = isObject(body) ? body.locale : undefined
  return locale === 'pl' || locale === 'en' ? locale : undefined
}

/** Name, email and the answers' shape; the answers' content is checked against the questions by `checkAnswers`. */
export const parseRegistration = (body: unknown, lang: Lang): { value: RegistrationRequest; errors?: undefined } | { errors: FieldError[] } => {
  const texts = requestTexts(lang)
  if (!isObject(body)) return { errors: [{ field: 'body', message: texts.notObject }] }
  const errors: FieldError[] = []
  const name = typeof body.name === 'string' ? body.name.trim() : undefined
  if (!name) errors.push({ field: 'name', message: texts.nameMissing })
  else if (name.length > 200) errors.push({ field: 'name', message: texts.nameTooLong })
  const email = parseEmail(body.email)
  if (!email) errors.push({ field: 'email', message: texts.emailInvalid })
  if (body.locale !== undefined && body.locale !== 'pl' && body.locale !== 'en') errors.push({ field: 'body', message: texts.localeInvalid })
  const answers: Answers = {}
  if (body.answers !== undefined && body.answers !== null) {
    if (!isObject(body.answers)) errors.push({ field: 'body', message: texts.answersNotObject })
    else
      for (const [id, value] of Object.entries(body.answers)) {
        if (typeof value === 'string' || typeof value === 'boolean') answers[id] = value
        else errors.push({ field: `answers.${id}`, message: texts.answerType })
      }
  }
  if (errors.length) return { errors }
  return { value: { name: name!, email: email!, answers, locale: bodyLocale(body) } }
}

const labelIn = (label: { pl?: string; en?: string }, lang: Lang) => (lang === 'pl' ? label.pl || label.en : label.en || label.pl) ?? ''

const isEmpty = (value: string | boolean | undefined) => value === undefined || value === false || (typeof value === 'string' && !value.trim())

/** The answers kept for the registration (text trimmed; unanswered optional questions left out), or every problem. */
export const checkAnswers = (
  questions: readonly Question[],
  answers: Answers,
  lang: Lang,
): { value: Answers; errors?: undefined } | { errors: FieldError[] } => {
  const texts = requestTexts(lang)
  const errors: FieldError[] = []
  const kept: Answers = {}
  const asked = new Map(questions.map((question) => [question.id, question]))
  for (const id of Object.keys(answers)) if (!asked.has(id)) errors.push({ field: `answers.${id}`, message: texts.unknownQuestion })
  for (const question of questions) {
    const field = `answers.${question.id}`
    const label = labelIn(question.label, lang)
    const value = answers[question.id]
    if (isEmpty(value)) {
      if (question.required) errors.push({ field, message: question.type === 'checkbox' ? texts.mustTick(label) : texts.required(label) })
      continue
    }
    if (question.type === 'checkbox') {
      if (typeof value !== 'boolean') errors.push({ field, message: texts.checkboxType(label) })
      else kept[question.id] = value
      continue
    }
    if (typeof value !== 'string') {
      errors.push({ field, message: texts.textType(label) })
      continue
    }
    const text = value.trim()
    if (text.length > LIMITS.answer) errors.push({ field, message: texts.tooLong(label, LIMITS.answer) })
    else if (question.type === 'select' && !(question.options ?? []).some((option) => option.pl?.trim() === text || option.en?.trim() === text))
      errors.push({ field, message: texts.notAnOption(label) })
    else kept[question.id] = text
  }
  return errors.length ? { errors } : { value: kept }
}
