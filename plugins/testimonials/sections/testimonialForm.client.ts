/**
 * The testimonial form in the visitor's browser (vanilla TS, no framework): checks the fields as the server will
 * (lib/formRules.ts), posts JSON to `/api/public/sites/<identifier>/testimonials`, and shows each problem beside
 * its field (aria-invalid + aria-describedby) or the server's thank-you message in place of the form.
 *
 * The public-site renderer calls `mount(element, props)` for each `<div data-island="testimonials">`;
 * props: `{ site, locale }` (missing ones are read from the section's `data-testimonials-*` attributes).
 */
import { checkForm, FORM_TEXTS, formLocale, HONEYPOT_FIELD, type FieldErrors, type FieldName, type FormValues } from '../lib/formRules'
import { interpretAnswer, requestBody } from './formLogic'

type Props = { site?: string; locale?: string; apiBase?: string }

const FIELDS: FieldName[] = ['authorName', 'authorEmail', 'rating', 'content', 'consent']

export function mount(element: HTMLElement, rawProps: unknown): void {
  const props = (rawProps && typeof rawProps === 'object' ? rawProps : {}) as Props
  const section = element.querySelector<HTMLElement>('[data-testimonials-section]') ?? element
  const form = section.querySelector<HTMLFormElement>('form[data-testimonials-form]')
  // A section without the form (showForm: false) has nothing to start.
  if (!form) return
  const status = form.querySelector<HTMLElement>('[data-testimonials-status]')
  const identifier = props.site ?? section.dataset.testimonialsIdentifier
  if (!status || !identifier) throw new Error('testimonial form: markup or site missing')
  const locale = formLocale(props.locale ?? section.dataset.testimonialsLocale ?? document.documentElement.lang)
  const texts = FORM_TEXTS[locale]
  const url = `${(props.apiBase ?? '').replace(/\/$/, '')}/api/public/sites/${encodeURIComponent(identifier)}/testimonials`
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
  const stars = form.querySelector<HTMLElement>('[data-testimonials-stars]')

  const errorBox = (field: FieldName) => form.querySelector<HTMLElement>(`[data-error-for="${field}"]`)
  const inputsOf = (field: FieldName) => [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`)]

  const showErrors = (errors: FieldErrors) => {
    let first: HTMLElement | undefined
    for (const field of FIELDS) {
      const message = errors[field] ?? ''
      const box = errorBox(field)
      if (box) box.textContent = message
      for (const input of inputsOf(field)) {
        if (message) input.setAttribute('aria-invalid', 'true')
        else input.removeAttribute('aria-invalid')
      }
      if (message && !first) first = inputsOf(field)[0]
    }
    first?.focus()
  }

  const show = (text: string, error = false) => {
    status.textContent = text
    status.className = `ts-status${error ? ' ts-status--error' : ''}`
  }

  const values = (): FormValues => {
    const data = new FormData(form)
    const rating = Number(data.get('rating'))
    return {
      authorName: String(data.get('authorName') ?? ''),
      authorEmail: String(data.get('authorEmail') ?? ''),
      rating: Number.isInteger(rating) && rating > 0 ? rating : undefined,
      content: String(data.get('content') ?? ''),
      consent: data.get('consent') !== null,
    }
  }

  /** A field the visitor is fixing loses its error at once. */
  const clearError = (name: string) => {
    const field = FIELDS.find((known) => known === name)
    if (!field) return
    const box = errorBox(field)
    if (box) box.textContent = ''
    for (const input of inputsOf(field)) input.removeAttribute('aria-invalid')
  }
  form.addEventListener('input', (event) => clearError((event.target as HTMLInputElement).name))
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement
    clearError(target.name)
    // The chosen rating fills the stars up to it (CSS reads data-value).
    if (target.name === 'rating' && stars) stars.dataset.value = target.value
  })

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const current = values()
    const problems = checkForm(current, locale)
    showErrors(problems)
    if (Object.keys(problems).length) return show('')
    if (button) button.disabled = true
    show(texts.sending)
    try {
      const honeypot = (form.elements.namedItem(HONEYPOT_FIELD) as HTMLInputElement | null)?.value ?? ''
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(requestBody(current, locale, honeypot)),
      })
      const outcome = interpretAnswer(response.status, await response.json().catch(() => undefined), locale)
      if (outcome.kind === 'done') {
        form.reset()
        if (stars) delete stars.dataset.value
        // The thank-you message takes the form's place (the status region stays announced).
        const done = document.createElement('p')
        done.className = 'ts-done'
        done.setAttribute('role', 'status')
        done.textContent = outcome.text
        form.replaceWith(done)
        return
      }
      showErrors(outcome.fields)
      show(outcome.text, Boolean(outcome.text))
    } catch {
      show(texts.errors.failed, true)
    } finally {
      if (button) button.disabled = false
    }
  })
}
