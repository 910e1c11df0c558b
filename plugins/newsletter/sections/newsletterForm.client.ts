/**
 * The sign-up form in the visitor's browser (vanilla TS): checks the address and the consent, posts JSON to
 * `/api/public/sites/<identifier>/newsletter`, and shows the server's message in the form's live region.
 * A likely typo in the address's domain (`jan@gmal.com`) is pointed out as soon as the visitor edits or leaves
 * the field, before anything is sent, with a button that applies the "did you mean" address; the server's own
 * hint in its answer (the same typoHint.ts) fills the same place as a fallback.
 *
 * The public-site renderer calls `mount(element, props)` for each `<div data-island="newsletter">`;
 * props: `{ site, locale }` (missing ones are read from the section's `data-newsletter-*` attributes).
 */
import { checkForm, FORM_TEXTS, formLocale, interpretAnswer, problemField, requestBody, typoHint, type TypoHint } from './formLogic'

type Props = { site?: string; locale?: string; apiBase?: string }

export function mount(element: HTMLElement, rawProps: unknown): void {
  const props = (rawProps && typeof rawProps === 'object' ? rawProps : {}) as Props
  const section = element.querySelector<HTMLElement>('[data-newsletter-section]') ?? element
  const form = section.querySelector<HTMLFormElement>('form[data-newsletter-form]')
  const status = section.querySelector<HTMLElement>('[data-newsletter-status]')
  const identifier = props.site ?? section.dataset.newsletterIdentifier
  if (!form || !status || !identifier) throw new Error('newsletter form: markup or site missing')
  const locale = formLocale(props.locale ?? section.dataset.newsletterLocale ?? document.documentElement.lang)
  const texts = FORM_TEXTS[locale]
  const url = `${(props.apiBase ?? '').replace(/\/$/, '')}/api/public/sites/${encodeURIComponent(identifier)}/newsletter`
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]')
  const emailInput = form.elements.namedItem('email') as HTMLInputElement
  const consentInput = form.elements.namedItem('consent') as HTMLInputElement | null

  const show = (text: string, error = false) => {
    status.textContent = text
    status.className = `nl-status${error ? ' nl-error' : ''}`
  }

  // The hint's place under the address (the server markup has it; older cached markup may not).
  let hintBox = section.querySelector<HTMLElement>('[data-newsletter-hint]')
  if (!hintBox) {
    hintBox = document.createElement('p')
    hintBox.className = 'nl-hint'
    hintBox.setAttribute('aria-live', 'polite')
    emailInput.closest('label')?.after(hintBox)
  }
  const hintPlace = hintBox
  const showHint = (hint: TypoHint | undefined) => {
    hintPlace.replaceChildren()
    if (!hint) return
    const apply = document.createElement('button')
    apply.type = 'button'
    apply.textContent = hint.button
    apply.addEventListener('click', () => {
      emailInput.value = hint.suggestion
      hintPlace.replaceChildren()
      emailInput.focus()
    })
    hintPlace.append(`${hint.text} `, apply)
  }
  emailInput.addEventListener('input', () => showHint(typoHint(emailInput.value, locale, { typing: true })))
  emailInput.addEventListener('change', () => showHint(typoHint(emailInput.value, locale)))

  form.addEventListener('submit', async (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const values = { email: String(data.get('email') ?? ''), frequency: String(data.get('frequency') ?? 'each'), consent: data.get('consent') !== null }
    const problem = checkForm(values, locale)
    // A refused field is marked and gets the focus, with the message tied to it (the status paragraph).
    for (const input of [emailInput, consentInput]) input?.removeAttribute('aria-invalid')
    if (problem) {
      show(problem, true)
      const field = problemField(values) === 'consent' ? consentInput : emailInput
      field?.setAttribute('aria-invalid', 'true')
      if (status.id && !(field?.getAttribute('aria-describedby') ?? '').includes(status.id)) {
        field?.setAttribute('aria-describedby', `${field.getAttribute('aria-describedby') ?? ''} ${status.id}`.trim())
      }
      field?.focus()
      return
    }
    if (button) button.disabled = true
    show(texts.sending)
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(requestBody(values, locale)) })
      const outcome = interpretAnswer(response.status, await response.json().catch(() => undefined), locale)
      show(outcome.text, outcome.kind === 'error')
      if (outcome.kind === 'done' && outcome.suggestion) {
        showHint({ suggestion: outcome.suggestion, text: outcome.suggestionText ?? outcome.suggestion, button: texts.useSuggestion(outcome.suggestion) })
      }
      if (outcome.kind === 'done' && !outcome.suggestion) form.reset()
    } catch {
      show(texts.failed, true)
    } finally {
      if (button) button.disabled = false
    }
  })
}
