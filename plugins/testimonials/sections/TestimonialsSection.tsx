/**
 * The testimonials section's server markup (static HTML, no hydration): the overview (average and count), the
 * summary paragraph, the approved testimonials (featured first) with stars, badges and the owner's reply, and
 * beside them the submit form that testimonialForm.client.ts sends.
 */
import { paragraphs } from '@platform'
import type { PublicSummary } from '../data/publicData'
import { averageText, countLabel, givenOn, ratingText, SECTION_TEXTS, starsOf } from '../lib/display'
import { FORM_LIMITS, FORM_TEXTS, HONEYPOT_FIELD, starsLabel, type FormLocale } from '../lib/formRules'
import type { PublicTestimonial, RatingStats } from '../lib/publicView'

export type TestimonialsData = { testimonials: PublicTestimonial[]; stats: RatingStats; summary: PublicSummary | null }

export type TestimonialsConfig = { heading?: string; intro?: string; showForm: boolean; formHeading?: string; consentText?: string }

const starRules = [1, 2, 3, 4, 5].map((value) => `.ts-stars-input[data-value="${value}"] label:nth-of-type(-n+${value}) .ts-star`).join(',')

const STYLE = `.ts-layout{display:grid;gap:2rem}@media (min-width:56rem){.ts-layout--form{grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:start}}
.ts-overview{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center;font-size:1.05rem}
.ts-stars{color:var(--color-accent);letter-spacing:.1em;white-space:nowrap}
.ts-summary{max-width:65ch}.ts-summary h3{font-size:1rem;margin-bottom:.3rem}
.ts-list{list-style:none;margin:1rem 0 0;padding:0;display:grid;gap:1rem}
.ts-item figure{margin:0}.ts-item blockquote{margin:.4rem 0;overflow-wrap:anywhere}.ts-item blockquote p:last-child{margin-bottom:0}
.ts-item--featured{border-width:2px;border-color:var(--color-accent)}
.ts-meta{display:flex;flex-wrap:wrap;gap:.25rem .75rem;align-items:center;font-size:.95rem}
.ts-author{font-weight:700}.ts-badge{font-size:.8rem;border:1px solid currentColor;border-radius:999px;padding:0 .55rem;white-space:nowrap}
.ts-reply{margin:.8rem 0 0;padding:.6rem .9rem;border-left:3px solid var(--color-primary);background:color-mix(in srgb,var(--color-primary) 6%,transparent);overflow-wrap:anywhere}
.ts-reply p{margin:0}.ts-reply .ts-reply-label{font-weight:600;font-size:.9rem}
.ts-form{display:grid;gap:.8rem}.ts-form label,.ts-field{display:grid;gap:.25rem}
.ts-form input[type=text],.ts-form input[type=email],.ts-form textarea{font:inherit;width:100%;padding:.5rem;border:1px solid #6b7280;border-radius:6px;background:#fff;color:#111827}
.ts-form textarea{min-height:8rem;resize:vertical}.ts-hint{font-size:.85rem;margin:0;opacity:.85}
.ts-form fieldset{border:0;padding:0;margin:0}.ts-form legend{padding:0;margin-bottom:.25rem}
.ts-stars-input{display:flex;gap:.15rem}.ts-stars-input label{cursor:pointer;display:block}
.ts-stars-input input{position:absolute;opacity:0;width:1px;height:1px}
.ts-star{font-size:1.9rem;line-height:1;color:#6b7280;padding:.1rem}
.ts-stars-input input:focus-visible+.ts-star{outline:3px solid var(--color-focus);outline-offset:2px;border-radius:4px}
${starRules}{color:var(--color-accent)}
.ts-consent{display:flex!important;gap:.5rem;align-items:flex-start;grid-template-columns:none}
.ts-consent input{margin-top:.35rem}
.ts-form button{justify-self:start}
.ts-error{color:#b91c1c;font-size:.9rem;margin:0}.ts-error:empty,.ts-status:empty{display:none}
.ts-status--error{color:#b91c1c}.ts-done{font-weight:600}
.ts-hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}`

function Stars({ rating, locale }: { rating: number; locale: FormLocale }) {
  return (
    <p className="ts-rating">
      <span className="ts-stars" aria-hidden="true">
        {starsOf(rating)}
      </span>
      <span className="visually-hidden">{ratingText(rating, locale)}</span>
    </p>
  )
}

