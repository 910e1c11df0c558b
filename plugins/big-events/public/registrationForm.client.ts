/**
 * The registration form in the visitor's browser (vanilla TS, bundled into the sites' one script): checks what
 * the visitor can fix, posts `{ name, email, answers, locale }` as JSON to the event's registrations endpoint and
 * acts on the answer: a payment goes to `payUrl`; a confirmation or a waiting-list place replaces the form with
 * the server's message; field errors appear beside their fields (`aria-invalid`, focus on the first); anything
 * else (full, closed, too many attempts) shows in the live status line.
 *
 * The public-site renderer calls `mount(element, props)` for the page's island; the form carries the event id
 * and the language in `data-event-id` / `data-locale`.
 */
import { checkForm, FORM_TEXTS, formLocale, interpretAnswer, requestBody, type FieldProblem, type FormQuestion, type FormValues } from './formLogic'

type Props = { locale?: string; apiBase?: string }

export function mount(element: HTMLElement, rawProps: unknown): void {
  const props = (rawProps && typeof rawProps === 'object' ? rawProps : {}) as Props
  const form = element.querySelector<HTMLFormElement>('form[data-bigevent-form]')
  if (!form) return // a cancelled, started or past event has no form
  const status = form.querySelector<HTMLElement>('[data-bigevent-status]')
  const eventId = form.dataset.eventId
  if (!status || !eventId) throw new Error('registration form: markup or event missing')
  const locale = formLocale(form.dataset.locale ?? props.locale ?? document.documentElement.lang)
  const texts = FORM_TEXTS[locale]
  const url = `${(props.apiBase ?? '').replace(/\/$/, '')}/api/public/big-events/${encodeURIComponent(eventId)}/registrations`
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
  const questionInputs = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('[data-question-id]')]
  const questions: FormQuestion[] = questionInputs.map((input) => ({
    id: input.dataset.questionId!,
    type: (input.dataset.questionType ?? 'text') as FormQuestion['type'],
    required: input.required,
    label: input.dataset.questionLabel ?? '',
  }))

  const show = (text: string, error = false) => {
    status.textContent = text
    status.className = `be-status${error ? ' be-status--error' : ''}`
  }

  const inputFor = (field: string) => form.querySelector<HTMLElement>(`[data-input-for="${CSS.escape(field)}"]`)

  const clearErrors = () => {
    for (const place of form.querySelectorAll<HTMLElement>('[data-error-for]')) place.textContent = ''
    for (const input of form.querySelectorAll<HTMLElement>('[aria-invalid]')) input.removeAttribute('aria-invalid')
  }

  /** Each problem beside its field; the first field with one gets the focus. Problems of no field go to the status line. */
  const showProblems = (problems: FieldProblem[], summary: string) => {
    clearErrors()
    let first: HTMLElement | undefined
    const general: string[] = []
    for (const problem of problems) {
      const place = form.querySelector<HTMLElement>(`[data-error-for="${CSS.escape(problem.field)}"]`)
      const input = inputFor(problem.field)
      if (!place || !input) {
        general.push(problem.message)
        continue
      }
      place.textContent = place.textContent ? `${place.textContent} ${problem.message}` : problem.message
      input.setAttribute('aria-invalid', 'true')
      first ??= input
    }
    show(general.length ? general.join(' ') : summary, true)
    ;(first ?? status).focus()
  }

  const values = (): FormValues => {
    const data = new FormData(form)
    const answers: FormValues['answers'] = {}
    for (const input of questionInputs) {
      const id = input.dataset.questionId!
      answers[id] = input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value
    }
    return { name: String(data.get('name') ?? ''), email: String(data.get('email') ?? ''), answers }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const current = values()
    const problems = checkForm(current, questions, locale)
    if (problems.length) return showProblems(problems, texts.fixErrors)
    clearErrors()
    if (button) button.disabled = true
    show(texts.sending)
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(requestBody(current, locale)),
      })
      const outcome = interpretAnswer(response.status, await response.json().catch(() => undefined), locale, window.location.origin)
      if (outcome.kind === 'redirect') {
        show(outcome.text)
        window.location.assign(outcome.url)
        return
      }
      if (outcome.kind === 'done') {
        const done = document.createElement('p')
        done.className = 'be-done'
        done.setAttribute('role', 'status')
        done.tabIndex = -1
        done.textContent = outcome.text
        form.replaceWith(done)
        done.focus()
        return
      }
      if (outcome.kind === 'invalid') return showProblems(outcome.problems, outcome.text)
      show(outcome.text, true)
      status.focus()
    } catch {
      show(texts.failed, true)
    } finally {
      if (button) button.disabled = false
    }
  })
}
