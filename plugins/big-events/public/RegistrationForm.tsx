/**
 * The registration form's server markup: name, email and the event's questions by type (labels in the page's
 * language, else the other; required ones marked), an error place under each field and a live status line.
 * registrationForm.client.ts sends it; without JavaScript a note says so.
 */
import type { Question } from '../lib/details'
import { FORM_TEXTS, type FormLocale } from './formLogic'

const labelIn = (label: { pl?: string; en?: string }, lang: FormLocale) => (lang === 'pl' ? label.pl || label.en : label.en || label.pl) ?? ''

export const FORM_STYLE = `.be-form{display:grid;gap:1rem;max-width:36rem}
.be-field{display:grid;gap:.3rem}.be-field label,.be-field legend{font-weight:600}
.be-form input[type=text],.be-form input[type=email],.be-form textarea,.be-form select{font:inherit;width:100%;padding:.6rem;border:1px solid #6b7280;border-radius:6px;background:#fff;color:#111827}
.be-form textarea{min-height:6rem;resize:vertical}
.be-form [aria-invalid=true]{border-color:#b91c1c;outline:1px solid #b91c1c}
.be-check{display:flex;gap:.5rem;align-items:flex-start}.be-check input{margin-top:.35rem;width:1.1rem;height:1.1rem}
.be-req{font-weight:400;font-size:.9rem}
.be-error{color:#b91c1c;font-size:.95rem;margin:0}.be-error:empty{display:none}
.be-status{margin:0;font-weight:600}.be-status:empty{display:none}.be-status--error{color:#b91c1c}
.be-form button{justify-self:start;border:0;cursor:pointer;font:inherit}.be-form button[disabled]{opacity:.6;cursor:progress}
.be-done{font-weight:600;font-size:1.1rem;padding:1rem 1.25rem;border-left:4px solid var(--color-primary)}`

export function RegistrationForm({
  eventId,
  questions,
  locale,
  full,
  priceText,
  isFree,
}: {
  eventId: number | string
  questions: Question[]
  locale: FormLocale
  full: boolean
  priceText: string
  isFree: boolean
}) {
  const texts = FORM_TEXTS[locale]
  const required = <span className="be-req"> ({texts.required})</span>
  const errorOf = (field: string, id: string) => <p className="be-error" id={`${id}-error`} data-error-for={field}></p>
  return (
    <section className="be-register" aria-labelledby="be-register-heading">
      <h2 id="be-register-heading">{texts.heading}</h2>
      {full ? <p>{texts.waitlistNote}</p> : !isFree ? <p>{texts.paidNote(priceText)}</p> : null}
      <form className="be-form" data-bigevent-form="" data-event-id={String(eventId)} data-locale={locale} noValidate>
        <div className="be-field">
          <label htmlFor="be-name">
            {texts.name}
            {required}
          </label>
          <input type="text" id="be-name" name="name" data-input-for="name" required maxLength={200} autoComplete="name" aria-describedby="be-name-error" />
          {errorOf('name', 'be-name')}
        </div>
        <div className="be-field">
          <label htmlFor="be-email">
            {texts.email}
            {required}
          </label>
          <input
            type="email"
            id="be-email"
            name="email"
            data-input-for="email"
            required
            maxLength={254}
            autoComplete="email"
            aria-describedby="be-email-error"
          />
          {errorOf('email', 'be-email')}
        </div>
        {questions.map((question) => {
          const id = `be-q-${question.id}`
          const field = `answers.${question.id}`
          const label = labelIn(question.label, locale)
          const data = {
            'data-question-id': question.id,
            'data-question-type': question.type,
            'data-question-label': label,
            'data-input-for': field,
            'aria-describedby': `${id}-error`,
            required: question.required,
            id,
            name: field,
          }
          if (question.type === 'checkbox')
            return (
              <div className="be-field" key={question.id}>
                <div className="be-check">
                  <input type="checkbox" value="yes" {...data} />
                  <label htmlFor={id}>
                    {label}
                    {question.required ? required : null}
                  </label>
                </div>
                {errorOf(field, id)}
              </div>
            )
          return (
            <div className="be-field" key={question.id}>
              <label htmlFor={id}>
                {label}
                {question.required ? required : null}
              </label>
              {question.type === 'textarea' ? (
                <textarea maxLength={2000} {...data} />
              ) : question.type === 'select' ? (
                <select defaultValue="" {...data}>
                  <option value="">{texts.choose}</option>
                  {(question.options ?? []).map((option, index) => {
                    const text = labelIn(option, locale)
                    return (
                      <option key={index} value={text}>
                        {text}
                      </option>
                    )
                  })}
                </select>
              ) : (
                <input type="text" maxLength={2000} {...data} />
              )}
              {errorOf(field, id)}
            </div>
          )
        })}
        <button type="submit" className="button">
          {full ? texts.submitWaitlist : isFree ? texts.submit : texts.submitPaid}
        </button>
        <p className="be-status" role="status" aria-live="polite" tabIndex={-1} data-bigevent-status=""></p>
      </form>
      <noscript>
        <p>{texts.noscript}</p>
      </noscript>
    </section>
  )
}