function Testimonial({ item, locale, siteName }: { item: PublicTestimonial; locale: FormLocale; siteName: string }) {
  const text = SECTION_TEXTS[locale]
  const date = givenOn(item.givenAt, locale)
  return (
    <li className={`card ts-item${item.isFeatured ? ' ts-item--featured' : ''}`}>
      <figure>
        <Stars rating={item.rating} locale={locale} />
        <blockquote lang={item.locale}>
          {paragraphs(item.content).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </blockquote>
        <figcaption className="ts-meta">
          <span className="ts-author">{item.authorName}</span>
          {date && item.givenAt ? <time dateTime={item.givenAt}>{date}</time> : null}
          {item.isVerifiedClient ? <span className="ts-badge">{text.verifiedClient}</span> : null}
          {item.isEmailVerified ? <span className="ts-badge">{text.verifiedEmail}</span> : null}
          {item.isFeatured ? <span className="ts-badge">{text.featured}</span> : null}
        </figcaption>
      </figure>
      {item.reply ? (
        <div className="ts-reply">
          <p className="ts-reply-label">{text.reply(siteName)}</p>
          {paragraphs(item.reply).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      ) : null}
    </li>
  )
}

function SubmitForm({ id, locale, config, Sub }: { id: string; locale: FormLocale; config: TestimonialsConfig; Sub: 'h3' | 'h2' }) {
  const text = FORM_TEXTS[locale]
  const field = (name: string) => `${id}-${name}`
  const describedBy = (name: string, hint?: boolean) => [hint ? `${field(name)}-hint` : '', `${field(name)}-error`].filter(Boolean).join(' ')
  const error = (name: string) => <p className="ts-error" id={`${field(name)}-error`} data-error-for={name} aria-live="polite"></p>
  return (
    <div className="ts-form-col">
      <Sub id={`${id}-form-heading`}>{config.formHeading || text.heading}</Sub>
      <form className="ts-form" data-testimonials-form="" aria-labelledby={`${id}-form-heading`} noValidate>
        <label>
          <span>{text.name}</span>
          <input
            type="text"
            name="authorName"
            id={field('authorName')}
            required
            maxLength={FORM_LIMITS.authorName}
            autoComplete="name"
            aria-describedby={describedBy('authorName')}
          />
        </label>
        {error('authorName')}
        <label>
          <span>{text.email}</span>
          <input
            type="email"
            name="authorEmail"
            id={field('authorEmail')}
            required
            maxLength={FORM_LIMITS.email}
            autoComplete="email"
            aria-describedby={describedBy('authorEmail', true)}
          />
        </label>
        <p className="ts-hint" id={`${field('authorEmail')}-hint`}>
          {text.emailHint}
        </p>
        {error('authorEmail')}
        <fieldset aria-describedby={`${field('rating')}-error`}>
          <legend>{text.rating}</legend>
          <div className="ts-stars-input" data-testimonials-stars="">
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value}>
                <input type="radio" name="rating" value={value} required />
                <span className="ts-star" aria-hidden="true">
                  ★
                </span>
                <span className="visually-hidden">{starsLabel(value, locale)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {error('rating')}
        <label>
          <span>{text.content}</span>
          <textarea
            name="content"
            id={field('content')}
            required
            minLength={FORM_LIMITS.contentMin}
            maxLength={FORM_LIMITS.content}
            aria-describedby={describedBy('content', true)}
          />
        </label>
        <p className="ts-hint" id={`${field('content')}-hint`}>
          {text.contentHint}
        </p>
        {error('content')}
        <label className="ts-consent">
          <input type="checkbox" name="consent" required aria-describedby={describedBy('consent')} /> <span>{config.consentText || text.consent}</span>
        </label>
        {error('consent')}
        <div className="ts-hp" aria-hidden="true">
          <label>
            {text.honeypot}
            <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
          </label>
        </div>
        <button type="submit" className="button">
          {text.button}
        </button>
        <p className="ts-status" role="status" aria-live="polite" data-testimonials-status=""></p>
      </form>
      <noscript>
        <p>{text.noscript}</p>
      </noscript>
    </div>
  )
}

export function TestimonialsSection({
  config,
  data,
  identifier,
  siteName,
  locale,
  Heading = 'h2',
}: {
  config: TestimonialsConfig
  data: TestimonialsData | undefined
  identifier: string
  siteName: string
  locale: FormLocale
  Heading?: 'h1' | 'h2'
}) {
  const text = SECTION_TEXTS[locale]
  const id = `testimonials-${identifier}`
  const Sub = Heading === 'h1' ? 'h2' : 'h3'
  const stats = data?.stats
  const summary = data?.summary?.summary
  return (
    <div className="testimonials-section" data-testimonials-section="" data-testimonials-identifier={identifier} data-testimonials-locale={locale}>
      <style>{STYLE}</style>
      <Heading id={`${id}-heading`}>{config.heading || text.heading}</Heading>
      {config.intro ? <p className="intro">{config.intro}</p> : null}
      <div className={`ts-layout${config.showForm ? ' ts-layout--form' : ''}`}>
        <div className="ts-list-col">
          {stats && stats.count > 0 && stats.averageRating !== null ? (
            <p className="ts-overview">
              <span className="ts-stars" aria-hidden="true">
                {starsOf(stats.averageRating)}
              </span>
              <strong>{text.average(averageText(stats.averageRating, locale))}</strong>
              <span>{countLabel(stats.count, locale)}</span>
            </p>
          ) : data ? (
            <p>{text.none}</p>
          ) : null}
          {summary ? (
            <div className="ts-summary">
              <Sub>{text.summary}</Sub>
              <p>{summary}</p>
            </div>
          ) : null}
          {data?.testimonials.length ? (
            <ul className="ts-list" aria-label={text.list}>
              {data.testimonials.map((item) => (
                <Testimonial key={item.id} item={item} locale={locale} siteName={siteName} />
              ))}
            </ul>
          ) : null}
        </div>
        {config.showForm ? <SubmitForm id={id} locale={locale} config={config} Sub={Sub} /> : null}
      </div>
    </div>
  )
}
