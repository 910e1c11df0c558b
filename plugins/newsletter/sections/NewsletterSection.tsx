/**
 * The newsletter section's server markup (static HTML, no hydration): a heading, an optional intro, and the
 * sign-up form (address, frequency, consent) that newsletterForm.client.ts sends as JSON and answers in place.
 */
import { FREQUENCY_LABELS } from '../lib/frequency'
import { FREQUENCIES } from '../slugs'
import { FORM_TEXTS, type FormLocale } from './formLogic'

export type NewsletterSectionConfig = { heading?: string; intro?: string; buttonLabel?: string; consentText?: string }

const STYLE = `.nl-form{display:grid;gap:.7rem;max-width:30rem}.nl-form label{display:grid;gap:.25rem}
.nl-form input[type=email]{font:inherit;padding:.5rem;border:1px solid #9ca3af;border-radius:6px}.nl-form input[type=email][aria-invalid=true]{border:2px solid #b91c1c}
.nl-form fieldset{border:0;padding:0;margin:0;display:grid;gap:.3rem}.nl-form fieldset label,.nl-consent{display:flex!important;gap:.5rem;align-items:flex-start}
.nl-form button{font:inherit;cursor:pointer;padding:.55rem 1.1rem;border-radius:6px;border:1px solid currentColor;justify-self:start}
.nl-form button.button{border:0;padding:.8rem 1.4rem;font-weight:600}
.nl-status:empty,.nl-hint:empty{display:none}.nl-error{color:#b91c1c}.nl-hint{margin:0;overflow-wrap:anywhere}
.nl-hint button{margin-left:.5rem;padding:.2rem .6rem;max-width:100%}`

export function NewsletterSection({
  config,
  identifier,
  locale,
  Heading = 'h2',
}: {
  config: NewsletterSectionConfig
  identifier: string
  locale: FormLocale
  Heading?: 'h1' | 'h2'
}) {
  const text = FORM_TEXTS[locale]
  const id = `newsletter-${identifier}`
  return (
    <div className="newsletter-section" data-newsletter-section="" data-newsletter-identifier={identifier} data-newsletter-locale={locale}>
      <style>{STYLE}</style>
      <Heading id={`${id}-heading`}>{config.heading || text.heading}</Heading>
      {config.intro ? <p>{config.intro}</p> : null}
      <form className="nl-form" data-newsletter-form="" aria-labelledby={`${id}-heading`} noValidate>
        <label>
          <span>{text.email}</span>
          <input type="email" name="email" required autoComplete="email" maxLength={254} aria-describedby={`${id}-hint`} />
        </label>
        <p className="nl-hint" id={`${id}-hint`} aria-live="polite" data-newsletter-hint=""></p>
        <fieldset>
          <legend>{text.frequency}</legend>
          {FREQUENCIES.map((value) => (
            <label key={value}>
              <input type="radio" name="frequency" value={value} defaultChecked={value === 'each'} /> {FREQUENCY_LABELS[locale][value]}
            </label>
          ))}
        </fieldset>
        <label className="nl-consent">
          <input type="checkbox" name="consent" required /> <span>{config.consentText || text.consent}</span>
        </label>
        {/* The site's own button (its theme colours), like the other sections' forms. */}
        <button type="submit" className="button">
          {config.buttonLabel || text.button}
        </button>
        <p className="nl-status" id={`${id}-status`} role="status" aria-live="polite" data-newsletter-status=""></p>
      </form>
      <noscript>
        <p>{text.noscript}</p>
      </noscript>
    </div>
  )
}
