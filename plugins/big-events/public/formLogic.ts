/**
 * The registration form's logic (pure; bundled into the sites' browser script, so it imports nothing server-side):
 * the texts, the checks made before sending (the server checks again and has the last word), the request body
 * and what the server's answer means for the visitor. Contract (registrations/register.ts):
 * `POST /api/public/big-events/:id/registrations { name, email, answers, locale }` →
 * 201 `{ status: confirmed | pending_payment | waitlisted, message, manageUrl, payUrl? }`;
 * 400 `{ errors: [{ message, field }] }` with field `name` | `email` | `answers.<id>` | `body`; 404/409/415/429 `{ errors: [{ message }] }`.
 */
export type FormLocale = 'pl' | 'en'
export type QuestionKind = 'text' | 'textarea' | 'select' | 'checkbox'
export type FormQuestion = { id: string; type: QuestionKind; required: boolean; label: string }
export type FormValues = { name: string; email: string; answers: Record<string, string | boolean> }
export type FieldProblem = { field: string; message: string }

export type Outcome =
  | { kind: 'redirect'; url: string; text: string }
  | { kind: 'done'; status: 'confirmed' | 'waitlisted' | 'pending_payment'; text: string }
  | { kind: 'invalid'; problems: FieldProblem[]; text: string }
  | { kind: 'error'; text: string }

export const formLocale = (value: unknown): FormLocale => (value === 'en' ? 'en' : 'pl')

export const FORM_TEXTS = {
  pl: {
    heading: 'Zapisy',
    name: 'Imię i nazwisko',
    email: 'Adres e-mail',
    required: 'wymagane',
    choose: '– wybierz –',
    submit: 'Zapisz się',
    submitPaid: 'Zapisz się i przejdź do płatności',
    submitWaitlist: 'Zapisz się na listę rezerwową',
    sending: 'Wysyłanie…',
    nameMissing: 'Podaj imię i nazwisko.',
    emailInvalid: 'Podaj poprawny adres e-mail, np. jan@example.com.',
    answerMissing: (label: string) => `Odpowiedz na pytanie „${label}”.`,
    mustTick: (label: string) => `Zaznacz pole „${label}”.`,
    fixErrors: 'Popraw zaznaczone pola i wyślij ponownie.',
    confirmed: 'Zapis potwierdzony. Szczegóły wysłaliśmy e-mailem.',
    waitlisted: 'Jesteś na liście rezerwowej. Napiszemy, gdy zwolni się miejsce.',
    redirecting: 'Przekierowujemy do płatności…',
    failed: 'Nie udało się wysłać zgłoszenia. Sprawdź połączenie i spróbuj ponownie.',
    refused: 'Nie udało się zapisać. Spróbuj ponownie za chwilę.',
    noscript: 'Aby się zapisać, włącz obsługę JavaScript w przeglądarce.',
    waitlistNote: 'Wszystkie miejsca są zajęte. Zapisz się na listę rezerwową – napiszemy, gdy zwolni się miejsce.',
    paidNote: (price: string) => `Po wysłaniu formularza przejdziesz do płatności (${price}). Miejsce czeka na Ciebie 15 minut.`,
  },
  en: {
    heading: 'Registration',
    name: 'Full name',
    email: 'Email address',
    required: 'required',
    choose: '– choose –',
    submit: 'Register',
    submitPaid: 'Register and pay',
    submitWaitlist: 'Join the waiting list',
    sending: 'Sending…',
    nameMissing: 'Enter your full name.',
    emailInvalid: 'Enter a valid email address, e.g. jan@example.com.',
    answerMissing: (label: string) => `Answer “${label}”.`,
    mustTick: (label: string) => `Tick “${label}”.`,
    fixErrors: 'Correct the marked fields and send again.',
    confirmed: 'You are registered. We have emailed you the details.',
    waitlisted: 'You are on the waiting list. We will email you if a seat frees up.',
    redirecting: 'Taking you to the payment…',
    failed: 'Your registration could not be sent. Check your connection and try again.',
    refused: 'Registration did not go through. Try again in a moment.',
    noscript: 'To register, turn on JavaScript in your browser.',
    waitlistNote: 'All seats are taken. Join the waiting list and we will email you if a seat frees up.',
    paidNote: (price: string) => `After sending the form you will go to the payment (${price}). Your seat is held for 15 minutes.`,
  },
} as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The problems the visitor can fix before sending, by field, in the form's order. */
export const checkForm = (values: FormValues, questions: FormQuestion[], locale: FormLocale): FieldProblem[] => {
  const texts = FORM_TEXTS[locale]
  const problems: FieldProblem[] = []
  if (!values.name.trim()) problems.push({ field: 'name', message: texts.nameMissing })
  if (!EMAIL.test(values.email.trim())) problems.push({ field: 'email', message: texts.emailInvalid })
  for (const question of questions) {
    const value = values.answers[question.id]
    const empty = value === undefined || value === false || (typeof value === 'string' && !value.trim())
    if (question.required && empty)
      problems.push({
        field: `answers.${question.id}`,
        message: question.type === 'checkbox' ? texts.mustTick(question.label) : texts.answerMissing(question.label),
      })
  }
  return problems
}

/** The JSON the register endpoint takes: unanswered optional questions left out, text trimmed. Never a price. */
export const requestBody = (values: FormValues, locale: FormLocale) => {
  const answers: Record<string, string | boolean> = {}
  for (const [id, value] of Object.entries(values.answers)) {
    if (typeof value === 'boolean') answers[id] = value
    else if (value.trim()) answers[id] = value.trim()
  }
  return { name: values.name.trim(), email: values.email.trim(), answers, locale }
}

/** Where a payment link may send the visitor: an http(s) address or a path on this origin, else nowhere. */
export const safeRedirect = (url: unknown, origin: string): string | undefined => {
  if (typeof url !== 'string' || !url) return undefined
  try {
    const target = new URL(url, origin)
    return target.protocol === 'https:' || target.protocol === 'http:' ? target.toString() : undefined
  } catch {
    return undefined
  }
}

type Answer = { status?: unknown; message?: unknown; payUrl?: unknown; errors?: { message?: unknown; field?: unknown }[] }

const messageOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined)

/** What the server's answer means: go and pay, done (with the server's message), fix these fields, or a message. */
export const interpretAnswer = (httpStatus: number, body: unknown, locale: FormLocale, origin: string): Outcome => {
  const texts = FORM_TEXTS[locale]
  const answer = (body && typeof body === 'object' ? body : {}) as Answer
  if (httpStatus === 201 || httpStatus === 200) {
    if (answer.status === 'pending_payment') {
      const url = safeRedirect(answer.payUrl, origin)
      if (url) return { kind: 'redirect', url, text: texts.redirecting }
      return { kind: 'done', status: 'pending_payment', text: messageOf(answer.message) ?? texts.refused }
    }
    const status = answer.status === 'waitlisted' ? 'waitlisted' : 'confirmed'
    return { kind: 'done', status, text: messageOf(answer.message) ?? texts[status] }
  }
  const errors = Array.isArray(answer.errors) ? answer.errors : []
  const first = messageOf(errors[0]?.message)
  if (httpStatus === 400) {
    const problems = errors
      .filter((error) => messageOf(error.message))
      .map((error) => ({ field: typeof error.field === 'string' && error.field ? error.field : 'body', message: String(error.message) }))
    if (problems.some((problem) => problem.field !== 'body')) return { kind: 'invalid', problems, text: texts.fixErrors }
  }
  return { kind: 'error', text: first ?? texts.refused }
}
